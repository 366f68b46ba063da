/**
 * Dates the person gave only as a year, or as not known (rules/facts/schema.ts `DateCompanions`). One
 * mechanism for every path, applied by the registry (rules/index.ts): the path is evaluated on every day
 * the date could be (rules/facts/date-ranges.ts), and
 * - if every day gives the same result, that is the result;
 * - if every day gives the same status but dates on it differ, the result is the one with the earliest
 *   deadline (or, with no deadline, the latest opening day), with only the remedies every day gives, and a
 *   reason saying the result is the safest one and where to find the exact date;
 * - otherwise the path is `possible`, with a reason naming each date to find and where it is written.
 * A year given is tried on every day of it; a date not known, on every day near the ends of its range and
 * one day in 30 between (`dayIndices`). Days are tried from both ends inward, halving the step, so a
 * change shows early, and only while the rule reads the date (a pure rule that never reads it gives the
 * same result on every day).
 * When a path reads several uncertain dates, each is tried on every day with the others at their first
 * and last days.
 */
import { ORDERED_PAIRS } from "@/rules/facts/contradictions";
import { isDateFact, uncertainDates } from "@/rules/facts/date-answers";
import { dateRange, dayOf, type DateRange } from "@/rules/facts/date-ranges";
import type { DateFact, Facts } from "@/rules/facts/schema";
import { possible } from "@/rules/kit";
import type { Evaluation, IsoDate, Reason, Remedy, RuleModule } from "@/rules/types";

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

/** Days within this many of either end of a long range of a date not known are all tried (see `dayIndices`). */
const NEAR_END = 370;
/** Between them, one day in this many: a turn in the middle (an age, a change in the law) shows on either side of it. */
const STRIDE = 30;

/**
 * The days of a range to try, as offsets from its first day: every day for a year given, or a range of
 * at most 2 × NEAR_END days; else every day within NEAR_END days of either end (where today, the other
 * dates and the rules' day counts put the turning points) and one day in 30 between. A date not known
 * at all can be any of some 45,000 days; trying each would make a page wait.
 */
function dayIndices(range: DateRange, wholeYear: boolean): number[] {
  const all = Array.from({ length: range.days }, (_, i) => i);
  if (wholeYear || range.days <= 2 * NEAR_END) return all;
  return all.filter((i) => i < NEAR_END || i >= range.days - NEAR_END || (i - NEAR_END) % STRIDE === 0);
}

/** Every choice of first or last day for `names`. */
function corners(names: readonly DateFact[], ranges: ReadonlyMap<DateFact, DateRange>): Map<DateFact, IsoDate>[] {
  return names.reduce<Map<DateFact, IsoDate>[]>(
    (all, name) => all.flatMap((corner) => [ranges.get(name)!.first, ranges.get(name)!.last].map((day) => new Map(corner).set(name, day))),
    [new Map()],
  );
}

/** Whether `a` is a safer result to show than `b`: an earlier deadline, else a later opening day, else fewer remedies. */
function safer(a: Evaluation, b: Evaluation): boolean {
  const [da, db] = [a.earliestDeadline ?? a.deadline, b.earliestDeadline ?? b.deadline];
  if (da !== undefined && db !== undefined && da !== db) return da < db;
  if (a.availableFrom !== undefined && b.availableFrom !== undefined && a.availableFrom !== b.availableFrom) return a.availableFrom > b.availableFrom;
  return (a.remedies?.length ?? 0) < (b.remedies?.length ?? 0);
}

const sameRecord = (a: Readonly<Record<string, unknown>> | undefined, b: Readonly<Record<string, unknown>> | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((key) => a[key] === b[key]));

