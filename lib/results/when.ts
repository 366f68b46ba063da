/**
 * How far a date is from "today" (the as-of date), in words a person reads at a glance: "in 22 days",
 * "in about 3 months", "about 6 years ago" — never a raw count of hundreds of days. Close dates keep
 * their days (lib/words/days-in-words.ts); from two months on, months; from two years on, years.
 */
import { daysInWords, type DayWords } from "@/lib/words/days-in-words";
import type { Say, Variant } from "@/lib/words/say";

/** The words for a distance in time (content/results/results.md `days`); `{n}` is the count. */
export interface WhenWords extends DayWords {
  futureMonths: Variant;
  pastMonths: Variant;
  futureYears: Variant;
  pastYears: Variant;
}

/** Below this many days a distance is said in days. */
export const MONTHS_FROM = 60;
/** From this many days on, a distance is said in years. */
export const YEARS_FROM = 730;

const DAYS_PER_MONTH = 365.25 / 12;
const DAYS_PER_YEAR = 365.25;

/** `days` from today (negative: in the past) in words. */
export function whenInWords(days: number, words: WhenWords, t: Say): string {
  const size = Math.abs(days);
  if (size < MONTHS_FROM) return daysInWords(days, words, t);
  if (size < YEARS_FROM) {
    const n = Math.round(size / DAYS_PER_MONTH);
    return t(days > 0 ? words.futureMonths : words.pastMonths, { n });
  }
  const n = Math.round(size / DAYS_PER_YEAR);
  return t(days > 0 ? words.futureYears : words.pastYears, { n });
}
