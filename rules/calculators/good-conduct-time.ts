/**
 * Good conduct time (GCT) calculator — an ESTIMATE. The Bureau of Prisons' own computation controls.
 *
 * Law: 18 U.S.C. § 3624(b)(1) — "a prisoner who is serving a term of imprisonment of more than 1 year
 * other than a term of imprisonment for the duration of the prisoner's life, may receive credit … of up to
 * 54 days for each year of the prisoner's sentence imposed by the court"; 28 C.F.R. § 523.20(b)(1)–(2)
 * (per year imposed; "prorated credit for any partial final year"), § 523.20(d)(2) (54 with diploma/GED
 * progress, otherwise 42). Formulas and checks: rules/README.md § gct-calculator.
 *
 * Formulas (rules/README.md § gct-calculator), with C = the day the prison term began:
 * - `S` (imposed term in days) = days from C to C + `months` calendar months, plus `extraDays`
 *   (60 months from 2024-01-02 = 1,827 days).
 * - No GCT when the term AS THE JUDGE IMPOSED IT (months and days) is not more than 12 months:
 *   12 months → 0; 12 months and 1 day → credit (issue #3; § 3624(b)(1) "more than 1 year").
 * - Otherwise the BOP's method (28 C.F.R. § 523.20(b)(1)–(3)): `rate` (54 or 42) for each whole year of
 *   the term, counted on its anniversary dates (calendar years from C: C + 1 year, C + 2 years, …, not
 *   365-day blocks), plus prorated credit for the partial final year after the last anniversary:
 *   `floor(rate × days after the last anniversary / days in that anniversary year (365 or 366))`.
 *   This reproduces the Bureau's own table, 87 Fed. Reg. 7938 (Feb. 11, 2022), Table 1, "Alternative 3"
 *   (tests/unit/calculators/good-conduct-time.test.ts). Interpretation: the table's partial years all fall
 *   in common years, so it cannot tell a share of 366 days from a share of 365 in a leap year; the share of
 *   the year it is part of is the smaller, so the estimate never gives more credit than the Bureau would.
 * - Jail credit does not move the anniversaries: § 3624(b)(1) counts years "of the prisoner's sentence
 *   imposed by the court", and the sentence commences on C (18 U.S.C. § 3585(a)); credit for prior custody
 *   (§ 3585(b)) is subtracted from the full term, it does not move the day the sentence began. Either
 *   reading changes the partial year by at most one (leap) day.
 * - Full-term release `FTR = C + S − 1 − jailCreditDays`; GCT release `= FTR − GCT`; neither before C
 *   (issue #15 item 5): FTR is at least C (jail credit beyond the term leaves nothing to serve), and GCT is
 *   at most the days from C to FTR (credit beyond what is left to serve cannot be used), so release comes
 *   on the day the term began at the earliest, never before the person arrived.
 * Life sentences get no GCT (§ 3624(b)(1)); the rule module decides that before calling here.
 *
 * Estimate fields (`GctEstimate`; the README copies this list):
 * - `imposedDays`     — S, the term the judge imposed, in days (months counted on the calendar from C).
 * - `gctPerYear`      — the yearly rate used: 54 (diploma/GED or progress, or an exemption) or 42; 0 when
 *                       the term is not more than 12 months.
 * - `gctDays`         — the most good conduct time the term can earn (assumes no credit is lost), never
 *                       more than the days from C to `fullTermRelease`.
 * - `fullTermRelease` — ISO date the whole term ends with no good conduct time: C + S − 1 − jail credit.
 * - `gctRelease`      — ISO date of release if every day of good conduct time is earned: FTR − gctDays.
 * - `daysToServe`     — days in custody from C through `gctRelease`: S − jail credit − gctDays (never below 0).
 */
import { daysBetween, isIsoDate, later, plusDays, plusMonths, plusYears, type IsoDate } from "@/rules/calendar/dates";

/** Days of credit a year: 54 with a diploma, GED or satisfactory progress (or an exemption), else 42. */
export type GctRate = 54 | 42;

export interface GctInput {
  /** C: the day the prison term began (arrival or surrender at the BOP facility). */
  startDate: IsoDate;
  /** Whole months of the imposed term. */
  months: number;
  /** Days imposed beyond the months ("12 months and 1 day" → 1). */
  extraDays: number;
  /** Days of custody before sentencing credited to the sentence. */
  jailCreditDays: number;
  rate: GctRate;
}

