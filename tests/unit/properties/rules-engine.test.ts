/**
 * Properties of the rules engine over PROPERTY_RUNS (50,000) random fact sets (issue #15 item 5; issue #18
 * item 2). The fact sets are drawn once and every path evaluated once (./harness.ts); each named test
 * checks one property on that shared draw, evaluating again only the variants it needs. Contradictory fact
 * sets (rules/facts/contradictions.ts) are left out of the draw: the answers check refuses them.
 */
import { describe, expect, test } from "vitest";
import { RULES } from "@/rules";
import { plusDays } from "@/rules/calendar/dates";
import { FACT_KINDS, FACT_NAMES, type Facts, type FactName } from "@/rules/facts/schema";
import type { Evaluation, IsoDate, PathId } from "@/rules/types";
import { Counterexamples, datesOf, isFourDigitDate, PROPERTY_RUNS, PROPERTY_TIMEOUT, screenings } from "./harness";

const RUNS = `${PROPERTY_RUNS.toLocaleString("en-US")} random fact sets`;

/** The facts whose answers include "unsure", with their concrete answers (a list fact: one answer alone). */
const UNSURE_FACTS = FACT_NAMES.flatMap((name) => {
  const kind = FACT_KINDS[name];
  if (kind.kind !== "choice" && kind.kind !== "list") return [];
  const values = kind.values as readonly string[];
  if (!values.includes("unsure")) return [];
  const as = (value: string) => (kind.kind === "list" ? [value] : value);
  return [{ name, unsure: as("unsure"), concrete: values.filter((value) => value !== "unsure").map(as) }];
});
const isUnsure = (value: unknown) => value === "unsure" || (Array.isArray(value) && value.length === 1 && value[0] === "unsure");

/**
 * A concrete answer another answer already rules out: any custody but "not sentenced" implies a sentence,
 * so with custody given, `caseStatus` "unsure" can only be "sentenced" (rules/pardon.ts, rules/commutation.ts).
 */
const impliedOtherwise = (name: FactName, value: unknown, facts: Facts) =>
  name === "caseStatus" && value !== "sentenced" && facts.custody !== undefined && facts.custody !== "not-sentenced";

/** Property 3: the day the law creating a path took effect, and what it may not say before then. */
const LAW_IN_FORCE: Partial<Record<PathId, { from: IsoDate; never: readonly Evaluation["status"][]; law: string }>> = {
  // First Step Act of 2018, Pub. L. 115-391 (approved 2018-12-21): § 101 time credits, § 404 crack motions.
  "fsa-time-credits": { from: "2018-12-21", never: ["likely", "possible", "not-yet"], law: "First Step Act § 101" },
  "fsa-404": { from: "2018-12-21", never: ["likely", "possible", "not-yet"], law: "First Step Act § 404" },
  // § 603(b) let the person move for compassionate release; before it only the Bureau of Prisons could.
  "compassionate-release": { from: "2018-12-21", never: ["likely"], law: "First Step Act § 603(b)" },
  // Pub. L. 119-73, approved 2026-01-23.
  tsra: { from: "2026-01-23", never: ["likely", "possible", "not-yet"], law: "Trafficking Survivors Relief Act" },
};

