/**
 * A date fact's answer, read together with its companions (./schema.ts `DateCompanions`): the exact date,
 * the year only, or "not known". The question flow, the form, the answers check and the rules all read a
 * date's answer through here, so a date given as a year or as not known counts as answered everywhere.
 */
import { DATE_FACTS, type DateFact, type Facts, type FactName } from "./schema";
import type { IsoDate } from "@/rules/calendar/dates";

export type DateAnswer = { kind: "exact"; date: IsoDate } | { kind: "year"; year: number } | { kind: "unknown" };

const DATE_SET: ReadonlySet<string> = new Set(DATE_FACTS);

export const isDateFact = (name: string): name is DateFact => DATE_SET.has(name);

/** The answer given for a date fact, or undefined when none was (the exact date comes first). */
export function dateAnswerOf(facts: Facts, name: DateFact): DateAnswer | undefined {
  const date = facts[name];
  if (date !== undefined) return { kind: "exact", date };
  const year = facts.dateYears?.[name];
  if (year !== undefined) return { kind: "year", year };
  return facts.datesUnknown?.includes(name) ? { kind: "unknown" } : undefined;
}

/** Whether the person has answered `name`: a value, or for a date, its year or "not known". */
export function isAnswered(facts: Facts, name: FactName): boolean {
  return facts[name] !== undefined || (isDateFact(name) && dateAnswerOf(facts, name) !== undefined);
}

/** The date facts given only as a year or as not known (none given exactly). */
export function uncertainDates(facts: Facts): DateFact[] {
  if (facts.dateYears === undefined && facts.datesUnknown === undefined) return [];
  return DATE_FACTS.filter((name) => facts[name] === undefined && dateAnswerOf(facts, name) !== undefined);
}

/**
 * The facts that say `answer` for `name`, and clear any other answer to it: spread over earlier answers,
 * they replace that date's answer and keep the other dates' companions.
 */
export function withDateAnswer(facts: Facts, name: DateFact, answer: DateAnswer | undefined): Facts {
  const years = { ...facts.dateYears };
  delete years[name];
  const unknown = (facts.datesUnknown ?? []).filter((other) => other !== name);
  if (answer?.kind === "year") years[name] = answer.year;
  if (answer?.kind === "unknown") unknown.push(name);
  return {
    [name]: answer?.kind === "exact" ? answer.date : undefined,
    dateYears: Object.keys(years).length > 0 ? years : undefined,
    datesUnknown: unknown.length > 0 ? DATE_FACTS.filter((other) => unknown.includes(other)) : undefined,
  };
}

const hasCompanions = (facts: Facts) => facts.dateYears !== undefined || facts.datesUnknown !== undefined;

/** Puts the answer `from` gives for `name` (a date with its companion) into `into`, and returns `into`: for copying answers fact by fact. */
export function copyAnswer(into: Facts, from: Facts, name: FactName): Facts {
  const target = into as Record<string, unknown>;
  if (!isDateFact(name) || (!hasCompanions(from) && !hasCompanions(into))) {
    if (from[name] !== undefined) target[name] = from[name];
    return into;
  }
  Object.assign(target, withDateAnswer(into, name, dateAnswerOf(from, name)));
  for (const key of [name, "dateYears", "datesUnknown"] as const) if (into[key] === undefined) delete target[key];
  return into;
}

/** `facts` without the answers to `names` (a date's companion entries go with it). */
export function withoutAnswers(facts: Facts, names: readonly FactName[]): Facts {
  let rest: Facts = Object.fromEntries(Object.entries(facts).filter(([name]) => !names.includes(name as FactName)));
  if (!hasCompanions(facts)) return rest;
  for (const name of names) if (isDateFact(name)) rest = { ...rest, ...withDateAnswer(rest, name, undefined) };
  for (const key of ["dateYears", "datesUnknown"] as const) if (rest[key] === undefined) delete rest[key];
  return rest;
}
