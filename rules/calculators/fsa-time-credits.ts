/**
 * First Step Act earned time credits (ETC) calculator — an ESTIMATE. The Bureau of Prisons' own
 * computation controls.
 *
 * Law: 18 U.S.C. § 3632(d)(4)(A) — 10 days of credit for every 30 days of successful programming, plus 5
 * more (15 per 30) for a prisoner at minimum or low risk whose risk has not increased over 2 consecutive
 * assessments; § 3632(d)(4)(B) — nothing for programming before 2018-12-21 or before the sentence began;
 * § 3624(g)(1)(A) — credits are applied once they equal the remainder of the term; § 3624(g)(3) — transfer
 * to supervised release "not to exceed 12 months" early; § 3624(g)(10) — the rest go to prerelease custody.
 * Formulas and worked example: rules/README.md § fsa-credits-calculator.
 *
 * The Bureau's method (28 C.F.R. § 523.42(c); final rule "FSA Time Credits", 87 Fed. Reg. 2705 (Jan. 19,
 * 2022); BOP, "FSA Time Credit Application Guide" (2026), https://www.bop.gov/resources/docs/fsa_time_credit_handout.pdf),
 * which replaces the continuous formulas used before 2026-12-03. With C = the day the term began,
 * G = days from C to the GCT release, e = days from C to the day earning starts (0 unless C is before
 * 2018-12-21, § 3632(d)(4)(B)(i)):
 * - Credits are earned whole, at the end of each completed 30-day period (§ 523.42(c)(1): "for every
 *   thirty-day period"), never day by day: n = floor((t − e) / 30) periods by day t.
 * - 10 days a period (§ 3632(d)(4)(A)(i)); 15 once the person has been minimum or low risk over two
 *   consecutive assessments (§ 3632(d)(4)(A)(ii); § 523.42(c)(2)). The Bureau's guide counts everyone in at
 *   10 and projects the first `TEN_DAY_PERIODS_BEFORE_FIFTEEN` = 7 periods at 10 for a minimum- or low-risk
 *   person, then 15 (its 60-month example: 35 periods, 7 × 10 + 28 × 15 = 490). Read through a third-party
 *   transcription of the guide; the PDF itself could not be opened here.
 * - Earliest prerelease custody P: the first day on which days served plus credits earned reach the GCT
 *   release (§ 3624(g)(1)(A): credits "equal to the remainder of the prisoner's imposed term"). Between
 *   period ends the credits stand still, so P may fall inside a period.
 * - Supervised-release transfer D (§ 3624(g)(3), "not to exceed 12 months", 365 days as the guide counts):
 *   never before P, never more than 365 days before the GCT release: D = max(P, G − 365).
 * - Credits for prerelease custody (§ 3624(g)(10)): the credits earned by P, less those applied toward
 *   supervised release (365 when D is after P; all of them when D is P). Credits that can only be earned
 *   after P are not counted (the earlier formula counted credits earned up to D).
 * UNVERIFIED: BOP's day-counting (days in transit, special housing, programming opt-outs) — rules/README.md § fsa-credits-calculator.
 * The model assumes steady programming every day from the start.
 *
 * Estimate fields (`EtcEstimate`; the README copies this list):
 * - `creditRatePer30`       — days of credit per 30 days once assessed: 15 (minimum/low risk, steady; 10 for
 *                             the first 7 periods) or 10.
 * - `earningStart`          — ISO date credits start to accrue: the later of C and 2018-12-21.
 * - `gctRelease`            — ISO date the credits count down to: the good-conduct-time release date.
 * - `daysToGctRelease`      — G, days from C to `gctRelease`.
 * - `earliestPrerelease`    — ISO date credits first equal the rest of the term, so they can be applied
 *                             (§ 3624(g)(1)(A)): the earliest move to a halfway house or home confinement.
 * - `creditsAtPrerelease`   — credits earned by `earliestPrerelease`.
 * Only when the judgment includes (or may include) supervised release:
 * - `supervisedReleaseTransfer`        — ISO date of the earliest transfer to supervised release.
 * - `daysServedAtTransfer`             — D, days from C to that transfer.
 * - `creditsAtTransfer`                — credits earned by the transfer date.
 * - `creditsAppliedToSupervisedRelease` — days the transfer comes before `gctRelease` (never over 365).
 * - `creditsForPrerelease`             — credits earned by `earliestPrerelease` less those applied toward
 *                                        supervised release, for halfway-house or home-confinement
 *                                        placement (§ 3624(g)(10)).
 */
import { daysBetween, plusDays, type IsoDate } from "@/rules/calendar/dates";

