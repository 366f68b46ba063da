/**
 * Court days: a period's last day that falls on a day the rule does not count runs to the next day it
 * does. Two rules, two roll-forwards:
 * - Fed. R. App. P. 26(a)(1)(C) and Fed. R. Civ. P. 6(a)(1)(C) (the same words): weekends and "legal
 *   holidays", which (a)(6) defines as the § 6103(a) holidays and "any other day declared a holiday by the
 *   President or Congress" — read here to reach the days the President closed the executive departments
 *   by executive order (rules/data/executive-closures.ts). That reading is contested, so the roll-forward
 *   also says where such a day alone moved the last day.
 * - Sup. Ct. R. 30.1 (periods under the Supreme Court's rules, such as the 90 days of Rule 13.1): weekends,
 *   federal legal holidays "listed in 5 U.S.C. § 6103" and days the Court building is closed. Executive
 *   closures never count; days the Court itself closed are not modelled.
 * Kept apart from rules/calendar/dates.ts because the holiday library is needed only where the rules run,
 * not on every page that shows a date.
 */
import { isAHoliday } from "@18f/us-federal-holidays";
import { EXECUTIVE_CLOSURES, type ExecutiveClosure } from "@/rules/data/executive-closures";
import { dayOfWeek, fromIso, plusDays, type IsoDate } from "./dates";

/** A Saturday, Sunday or federal legal holiday (5 U.S.C. § 6103(a), via @18f/us-federal-holidays). */
export function isNonBusinessDay(iso: IsoDate): boolean {
  let answer = nonBusinessDays.get(iso);
  if (answer === undefined) {
    const weekday = dayOfWeek(iso);
    answer = weekday === 0 || weekday === 6 || isAHoliday(fromIso(iso));
    nonBusinessDays.set(iso, answer);
  }
  return answer;
}
/** The holiday library works out a whole year's holidays on every call; a day's answer never changes, so keep it. */
const nonBusinessDays = new Map<IsoDate, boolean>();

const closures = new Map(EXECUTIVE_CLOSURES.map((row) => [row.date, row]));

/** The executive order that closed the executive departments on `iso`, if one did. */
export const executiveClosure = (iso: IsoDate): ExecutiveClosure | undefined => closures.get(iso);

/** The date itself, or the next day that is not a weekend or § 6103 holiday (Sup. Ct. R. 30.1). */
export function rollForwardSupremeCourtRule30(iso: IsoDate): IsoDate {
  let day = iso;
  while (isNonBusinessDay(day)) day = plusDays(day, 1);
  return day;
}

/** A last day carried forward under FRAP 26(a) / FRCP 6(a). */
export interface CourtDayRoll {
  /** The last day, counting executive closures as holidays (FRAP 26(a)(6)(B); FRCP 6(a)(6)(B)). */
  day: IsoDate;
  /** The last day counting weekends and § 6103 holidays only: earlier than `day` when a closure alone moved it. */
  withoutClosures: IsoDate;
  /** The executive closures passed over (empty when none). */
  closures: ExecutiveClosure[];
}

/**
 * The date itself, or the next day that is not a weekend, a § 6103 holiday or an executive closure
 * (FRAP 26(a)(1)(C), (a)(6)(B); FRCP 6(a)(1)(C), (a)(6)(B)).
 */
export function rollForwardFrap26Frcp6(iso: IsoDate): CourtDayRoll {
  const passed: ExecutiveClosure[] = [];
  let day = iso;
  for (;;) {
    const closure = executiveClosure(day);
    if (closure) passed.push(closure);
    else if (!isNonBusinessDay(day)) break;
    day = plusDays(day, 1);
  }
  return { day, withoutClosures: rollForwardSupremeCourtRule30(iso), closures: passed };
}
