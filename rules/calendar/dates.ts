/**
 * The calendar: ISO dates (`YYYY-MM-DD`), the only date form the rules see, and the one implementation of
 * day arithmetic in the project. Dates are counted by day number (days since 1970-01-01, proleptic
 * Gregorian, H. Hinnant's civil-date algorithms), which is exact and ~50× faster than parsing into `Date`
 * objects; tests/unit/calendar/dates.test.ts checks every function against date-fns. No function here
 * reads the clock.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The years a date a person gives may fall in (a fact, an as-of date): 1900 through 2100. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

type Civil = [year: number, month: number, day: number];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * The first and last days a computed date can be (issue #15 item 4). A fact may hold a term of thousands of
 * years (the form takes up to 99,999 months): a date computed past these bounds stays on the bound, so every
 * date keeps a four-digit year, still sorts as text, and reads as "not in a lifetime" instead of breaking.
 */
const FIRST_DAY: IsoDate = "0001-01-01";
const LAST_DAY: IsoDate = "9999-12-31";

const civilOf = (iso: IsoDate): Civil => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
const isoOf = ([y, m, d]: Civil): IsoDate =>
  y > 9999 ? LAST_DAY : y < 1 ? FIRST_DAY : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

/** Day number of a civil date (H. Hinnant's days_from_civil). */
function dayNumberOf([y, m, d]: Civil): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
function civilFrom(n: number): Civil {
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

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD`, in the years 1900–2100. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || !ISO_SHAPE.test(value)) return false;
  const [y, m, d] = civilOf(value);
  return y >= EARLIEST_YEAR && y <= LATEST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `value` as an ISO date when it is one (see `isIsoDate`), else undefined. */
export const parseIsoDate = (value: unknown): IsoDate | undefined => (isIsoDate(value) ? value : undefined);

/** The local-midnight `Date` of an ISO date, for libraries that take one (the federal-holiday table). */
export const fromIso = (iso: IsoDate): Date => {
  const [y, m, d] = civilOf(iso);
  return new Date(y, m - 1, d);
};

/** Day of the week: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export const dayOfWeek = (iso: IsoDate): number => (((dayNumberOf(civilOf(iso)) + 4) % 7) + 7) % 7;

/** `iso` plus `days` calendar days (negative goes back). */
export const plusDays = (iso: IsoDate, days: number): IsoDate => isoOf(civilFrom(dayNumberOf(civilOf(iso)) + days));

/** `iso` plus whole calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function plusMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = civilOf(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return isoOf([year, month, Math.min(d, daysInMonth(year, month))]);
}

/** `iso` plus whole years (29 February + 1 year = 28 February). */
export const plusYears = (iso: IsoDate, years: number): IsoDate => plusMonths(iso, 12 * years);

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumberOf(civilOf(to)) - dayNumberOf(civilOf(from));

/** Whole years of age on `on` for someone born on `birth` (a 29 February birthday turns over on 28 February). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  let years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (plusYears(birth, years) > on) years -= 1;
  return years;
}

export const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
