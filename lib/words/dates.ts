/**
 * Dates in words, for any page that shows one: "December 15, 2026", and "today", "in 22 days"… counted
 * from the as-of date. No clock and no date library: "today" is always the `asOf` the page was given.
 */
import { daysBetween } from "@/rules/calendar/dates";
import type { IsoDate } from "@/rules/types";

/** Made on first use: building a formatter costs a slow phone tens of milliseconds, and most screens show no date. */
let format: Intl.DateTimeFormat | undefined;

/** An ISO date as US readers write it: `2026-12-15` → "December 15, 2026". */
export function longDate(iso: IsoDate): string {
  format ??= new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  return format.format(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}


/** Days from `asOf` to `iso`: 0 on the day, negative once it has passed. */
export function daysFrom(asOf: IsoDate, iso: IsoDate): number {
  return daysBetween(asOf, iso);
}
