/**
 * "Today" for the screener: the `asOf=YYYY-MM-DD` query parameter when it is a real date, else the local
 * date. The only thing the screener reads from its URL (rules/README.md § answers-file).
 */
import { isIsoDate } from "@/rules/calendar/dates";
import type { IsoDate } from "@/rules/types";

const pad = (n: number) => String(n).padStart(2, "0");

/** Today's local date as `YYYY-MM-DD`. */
export function localToday(now = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar date written `YYYY-MM-DD` in the years the calendar covers (1900–2100), or undefined. */
export function parseIsoDate(value: string | null | undefined): IsoDate | undefined {
  return isIsoDate(value) ? value : undefined;
}

/** The as-of date from a query string such as `?asOf=2026-11-23`. */
export function asOfFrom(search: string, now = new Date()): IsoDate {
  return parseIsoDate(new URLSearchParams(search).get("asOf")) ?? localToday(now);
}

/**
 * The date the static first screen is rendered with, before the browser says what day it is. With no
 * answers the first question is the same on any date (tests/unit/screener/machine.test.ts).
 */
export const FIRST_SCREEN_AS_OF: IsoDate = "2000-01-01";
