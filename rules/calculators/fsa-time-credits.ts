/**
 * First Step Act earned time credits (ETC) calculator — an ESTIMATE. The Bureau of Prisons' own
 * computation controls.
 *
 * Law: 18 U.S.C. § 3632(d)(4)(A) — 10 days of credit for every 30 days of successful programming, plus 5
 * more (15 per 30) for a prisoner at minimum or low risk whose risk has not increased over 2 consecutive
 * assessments; § 3632(d)(4)(B) — nothing for programming before 2018-12-21 or before the sentence began;
 * § 3624(g)(1)(A) — credits are applied once they equal the remainder of the term; § 3624(g)(3) — transfer
 * to supervised release "not to exceed 12 months" early; § 3624(g)(10) — the rest go to prerelease custody.
 * Brief §§ f-1, f-3 (formulas and worked example).
 *
 * Formulas (brief § f-3), with C = the day the term began, GR = the GCT release date, G = days from C to GR,
 * r = creditRatePer30 / 30, and e = days from C to the day earning starts (0 unless C is before 2018-12-21,
 * § 3632(d)(4)(B)(i)); credits earned by day t = r × (t − e):
 * - Earliest prerelease custody (step 4): the day credits equal the days left to GR,
 *   t = (G + r·e) / (1 + r), rounded to the nearest day (the brief's example: 1,556 / 1.5 = 1,037.3 → 1,037).
 * - Supervised-release transfer (step 3), when the judgment includes supervised release: D solves
 *   D = G − min(365, credits by D). If r·(G − e)/(1 + r) ≤ 365 then D = (G + r·e)/(1 + r), rounded;
 *   else D = G − 365 (the 12-month cap, counted as 365 days as the brief does).
 * - Credits are whole days: credits earned by a day are rounded down (the brief's "≈ 596" is 595.5).
 * UNVERIFIED: BOP's day-counting (days in transit, special housing, programming opt-outs) — brief § f-1(8),
 * § 4 item 7. The model assumes steady programming every day from the start.
 *
 * Estimate fields (`EtcEstimate`; the README copies this list):
 * - `creditRatePer30`       — days of credit per 30 days of programming: 15 (minimum/low risk, steady) or 10.
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
 * - `creditsForPrerelease`             — credits left over, for earlier halfway-house or home-confinement
 *                                        placement (§ 3624(g)(10)).
 */
import type { IsoDate } from "@/rules/types";
import { addDaysIso, daysFromTo } from "./good-conduct-time";

/** The First Step Act's enactment: programming before this day earns nothing (§ 3632(d)(4)(B)(i)). */
export const FSA_ENACTED: IsoDate = "2018-12-21";
/** § 3624(g)(3): supervised release may start "not to exceed 12 months" early — 365 days, as the brief counts. */
export const SUPERVISED_RELEASE_CAP_DAYS = 365;

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

/** Whole days of credit earned by day `t` (days from C) at `k` days per 30, earning from day `e`. */
const creditsBy = (t: number, e: number, k: number): number => Math.max(0, Math.floor((k * (t - e)) / 30));

/** The day (from C) credits equal the days left to G: (G + r·e)/(1 + r) = (30G + k·e)/(30 + k), rounded. */
const crossingDay = (g: number, e: number, k: number): number => Math.round((30 * g + k * e) / (30 + k));

/** The ETC estimate. Pure; never reads the clock. */
export function estimateTimeCredits(input: EtcInput): EtcEstimate {
  const { startDate, gctRelease, creditRatePer30: k, supervisedRelease } = input;
  const earningStart = startDate > FSA_ENACTED ? startDate : FSA_ENACTED;
  const g = Math.max(0, daysFromTo(startDate, gctRelease));
  const e = daysFromTo(startDate, earningStart);
  // No credits can be earned before release when earning starts on or after it.
  const prerelease = g <= e ? g : crossingDay(g, e, k);
  const estimate: EtcEstimate = {
    creditRatePer30: k,
    earningStart,
    gctRelease,
    daysToGctRelease: g,
    earliestPrerelease: addDaysIso(startDate, prerelease),
    creditsAtPrerelease: creditsBy(prerelease, e, k),
  };
  if (!supervisedRelease) return estimate;

  // § 3624(g)(3): uncapped when the credits at the crossing day are 365 or fewer (k·(G − e) ≤ 365·(30 + k)).
  const capped = g > e && k * (g - e) > SUPERVISED_RELEASE_CAP_DAYS * (30 + k);
  const served = g <= e ? g : capped ? g - SUPERVISED_RELEASE_CAP_DAYS : crossingDay(g, e, k);
  const credits = creditsBy(served, e, k);
  const applied = g - served;
  return {
    ...estimate,
    supervisedReleaseTransfer: addDaysIso(startDate, served),
    daysServedAtTransfer: served,
    creditsAtTransfer: credits,
    creditsAppliedToSupervisedRelease: applied,
    creditsForPrerelease: Math.max(0, credits - applied),
  };
}
