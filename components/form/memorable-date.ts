/**
 * A memorable date typed the US way (US Web Design System "memorable date"): month, day, year, in that
 * order. Turns the three parts into an ISO date, or names the one part that is wrong, so the error can
 * say "Month must be 1 to 12" and link to that box. The words themselves are in content/screener/flow.md.
 */
import type { DateAnswer } from "@/rules/facts/date-answers";
import type { IsoDate } from "@/rules/types";

/** How much of the date the person knows: all of it, the year only, or none (absent means all of it). */
export const DATE_KNOWN = ["exact", "year", "unknown"] as const;
export type DateKnown = (typeof DATE_KNOWN)[number];

export interface DateParts {
  month: string;
  day: string;
  year: string;
  known?: DateKnown;
}

/** The parts in the order they are shown and checked. */
export const DATE_PARTS = ["month", "day", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];

export const EMPTY_DATE: DateParts = { month: "", day: "", year: "", known: "exact" };

/** What is wrong, with the part to point at; `key` is a flow.md key, `vars` its blanks. */
export type DateProblem =
  | { kind: "empty"; part: "month" }
  | { kind: "missing"; part: DatePart }
  | { kind: "wrong"; part: DatePart; key: string; vars?: Record<string, number> };

/** The earliest year we accept: no one asked about a federal case was born before it. */
export const FIRST_YEAR = 1900;

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "3", "03", "Mar", "March" → 3 (GOV.UK and USWDS: accept month names as well as numbers); else NaN. */
function monthNumber(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const lower = text.toLowerCase().replace(/\.$/, "");
  const index = MONTH_NAMES.findIndex((name) => name === lower || name.slice(0, 3) === lower);
  return index < 0 ? Number.NaN : index + 1;
}

/** Days in a month of a year (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date the parts give, or the first problem in month, day, year order. */
export function readMemorableDate(value: DateParts): IsoDate | DateProblem {
  const parts = { month: value.month.trim(), day: value.day.trim(), year: value.year.trim() };
  const empty = DATE_PARTS.filter((part) => parts[part] === "");
  if (empty.length === DATE_PARTS.length) return { kind: "empty", part: "month" };
  if (empty.length > 0) return { kind: "missing", part: empty[0] };
  const month = monthNumber(parts.month);
  if (!(month >= 1 && month <= 12)) return { kind: "wrong", part: "month", key: "error.dateMonth" };
  if (!/^\d{4}$/.test(parts.year)) return { kind: "wrong", part: "year", key: "error.dateYear" };
  const year = Number(parts.year);
  if (year < FIRST_YEAR) return { kind: "wrong", part: "year", key: "error.dateYearEarly", vars: { first: FIRST_YEAR } };
  const last = daysInMonth(year, month);
  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : Number.NaN;
  if (!(day >= 1 && day <= last)) return { kind: "wrong", part: "day", key: "error.dateDay", vars: { last } };
  return `${parts.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The year typed when only the year is known, or the problem with it. */
function readYear(text: string): number | DateProblem {
  const year = text.trim();
  if (year === "") return { kind: "missing", part: "year" };
  if (!/^\d{4}$/.test(year)) return { kind: "wrong", part: "year", key: "error.dateYear" };
  if (Number(year) < FIRST_YEAR) return { kind: "wrong", part: "year", key: "error.dateYearEarly", vars: { first: FIRST_YEAR } };
  return Number(year);
}

/** The answer the parts give (the date, its year only, or "not known"), or the first problem. */
export function readDateAnswer(value: DateParts): DateAnswer | DateProblem {
  if (value.known === "unknown") return { kind: "unknown" };
  if (value.known === "year") {
    const year = readYear(value.year);
    return typeof year === "number" ? { kind: "year", year } : year;
  }
  const date = readMemorableDate(value);
  return typeof date === "string" ? { kind: "exact", date } : date;
}

/** The parts that show an answer, for prefilling the form. */
export function datePartsOf(answer: DateAnswer | undefined): DateParts {
  if (answer?.kind === "unknown") return { ...EMPTY_DATE, known: "unknown" };
  if (answer?.kind === "year") return { ...EMPTY_DATE, year: String(answer.year), known: "year" };
  if (answer === undefined) return { ...EMPTY_DATE };
  const [year, month, day] = answer.date.split("-");
  return { month: String(Number(month)), day: String(Number(day)), year, known: "exact" };
}