describe(`properties of the rules engine over ${RUNS}`, () => {
  test("1. unsure never overclaims: a path likely with X = unsure is likely for every concrete X", { timeout: PROPERTY_TIMEOUT }, () => {
    const bad = new Counterexamples();
    let checked = 0;
    const check = (facts: Facts, asOf: IsoDate, name: FactName, concrete: unknown[], path: number) => {
      checked += 1;
      const rule = RULES[path];
      for (const value of concrete) {
        if (impliedOtherwise(name, value, facts)) continue;
        const status = rule.evaluate({ ...facts, [name]: value } as Facts, asOf).status;
        // A concrete answer that leads to a further question decides nothing yet.
        if (status !== "likely" && status !== "incomplete") bad.add(`${rule.id}: likely with ${name} unsure, ${status} with ${JSON.stringify(value)}`, asOf, facts);
      }
    };
    screenings().forEach(({ asOf, facts, evaluations }, index) => {
      // Every fact already unsure in the draw, on the shared evaluation.
      for (const { name, concrete } of UNSURE_FACTS) {
        if (!isUnsure(facts[name])) continue;
        evaluations.forEach((evaluation, path) => {
          if (evaluation.status === "likely" && RULES[path].facts.includes(name)) check(facts, asOf, name, concrete, path);
        });
      }
      // And one more fact made unsure, in turn.
      const { name, unsure, concrete } = UNSURE_FACTS[index % UNSURE_FACTS.length];
      if (isUnsure(facts[name])) return;
      const withUnsure = { ...facts, [name]: unsure } as Facts;
      RULES.forEach((rule, path) => {
        if (rule.facts.includes(name) && rule.evaluate(withUnsure, asOf).status === "likely") check(withUnsure, asOf, name, concrete, path);
      });
    });
    expect(bad.found).toEqual([]);
    // The property was exercised: paths were often likely with a fact unsure.
    expect(checked).toBeGreaterThan(PROPERTY_RUNS / 15);
  });

  test("2. § 2255: the deadline and the earliest deadline are never before the judgment", () => {
    const bad = new Counterexamples();
    let withDeadline = 0;
    for (const { asOf, facts, evaluations } of screenings()) {
      const result = evaluations[RULES.findIndex((rule) => rule.id === "2255")];
      if (facts.judgmentDate === undefined || result.deadline === undefined) continue;
      withDeadline += 1;
      for (const day of [result.deadline, result.earliestDeadline]) {
        if (day !== undefined && day < facts.judgmentDate) bad.add(`2255: deadline ${day} before the judgment`, asOf, facts);
      }
    }
    expect(bad.found).toEqual([]);
    expect(withDeadline).toBeGreaterThan(PROPERTY_RUNS / 100);
  });

  test("3. no path is likely before the law that creates it (First Step Act 2018-12-21, TSRA 2026-01-23)", () => {
    const bad = new Counterexamples();
    const before: Record<string, number> = {};
    for (const { asOf, facts, evaluations } of screenings()) {
      evaluations.forEach((evaluation, path) => {
        const id = RULES[path].id;
        const law = LAW_IN_FORCE[id];
        if (!law || asOf >= law.from) return;
        if (law.never.includes(evaluation.status)) bad.add(`${id}: ${evaluation.status} before ${law.law} (${law.from})`, asOf, facts);
        if (evaluation.reasons.some((reason) => reason.key === "notYetLaw" || reason.key === "bopMotionOnly")) before[id] = (before[id] ?? 0) + 1;
      });
    }
    expect(bad.found).toEqual([]);
    // Each path was seen open on the facts but closed by the date.
    for (const id of Object.keys(LAW_IN_FORCE)) expect(before[id], id).toBeGreaterThan(0);
  });

  test("4. no projected release or estimate date falls before the custody start", () => {
    const bad = new Counterexamples();
    let estimates = 0;
    for (const { asOf, facts, evaluations } of screenings()) {
      const start = facts.custodyStartDate;
      if (start === undefined) continue;
      evaluations.forEach((evaluation, path) => {
        if (evaluation.estimate) estimates += 1;
        for (const { field, value } of datesOf(evaluation)) {
          const projected = field.startsWith("estimate.") || /release|prerelease|transfer|termEnds/i.test(field);
          if (projected && value < start) bad.add(`${RULES[path].id}: ${field} ${value} before the custody start ${start}`, asOf, facts);
        }
      });
    }
    expect(bad.found).toEqual([]);
    expect(estimates).toBeGreaterThan(PROPERTY_RUNS / 50);
  });

  test("5. every date a path returns is a real YYYY-MM-DD date with a four-digit year, even for absurd terms", () => {
    const bad = new Counterexamples();
    let absurd = 0;
    for (const { asOf, facts, evaluations } of screenings()) {
      if ((facts.prisonMonths ?? 0) > 100_000 || (facts.supervisionMonths ?? 0) > 100_000) absurd += 1;
      evaluations.forEach((evaluation, path) => {
        for (const { field, value } of datesOf(evaluation)) if (!isFourDigitDate(value)) bad.add(`${RULES[path].id}: ${field} is ${value}`, asOf, facts);
      });
    }
    expect(bad.found).toEqual([]);
    expect(absurd).toBeGreaterThan(0);
  });

  test("6. (#18) a criterion met by time alone: not-yet with availableFrom D is no longer not-yet on D, and still not-yet on D − 1", () => {
    const bad = new Counterexamples();
    let notYet = 0;
    for (const { asOf, facts, evaluations } of screenings()) {
      evaluations.forEach((evaluation, path) => {
        if (evaluation.status !== "not-yet") return;
        notYet += 1;
        const rule = RULES[path];
        const day = evaluation.availableFrom!;
        const onDay = rule.evaluate(facts, day).status;
        if (onDay === "not-yet") bad.add(`${rule.id}: still not-yet on its availableFrom ${day}`, asOf, facts);
        const dayBefore = plusDays(day, -1);
        const before = rule.evaluate(facts, dayBefore).status;
        if (before !== "not-yet" && !staleSupervision(rule.id, facts, dayBefore, before)) {
          bad.add(`${rule.id}: ${before} on ${dayBefore}, the day before its availableFrom ${day}`, asOf, facts);
        }
      });
    }
    expect(bad.found).toEqual([]);
    expect(notYet).toBeGreaterThan(PROPERTY_RUNS / 100);
  });
});

/**
 * The one exception to "still not-yet the day before": the pardon's wait may outlast a supervision the
 * person says is still running. Screened later with the same facts, that supervision has passed its
 * expected end, and the rule says (rightly) that it cannot tell when supervision will end: `unlikely`, a
 * negative, never an earlier opening.
 */
function staleSupervision(id: PathId, facts: Facts, day: IsoDate, status: Evaluation["status"]): boolean {
  if (id !== "pardon" || status !== "unlikely") return false;
  const supervised = facts.custody === "supervised-release" || facts.custody === "probation";
  return supervised && facts.supervisionStartDate !== undefined && facts.supervisionMonths !== undefined &&
    RULES.find((rule) => rule.id === "pardon")!.evaluate(facts, day).reasons.some((reason) => reason.key === "supervisionEndUnknown");
}
