/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), the only date form the rules see.
 * Backed by date-fns; no function here reads the clock.
 */
import { addDays, addMonths, addYears, differenceInCalendarDays, isWeekend } from "date-fns";
import { isAHoliday } from "@18f/us-federal-holidays";
import type { IsoDate } from "@/rules/types";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Local calendar dates both ways; written out rather than date-fns `format`, whose locale data would ship to every phone. */
const toIso = (date: Date): IsoDate => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
const fromIso = (iso: IsoDate): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

const LONG_DATE = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
/** An ISO date as US readers write it: `2026-12-15` → "December 15, 2026". */
export const longDate = (iso: IsoDate): string =>
  LONG_DATE.format(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

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

/** A Saturday, Sunday or federal legal holiday (5 U.S.C. § 6103, via @18f/us-federal-holidays). */
export function isNonBusinessDay(iso: IsoDate): boolean {
  let answer = nonBusinessDays.get(iso);
  if (answer === undefined) {
    const date = fromIso(iso);
    answer = isWeekend(date) || isAHoliday(date);
    nonBusinessDays.set(iso, answer);
  }
  return answer;
}
/** The holiday library works out a whole year's holidays on every call; a day's answer never changes, so keep it. */
const nonBusinessDays = new Map<IsoDate, boolean>();

/** The date itself, or the next day that is not a weekend or federal holiday (FRAP 26(a)(1)(C); FRCP 6(a)(1)(C)). */
export function rollForwardToBusinessDay(iso: IsoDate): IsoDate {
  let day = iso;
  while (isNonBusinessDay(day)) day = plusDays(day, 1);
  return day;
}

export const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
