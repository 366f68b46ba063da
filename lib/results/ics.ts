/**
 * A calendar file (.ics) for one date: an all-day event with a plain title and nothing else — no
 * answers, no path, no description — so a shared or synced calendar shows no more than the person chose.
 * Built with the `ics` package; deterministic (the stamp is the as-of date, the UID comes from the date).
 */
import { createEvent, type EventAttributes } from "ics";
import { plusDays } from "@/rules/calendar/dates";
import type { IsoDate } from "@/rules/types";

export interface CalendarEntry {
  /** The day of the event. */
  date: IsoDate;
  /** The event's title, e.g. "Legal deadline". */
  title: string;
  /** "Today" for the file's DTSTAMP: the page's as-of date. */
  asOf: IsoDate;
}

const parts = (iso: IsoDate): [number, number, number] => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y, m, d];
};

/** The text of the .ics file. Throws if the `ics` package refuses the event. */
export function buildIcs({ date, title, asOf }: CalendarEntry): string {
  const [y, m, d] = parts(asOf);
  // `timestamp` (DTSTAMP) is in the package's schema but not its types; without it the package reads the clock.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: "federal-relief-screener",
    uid: `${date.replaceAll("-", "")}-${title.replace(/[^A-Za-z]+/g, "-").toLowerCase()}@federal-relief-screener`,
    timestamp: Date.UTC(y, m - 1, d),
    title,
    start: parts(date),
    end: parts(plusDays(date, 1)),
    // A reminder a week before, so a deadline is not a surprise.
    alarms: [{ action: "display", description: title, trigger: { hours: 7 * 24, before: true } }],
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return value;
}

/** A file name with nothing sensitive in it: `legal-date-2026-12-15.ics`. */
export const icsFileName = (date: IsoDate): string => `legal-date-${date}.ics`;
