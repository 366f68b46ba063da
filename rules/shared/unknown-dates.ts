/**
 * Dates the person gave only as a year, or as not known (rules/facts/schema.ts `DateCompanions`). One
 * mechanism for every path, applied by the registry (rules/index.ts): the path is evaluated on every day
 * the date could be (rules/facts/date-ranges.ts), and
 * - if every day gives the same result, that is the result;
 * - if every day gives the same status but dates on it differ, the result is the one with the earliest
 *   deadline (or, with no deadline, the latest opening day), with a reason saying the dates are the safest
 *   ones and where to find the exact date;
 * - otherwise the path is `possible`, with a reason naming each date to find and where it is written.
 * A day is only tried while the rule reads the date (a pure rule that never reads it gives the same result
 * on every day), and days are tried from both ends inward, halving the step, so a change shows early.
 * When a path reads several uncertain dates, each is tried on every day with the others at their first
 * and last days.
 */
import { ORDERED_PAIRS } from "@/rules/facts/contradictions";
import { isDateFact, uncertainDates } from "@/rules/facts/date-answers";
import { dateRange, dayOf, type DateRange } from "@/rules/facts/date-ranges";
import type { DateFact, Facts } from "@/rules/facts/schema";
import { possible } from "@/rules/kit";
import type { Evaluation, IsoDate, Reason, RuleModule } from "@/rules/types";

/** The reason naming the date to find, per date fact (words: content/reasons/common.md). */
export const FIND_DATE_REASON: Readonly<Record<DateFact, string>> = {
  birthDate: "findBirthDate",
  offenseDate: "findOffenseDate",
  custodyStartDate: "findCustodyStartDate",
  releaseDate: "findReleaseDate",
  supervisionStartDate: "findSupervisionStartDate",
  supervisionEndDate: "findSupervisionEndDate",
  judgmentDate: "findJudgmentDate",
  appealDecisionDate: "findAppealDecisionDate",
  certiorariDate: "findCertiorariDate",
  wardenRequestDate: "findWardenRequestDate",
};
/** The status depends on the exact day. */
export const DEPENDS_ON_DATE = "dependsOnExactDate";
/** The status does not, but the dates shown are the safest ones: from a year only, or from a date not known. */
export const SAFEST_DATES = { year: "datesFromYearOnly", unknown: "datesFromUnknownDate" } as const;

type Assignment = ReadonlyMap<DateFact, IsoDate>;

/** Indices 0 … n−1: both ends, then inward at halving steps, each once. */
function* visitOrder(n: number): Generator<number> {
  yield 0;
  if (n > 1) yield n - 1;
  let step = 1;
  while (step * 2 < n) step *= 2;
  for (; step >= 1; step /= 2) for (let i = step; i < n - 1; i += 2 * step) yield i;
}

/** The facts with the assigned days, noting each assigned date the rule reads. */
function probe(facts: Facts, values: Assignment, reads: Set<DateFact>): Facts {
  const copy: Facts = { ...facts };
  for (const [name, value] of values) {
    Object.defineProperty(copy, name, { get: () => (reads.add(name), value), enumerable: true, configurable: true });
  }
  return copy;
}

/** Whether the assigned days keep the dates in order among themselves. */
function inOrder(values: Assignment): boolean {
  return ORDERED_PAIRS.every(([before, after]) => {
    const [a, b] = [values.get(before), values.get(after)];
    return a === undefined || b === undefined || a <= b;
  });
}

/** Every choice of first or last day for `names`. */
function corners(names: readonly DateFact[], ranges: ReadonlyMap<DateFact, DateRange>): Map<DateFact, IsoDate>[] {
  return names.reduce<Map<DateFact, IsoDate>[]>(
    (all, name) => all.flatMap((corner) => [ranges.get(name)!.first, ranges.get(name)!.last].map((day) => new Map(corner).set(name, day))),
    [new Map()],
  );
}

/** Whether `a` is a safer result to show than `b`: an earlier deadline, else a later opening day. */
function safer(a: Evaluation, b: Evaluation): boolean {
  const [da, db] = [a.earliestDeadline ?? a.deadline, b.earliestDeadline ?? b.deadline];
  if (da !== undefined && db !== undefined) return da < db;
  return a.availableFrom !== undefined && b.availableFrom !== undefined && a.availableFrom > b.availableFrom;
}

/** The results of the days tried so far. */
class Days {
  first?: Evaluation;
  firstText = "";
  safest?: Evaluation;
  varies = false;

  /** Adds one day's result; returns true when the status differs from an earlier day's (or is incomplete). */
  add(result: Evaluation): boolean {
    if (!this.first) {
      [this.first, this.safest, this.firstText] = [result, result, JSON.stringify(result)];
      return result.status === "incomplete";
    }
    if (result.status !== this.first.status || result.status === "incomplete") return true;
    if (!this.varies) this.varies = JSON.stringify(result) !== this.firstText;
    if (safer(result, this.safest!)) this.safest = result;
    return false;
  }
}

function overEveryDay(rule: RuleModule, facts: Facts, asOf: IsoDate, uncertain: readonly DateFact[]): Evaluation {
  const ranges = new Map(uncertain.map((name) => [name, dateRange(facts, name, asOf)]));
  const reads = new Set<DateFact>();
  const days = new Days();
  let differs: Evaluation | undefined;
  search: for (const varied of uncertain) {
    const range = ranges.get(varied)!;
    for (const corner of corners(uncertain.filter((name) => name !== varied), ranges)) {
      for (const index of visitOrder(range.days)) {
        const values = new Map(corner).set(varied, dayOf(range, index));
        if (!inOrder(values)) continue;
        const read = new Set<DateFact>();
        const result = rule.evaluate(probe(facts, values, read), asOf);
        for (const name of read) reads.add(name);
        if (days.add(result)) {
          differs = result;
          break search;
        }
        // Not read on this day: the rule takes the same steps, so gives the same result, on every day of it.
        if (!read.has(varied)) break;
      }
    }
  }
  if (differs?.status === "incomplete") return differs;
  const toFind = days.first ? uncertain.filter((name) => reads.has(name)) : uncertain;
  const findReasons = toFind.map((name): Reason => ({ key: FIND_DATE_REASON[name], cite: rule.citation }));
  if (differs || !days.first) return possible([{ key: DEPENDS_ON_DATE, cite: rule.citation }, ...findReasons]);
  if (!days.varies) return days.first;
  const safest = days.safest!;
  const basis = toFind.every((name) => facts.dateYears?.[name] !== undefined) ? SAFEST_DATES.year : SAFEST_DATES.unknown;
  return { ...safest, reasons: [...safest.reasons, { key: basis, cite: rule.citation }, ...findReasons] };
}

/** `rule`, deciding on a date given as a year or not known only what every day it could be decides. */
export function withUncertainDates(rule: RuleModule): RuleModule {
  const dates = rule.facts.filter(isDateFact);
  if (dates.length === 0) return rule;
  const reasons = {
    ...rule.reasons,
    [DEPENDS_ON_DATE]: rule.citation,
    [SAFEST_DATES.year]: rule.citation,
    [SAFEST_DATES.unknown]: rule.citation,
    ...Object.fromEntries(dates.map((name) => [FIND_DATE_REASON[name], rule.citation])),
  };
  return {
    ...rule,
    reasons,
    evaluate(facts, asOf) {
      const uncertain = uncertainDates(facts).filter((name) => dates.includes(name));
      return uncertain.length === 0 ? rule.evaluate(facts, asOf) : overEveryDay(rule, facts, asOf, uncertain);
    },
  };
}
