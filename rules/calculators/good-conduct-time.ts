/**
 * Good conduct time (GCT) calculator — an ESTIMATE. The Bureau of Prisons' own computation controls.
 *
 * Law: 18 U.S.C. § 3624(b)(1) — "a prisoner who is serving a term of imprisonment of more than 1 year
 * other than a term of imprisonment for the duration of the prisoner's life, may receive credit … of up to
 * 54 days for each year of the prisoner's sentence imposed by the court"; 28 C.F.R. § 523.20(b)(1)–(2)
 * (per year imposed; "prorated credit for any partial final year"), § 523.20(d)(2) (54 with diploma/GED
 * progress, otherwise 42). Brief §§ f-2, f-3 and § 5 item 8.
 *
 * Formulas (brief § f-2 "Calculator formula", § f-3 steps 1–2), with C = the day the prison term began:
 * - `S` (imposed term in days) = days from C to C + `months` calendar months, plus `extraDays`
 *   (60 months from 2024-01-02 = 1,827 days).
 * - No GCT when the term AS THE JUDGE IMPOSED IT (months and days) is not more than 12 months:
 *   12 months → 0; 12 months and 1 day → credit (issue #3; § 3624(b)(1) "more than 1 year").
 * - Otherwise `GCT = rate × floor(S / 365) + floor(rate × (S mod 365) / 365)`, rate 54 or 42.
 *   UNVERIFIED arithmetic: proration of the final partial year is confirmed in principle
 *   (§ 523.20(b)(2)), but the exact rounding is in BOP Program Statement 5880.28, which was not read
 *   (brief § f-2, § 4 item 7, § 5 item 8). Encoded as the brief states it.
 * - Full-term release `FTR = C + S − 1 − jailCreditDays`; GCT release `= FTR − GCT`.
 * Life sentences get no GCT (§ 3624(b)(1)); the rule module decides that before calling here.
 *
 * Estimate fields (`GctEstimate`; the README copies this list):
 * - `imposedDays`     — S, the term the judge imposed, in days (months counted on the calendar from C).
 * - `gctPerYear`      — the yearly rate used: 54 (diploma/GED or progress, or an exemption) or 42; 0 when
 *                       the term is not more than 12 months.
 * - `gctDays`         — the most good conduct time the term can earn (assumes no credit is lost).
 * - `fullTermRelease` — ISO date the whole term ends with no good conduct time: C + S − 1 − jail credit.
 * - `gctRelease`      — ISO date of release if every day of good conduct time is earned: FTR − gctDays.
 * - `daysToServe`     — days in custody from C through `gctRelease`: S − jail credit − gctDays (never below 0).
 */
import type { IsoDate } from "@/rules/types";

/*
 * Day arithmetic on ISO dates by day number (days since 1970-01-01, proleptic Gregorian), with the same
 * results as rules/calendar/dates.ts (`plusDays`, `plusMonths` with date-fns's end-of-month clamping, `daysBetween`)
 * but fast enough for the engine's benchmark budget (date-fns parsing and formatting cost ~0.05 ms each).
 * tests/unit/calculators/good-conduct-time.test.ts checks them against rules/calendar/dates.ts.
 */

/** Day number of a civil date (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
function civil(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const parts = (iso: IsoDate): [number, number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const isoOf = ([y, m, d]: [number, number, number]): IsoDate => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** `iso` plus `days` calendar days (negative goes back). */
export const addDaysIso = (iso: IsoDate, days: number): IsoDate => isoOf(civil(dayNumber(...parts(iso)) + days));
/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysFromTo = (from: IsoDate, to: IsoDate): number => dayNumber(...parts(to)) - dayNumber(...parts(from));
/** `iso` plus whole calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return isoOf([year, month, Math.min(d, daysInMonth(year, month))]);
}

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
 * Inputs this calculator can estimate from. Outside it the dates would leave the four-digit years an ISO
 * date can hold (a schema-valid facts object may say 10,000,000 months); the rules then say they cannot
 * estimate, instead of throwing.
 */
export const GCT_DOMAIN = {
  earliestStart: "1900-01-01",
  latestStart: "9000-12-31",
  maxMonths: 12 * 300,
  maxExtraDays: 366 * 300,
  maxJailCreditDays: 366 * 300,
} as const;

/** Whether the calculator can estimate these inputs (see `GCT_DOMAIN`). */
export function withinGctDomain(input: Omit<GctInput, "rate">): boolean {
  const d = GCT_DOMAIN;
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(input.startDate) &&
    input.startDate >= d.earliestStart &&
    input.startDate <= d.latestStart &&
    whole(input.months) && input.months <= d.maxMonths &&
    whole(input.extraDays) && input.extraDays <= d.maxExtraDays &&
    whole(input.jailCreditDays) && input.jailCreditDays <= d.maxJailCreditDays
  );
}

/** S: the imposed term in days — months on the calendar from `startDate`, plus the extra days. */
export function imposedDays(startDate: IsoDate, months: number, extraDays: number): number {
  return daysFromTo(startDate, addMonthsIso(startDate, months)) + extraDays;
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
  return addDaysIso(addMonthsIso(startDate, months), extraDays) > addMonthsIso(startDate, 12);
}

/**
 * The most GCT a term of `days` imposed days can earn at `rate` days a year: whole years at the full rate,
 * plus a linear share of the rate for the partial final year, rounded down (brief § f-2; UNVERIFIED rounding).
 * Call only for a term that is more than one year as imposed (`termOverOneYear`).
 */
export function maxGctDays(days: number, rate: GctRate): number {
  if (days <= 0) return 0;
  return rate * Math.floor(days / 365) + Math.floor((rate * (days % 365)) / 365);
}

/** The GCT estimate for one term (the caller has ruled out life sentences). Pure; never reads the clock. */
export function estimateGoodConductTime(input: GctInput): GctEstimate {
  const { startDate, months, extraDays, jailCreditDays, rate } = input;
  const days = imposedDays(startDate, months, extraDays);
  const earns = termOverOneYear(months, extraDays, startDate) === true;
  const gctDays = earns ? maxGctDays(days, rate) : 0;
  const fullTermRelease = addDaysIso(startDate, days - 1 - jailCreditDays);
  return {
    imposedDays: days,
    gctPerYear: earns ? rate : 0,
    gctDays,
    fullTermRelease,
    gctRelease: addDaysIso(fullTermRelease, -gctDays),
    daysToServe: Math.max(0, days - jailCreditDays - gctDays),
  };
}