/** Whether two results of the same status say the same: reasons, dates, remedies, estimate. */
function sameResult(a: Evaluation, b: Evaluation): boolean {
  return (
    a.deadline === b.deadline &&
    a.earliestDeadline === b.earliestDeadline &&
    a.availableFrom === b.availableFrom &&
    String(a.remedies) === String(b.remedies) &&
    sameRecord(a.estimate, b.estimate) &&
    a.reasons.length === b.reasons.length &&
    a.reasons.every((reason, i) => reason.key === b.reasons[i].key && reason.cite === b.reasons[i].cite && sameRecord(reason.vars, b.reasons[i].vars))
  );
}

/** The results of the days tried so far. */
class Days {
  first?: Evaluation;
  safest?: Evaluation;
  varies = false;
  /** The remedies every day gives. */
  remedies?: readonly Remedy[];

  /** Adds one day's result; returns true when the status differs from an earlier day's (or is incomplete). */
  add(result: Evaluation): boolean {
    if (!this.first) {
      [this.first, this.safest, this.remedies] = [result, result, result.remedies];
      return result.status === "incomplete";
    }
    if (result.status !== this.first.status || result.status === "incomplete") return true;
    if (!this.varies) this.varies = !sameResult(result, this.first);
    if (safer(result, this.safest!)) this.safest = result;
    this.remedies = this.remedies?.filter((remedy) => result.remedies?.includes(remedy));
    return false;
  }
}

function overEveryDay(rule: RuleModule, facts: Facts, asOf: IsoDate, uncertain: readonly DateFact[]): Evaluation {
  const ranges = new Map(uncertain.map((name) => [name, dateRange(facts, name, asOf)]));
  const reads = new Set<DateFact>();
  const days = new Days();
  // First every date on its first day, noting which dates the rule reads: one it never reads is left there.
  const firstDays = new Map(uncertain.map((name) => [name, ranges.get(name)!.first]));
  const opening = rule.evaluate(probe(facts, firstDays, reads), asOf);
  let differs = days.add(opening) ? opening : undefined;
  const tried = new Set<DateFact>();
  for (let varied = uncertain.find((name) => reads.has(name)); varied && !differs; varied = uncertain.find((name) => reads.has(name) && !tried.has(name))) {
    tried.add(varied);
    const range = ranges.get(varied)!;
    const indices = dayIndices(range, facts.dateYears?.[varied] !== undefined);
    for (const corner of corners(uncertain.filter((name) => name !== varied && reads.has(name)), ranges)) {
      const base: Facts = { ...facts, ...Object.fromEntries(firstDays), ...Object.fromEntries(corner) };
      let first = true;
      for (const index of visitOrder(indices.length)) {
        const day = dayOf(range, indices[index]);
        if (corner.size > 0 && !inOrder(new Map(corner).set(varied, day))) continue;
        // The first day of a line is tried noting what the rule reads; the others plainly, which is faster.
        const read = new Set<DateFact>();
        const result = rule.evaluate(first ? probe(base, new Map(firstDays).set(varied, day), read) : { ...base, [varied]: day }, asOf);
        if (days.add(result)) {
          differs = result;
          break;
        }
        if (first) {
          for (const name of read) reads.add(name);
          // Not read on this day: the rule takes the same steps, so gives the same result, on every day of it.
          if (!read.has(varied)) break;
          first = false;
        }
      }
      if (differs) break;
    }
  }
  if (differs?.status === "incomplete") return differs;
  const toFind = uncertain.filter((name) => reads.has(name));
  const findReasons = toFind.map((name): Reason => ({ key: FIND_DATE_REASON[name], cite: rule.citation }));
  if (differs) return possible([{ key: DEPENDS_ON_DATE, cite: rule.citation }, ...findReasons]);
  if (!days.varies) return days.first!;
  const safest = days.safest!;
  const basis = toFind.every((name) => facts.dateYears?.[name] !== undefined) ? SAFEST_DATES.year : SAFEST_DATES.unknown;
  const shown: Evaluation = { ...safest, reasons: [...safest.reasons, { key: basis, cite: rule.citation }, ...findReasons] };
  if (days.remedies !== undefined) shown.remedies = days.remedies;
  return shown;
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
