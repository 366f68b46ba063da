/**
 * Dates as the results page shows them: "December 15, 2026", and days counted from the as-of date.
 * Nothing here reads the clock: "today" is always the `asOf` the page was given.
 */
import { daysBetween } from "@/rules/calendar/dates";
import { longDate } from "@/lib/words/long-date";
import type { IsoDate } from "@/rules/types";
import type { ResultsWords, Say } from "./words";

export { longDate };

/** Days from `asOf` to `iso`: 0 on the day, negative once it has passed. */
export function daysFrom(asOf: IsoDate, iso: IsoDate): number {
  return daysBetween(asOf, iso);
}

/** "today", "tomorrow", "in 22 days", "yesterday", "3 days ago". */
export function daysInWords(days: number, words: ResultsWords["days"], t: Say): string {
  if (days === 0) return t(words.today);
  if (days === 1) return t(words.tomorrow);
  if (days === -1) return t(words.yesterday);
  return days > 1 ? t(words.future, { n: days }) : t(words.past, { n: -days });
}

/** A string in the ISO date form, as estimates carry their dates. */
export const isIsoDate = (value: unknown): value is IsoDate => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