export interface GctEstimate {
  imposedDays: number;
  gctPerYear: number;
  gctDays: number;
  fullTermRelease: IsoDate;
  gctRelease: IsoDate;
  daysToServe: number;
}

/**
 * Inputs this calculator can estimate from: a start date the calendar accepts (1900–2100) and terms that
 * keep every date within the four-digit years an ISO date can hold (a schema-valid facts object may say
 * 10,000,000 months); the rules then say they cannot estimate, instead of throwing.
 */
export const GCT_DOMAIN = {
  maxMonths: 12 * 300,
  maxExtraDays: 366 * 300,
  maxJailCreditDays: 366 * 300,
} as const;

/** Whether the calculator can estimate these inputs (see `GCT_DOMAIN`). */
export function withinGctDomain(input: Omit<GctInput, "rate">): boolean {
  const d = GCT_DOMAIN;
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  return (
    isIsoDate(input.startDate) &&
    whole(input.months) && input.months <= d.maxMonths &&
    whole(input.extraDays) && input.extraDays <= d.maxExtraDays &&
    whole(input.jailCreditDays) && input.jailCreditDays <= d.maxJailCreditDays
  );
}

/** S: the imposed term in days — months on the calendar from `startDate`, plus the extra days. */
export function imposedDays(startDate: IsoDate, months: number, extraDays: number): number {
  return daysBetween(startDate, plusMonths(startDate, months)) + extraDays;
}

/**
 * § 3624(b)(1) "more than 1 year", judged on the term as imposed (months and days), not on a count of days:
 * 12 months → false; 12 months and 1 day → true. `undefined` when the answer depends on the calendar
 * (fewer than 12 months plus more than 28 days) and no start date is given.
 */
export function termOverOneYear(months: number, extraDays: number, startDate?: IsoDate): boolean | undefined {
  if (months > 12) return true;
  if (months === 12) return extraDays > 0;
  // Fewer than 12 months: the months left to a year hold at least 28 days, so up to 28 extra days never
  // reach past a year.
  if (extraDays <= 28) return false;
  if (startDate === undefined) return undefined;
  return plusDays(plusMonths(startDate, months), extraDays) > plusMonths(startDate, 12);
}

/**
 * The most GCT a term of `days` imposed days beginning on `startDate` can earn at `rate` days a year
 * (28 C.F.R. § 523.20(b)): `rate` on each anniversary of the term, and the prorated share of `rate` for
 * the days after the last anniversary, rounded down. Call only for a term that is more than one year as
 * imposed (`termOverOneYear`).
 */
export function maxGctDays(startDate: IsoDate, days: number, rate: GctRate): number {
  if (days <= 0) return 0;
  const end = plusDays(startDate, days); // the day after the term's last day
  let years = Math.floor(days / 366); // never more whole years than this; the loop adds the rest
  while (plusYears(startDate, years + 1) <= end) years += 1;
  const lastAnniversary = plusYears(startDate, years);
  const partial = daysBetween(lastAnniversary, end);
  const yearLength = daysBetween(lastAnniversary, plusYears(startDate, years + 1));
  return rate * years + Math.floor((rate * partial) / yearLength);
}

/** The GCT estimate for one term (the caller has ruled out life sentences). Pure; never reads the clock. */
export function estimateGoodConductTime(input: GctInput): GctEstimate {
  const { startDate, months, extraDays, jailCreditDays, rate } = input;
  const days = imposedDays(startDate, months, extraDays);
  const earns = termOverOneYear(months, extraDays, startDate) === true;
  const fullTermRelease = later(startDate, plusDays(startDate, days - 1 - jailCreditDays));
  // Never more credit than days left to serve, so the release is never before C.
  const gctDays = earns ? Math.min(maxGctDays(startDate, days, rate), daysBetween(startDate, fullTermRelease)) : 0;
  return {
    imposedDays: days,
    gctPerYear: earns ? rate : 0,
    gctDays,
    fullTermRelease,
    gctRelease: plusDays(fullTermRelease, -gctDays),
    daysToServe: Math.max(0, days - jailCreditDays - gctDays),
  };
}
