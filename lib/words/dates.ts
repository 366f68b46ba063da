/**
 * Dates in words, for any page that shows one: "December 15, 2026", and "today", "in 22 days"… counted
 * from the as-of date. No clock and no date library: "today" is always the `asOf` the page was given.
 */
import { daysBetween } from "@/rules/calendar/dates";
import type { IsoDate } from "@/rules/types";
import type { Say, Variant } from "./say";

/** Made on first use: building a formatter costs a slow phone tens of milliseconds, and most screens show no date. */
let format: Intl.DateTimeFormat | undefined;

/** An ISO date as US readers write it: `2026-12-15` → "December 15, 2026". */
export function longDate(iso: IsoDate): string {
  format ??= new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  return format.format(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** A string in the ISO date form, as estimates carry their dates. */
export const isIsoDate = (value: unknown): value is IsoDate => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Days from `asOf` to `iso`: 0 on the day, negative once it has passed. */
export function daysFrom(asOf: IsoDate, iso: IsoDate): number {
  return daysBetween(asOf, iso);
}

/** The words for a number of days away (content/results/results.md `days`); `{n}` is the count. */
export interface DayWords {
  today: Variant;
  tomorrow: Variant;
  yesterday: Variant;
  future: Variant;
  past: Variant;
}

/** "today", "tomorrow", "in 22 days", "yesterday", "3 days ago". */
export function daysInWords(days: number, words: DayWords, t: Say): string {
  if (days === 0) return t(words.today);
  if (days === 1) return t(words.tomorrow);
  if (days === -1) return t(words.yesterday);
  return days > 1 ? t(words.future, { n: days }) : t(words.past, { n: -days });
}