/** The First Step Act's enactment: programming before this day earns nothing (§ 3632(d)(4)(B)(i)). */
export const FSA_ENACTED: IsoDate = "2018-12-21";
/** § 3624(g)(3): supervised release may start "not to exceed 12 months" early — 365 days (rules/README.md § fsa-credits-calculator). */
export const SUPERVISED_RELEASE_CAP_DAYS = 365;

/** § 523.42(c)(1): credits are earned "for every thirty-day period" of successful participation. */
export const PERIOD_DAYS = 30;
/** The 10-day periods a minimum- or low-risk person earns before the first 15-day one (the Bureau's guide). */
export const TEN_DAY_PERIODS_BEFORE_FIFTEEN = 7;

export type CreditRate = 10 | 15;

export interface EtcInput {
  /** C: the day the prison term began. */
  startDate: IsoDate;
  /** The good-conduct-time release date (rules/calculators/good-conduct-time.ts). */
  gctRelease: IsoDate;
  creditRatePer30: CreditRate;
  /** Compute the supervised-release transfer (the judgment includes, or may include, supervised release). */
  supervisedRelease: boolean;
}

export interface EtcEstimate {
  creditRatePer30: number;
  earningStart: IsoDate;
  gctRelease: IsoDate;
  daysToGctRelease: number;
  earliestPrerelease: IsoDate;
  creditsAtPrerelease: number;
  supervisedReleaseTransfer?: IsoDate;
  daysServedAtTransfer?: number;
  creditsAtTransfer?: number;
  creditsAppliedToSupervisedRelease?: number;
  creditsForPrerelease?: number;
}

/** Credits earned by `n` completed 30-day periods at rate `k` (15: after the first 7 periods at 10). */
export function creditsForPeriods(n: number, k: CreditRate): number {
  if (n <= 0) return 0;
  if (k === 10) return 10 * n;
  const tens = Math.min(n, TEN_DAY_PERIODS_BEFORE_FIFTEEN);
  return 10 * tens + 15 * (n - tens);
}

/** Credits earned by day `t` (days from C), earning from day `e`. */
const creditsBy = (t: number, e: number, k: CreditRate): number => creditsForPeriods(Math.floor((t - e) / PERIOD_DAYS), k);

/**
 * The earliest prerelease day (from C): the first day t with t + credits(t) ≥ G, or G. In period n (days
 * e + 30n to e + 30n + 29) the credits c(n) stand still, so the first such day in it is
 * max(e + 30n, G − c(n)), if that is still inside the period. c(n) ≤ 15n, so no period before
 * (G − e − 30) / 45 can hold it: the search starts there and takes a step or two.
 */
function prereleaseDay(g: number, e: number, k: CreditRate): number {
  if (g <= e) return g;
  const left = g - e;
  let n = Math.max(0, Math.floor((left - PERIOD_DAYS) / 45) - 1);
  while (creditsForPeriods(n, k) + PERIOD_DAYS * (n + 1) <= left) n += 1;
  return e + Math.max(PERIOD_DAYS * n, left - creditsForPeriods(n, k));
}

/** The ETC estimate. Pure; never reads the clock. */
export function estimateTimeCredits(input: EtcInput): EtcEstimate {
  const { startDate, gctRelease, creditRatePer30: k, supervisedRelease } = input;
  const earningStart = startDate > FSA_ENACTED ? startDate : FSA_ENACTED;
  const g = Math.max(0, daysBetween(startDate, gctRelease));
  const e = daysBetween(startDate, earningStart);
  const prerelease = prereleaseDay(g, e, k);
  const creditsAtPrerelease = creditsBy(prerelease, e, k);
  const estimate: EtcEstimate = {
    creditRatePer30: k,
    earningStart,
    gctRelease,
    daysToGctRelease: g,
    earliestPrerelease: plusDays(startDate, prerelease),
    creditsAtPrerelease,
  };
  if (!supervisedRelease) return estimate;

  // § 3624(g)(3): no earlier than the prerelease day, no more than 365 days before the GCT release. When
  // the transfer is on the prerelease day, every credit earned by then goes to supervised release.
  const served = Math.max(prerelease, g - SUPERVISED_RELEASE_CAP_DAYS);
  return {
    ...estimate,
    supervisedReleaseTransfer: plusDays(startDate, served),
    daysServedAtTransfer: served,
    creditsAtTransfer: creditsBy(served, e, k),
    creditsAppliedToSupervisedRelease: g - served,
    creditsForPrerelease: served > prerelease ? creditsAtPrerelease - SUPERVISED_RELEASE_CAP_DAYS : 0,
  };
}
