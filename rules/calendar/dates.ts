/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), the only date form the rules see.
 * Backed by date-fns; no function here reads the clock.
 */
import { addDays, addMonths, addYears, differenceInCalendarDays } from "date-fns";

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Local calendar dates both ways; written out rather than date-fns `format`, whose locale data would ship to every phone. */
const toIso = (date: Date): IsoDate => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
export const fromIso = (iso: IsoDate): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

export const plusDays = (iso: IsoDate, days: number): IsoDate => toIso(addDays(fromIso(iso), days));
export const plusMonths = (iso: IsoDate, months: number): IsoDate => toIso(addMonths(fromIso(iso), months));
export const plusYears = (iso: IsoDate, years: number): IsoDate => toIso(addYears(fromIso(iso), years));

/** Days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(fromIso(to), fromIso(from));

/** Whole years of age on `on` for someone born on `birth` (a 29 February birthday turns over on 28 February, as date-fns counts). */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  let years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (plusYears(birth, years) > on) years -= 1;
  return years;
}

export const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
