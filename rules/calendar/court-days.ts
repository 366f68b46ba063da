/**
 * Court days: the deadline rules of FRAP 26(a)(1)(C) and FRCP 6(a)(1)(C) carry a last day that falls on a
 * weekend or legal holiday to the next day that is neither. Kept apart from rules/calendar/dates.ts because the
 * holiday library is needed only where the rules run, not on every page that shows a date.
 */
import { isWeekend } from "date-fns";
import { isAHoliday } from "@18f/us-federal-holidays";
import type { IsoDate } from "@/rules/calendar/dates";
import { fromIso, plusDays } from "./dates";

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
