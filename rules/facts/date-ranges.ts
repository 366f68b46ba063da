/**
 * The days a date given only as a year, or as not known, could be: every day of that year, or every day
 * from 1900 on, narrowed by the other dates given (an offense on or after the birth date, a release on or
 * after the prison term began…; ./contradictions.ts) and by "today" for a date that has already happened.
 */
import { ORDERED_PAIRS, PAST_FACTS } from "./contradictions";
import { dateAnswerOf } from "./date-answers";
import type { DateFact, Facts } from "./schema";
import { EARLIEST_YEAR, LATEST_YEAR, daysBetween, earlier, later, plusDays, type IsoDate } from "@/rules/calendar/dates";

/** The first and last day a date could be, and how many days that is. */
export interface DateRange {
  first: IsoDate;
  last: IsoDate;
  days: number;
}

const yearStart = (year: number) => `${String(year).padStart(4, "0")}-01-01`;
const yearEnd = (year: number) => `${String(year).padStart(4, "0")}-12-31`;

/** Dates that have happened by "today": the past facts and the birth date. */
const HAPPENED: ReadonlySet<DateFact> = new Set<DateFact>([...PAST_FACTS, "birthDate"]);

/** The earliest (`side` "first") or latest day another date given could be; undefined when not known. */
function edgeOf(facts: Facts, name: DateFact, side: "first" | "last"): IsoDate | undefined {
  const answer = dateAnswerOf(facts, name);
  if (answer?.kind === "exact") return answer.date;
  if (answer?.kind === "year") return side === "first" ? yearStart(answer.year) : yearEnd(answer.year);
  return undefined;
}

const rangeOf = (first: IsoDate, last: IsoDate): DateRange => ({ first, last, days: daysBetween(first, last) + 1 });

/** The days `name` could be, given the other answers and `asOf`. Its own year, if given, is never narrowed to nothing. */
export function dateRange(facts: Facts, name: DateFact, asOf: IsoDate): DateRange {
  let first = yearStart(EARLIEST_YEAR);
  let last = HAPPENED.has(name) ? asOf : yearEnd(LATEST_YEAR);
  for (const [before, after] of ORDERED_PAIRS) {
    if (after === name) first = later(first, edgeOf(facts, before, "first") ?? first);
    if (before === name) last = earlier(last, edgeOf(facts, after, "last") ?? last);
  }
  const answer = dateAnswerOf(facts, name);
  if (answer?.kind === "year") {
    const [start, end] = [yearStart(answer.year), yearEnd(answer.year)];
    const [narrowStart, narrowEnd] = [later(first, start), earlier(last, end)];
    return narrowStart <= narrowEnd ? rangeOf(narrowStart, narrowEnd) : rangeOf(start, end);
  }
  return first <= last ? rangeOf(first, last) : rangeOf(first, first);
}

/** The `index`th day of a range (0 is its first day). */
export const dayOf = (range: DateRange, index: number): IsoDate => plusDays(range.first, index);
