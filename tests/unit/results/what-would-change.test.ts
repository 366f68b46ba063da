import { describe, expect, test } from "vitest";
import { FACT_NAMES, type FactName, type Facts } from "@/rules/facts/schema";
import { LAWYER_CAN_CHECK, valuesOf, whatWouldChange } from "@/lib/engine/what-would-change";
import { PATH_IDS } from "@/rules/types";
import { ruleFor } from "@/rules";
import { AS_OF } from "./fixtures";

/** Found guilty of simple possession, no § 3607 disposition yet: § 3607 turns on the prior-record answers. */
const base: Facts = {
  court: "federal",
  caseStatus: "found-guilty",
  simplePossession: "yes",
  disposition3607: "none",
  priorDrugConviction: "no",
  prior3607: "no",
  birthDate: "2005-01-01",
  offenseDate: "2025-06-01",
};

describe("what would change this (§ 3607, re-running the rule itself)", () => {
  test("the case is a likely one: nothing can improve it, so nothing is shown", () => {
    expect(ruleFor("3607").evaluate(base, AS_OF).status).toBe("likely");
    expect(whatWouldChange(base, AS_OF, "3607")).toEqual([]);
  });

  test("'not sure' about a prior drug conviction: answering 'no' would make it likely", () => {
    const facts: Facts = { ...base, priorDrugConviction: "unsure" };
    expect(ruleFor("3607").evaluate(facts, AS_OF).status).toBe("possible");
    expect(whatWouldChange(facts, AS_OF, "3607")).toContainEqual({ fact: "priorDrugConviction", value: "no", status: "likely" });
  });

  test("a prior drug conviction makes it unlikely; 'no' would make it likely; 'not sure' is never offered", () => {
    const facts: Facts = { ...base, priorDrugConviction: "yes" };
    const changes = whatWouldChange(facts, AS_OF, "3607");
    expect(changes).toContainEqual({ fact: "priorDrugConviction", value: "no", status: "likely" });
    expect(changes.some((c) => c.value === "unsure")).toBe(false);
  });

  test("at most one change per fact: the best one", () => {
    const facts: Facts = { ...base, priorDrugConviction: "yes" };
    const changes = whatWouldChange(facts, AS_OF, "3607");
    expect(new Set(changes.map((c) => c.fact)).size).toBe(changes.length);
  });

  test("only facts the person answered: a change that would need a new answer is not shown", () => {
    const { prior3607: _omitted, ...rest } = base;
    void _omitted;
    const facts: Facts = { ...rest, priorDrugConviction: "yes" };
    // 'no' would now need the prior-§ 3607 answer first (incomplete), so it is not an improvement to show.
    expect(whatWouldChange(facts, AS_OF, "3607").some((c) => c.fact === "priorDrugConviction")).toBe(false);
  });

  test("a change that leaves the status the same or worse is not shown", () => {
    const facts: Facts = { ...base, priorDrugConviction: "unsure" };
    const changes = whatWouldChange(facts, AS_OF, "3607");
    for (const change of changes) expect(["likely", "not-yet"]).toContain(change.status);
    expect(changes.some((c) => c.fact === "caseStatus" && c.value === "sentenced")).toBe(false);
  });

  test("a path that does not fit the case shows nothing", () => {
    const facts: Facts = { ...base, court: "state" };
    expect(ruleFor("3607").evaluate(facts, AS_OF).status).toBe("not-applicable");
    expect(whatWouldChange(facts, AS_OF, "3607")).toEqual([]);
  });

  test("the values tried come from the facts schema; dates and numbers are not guessed", () => {
    expect(valuesOf("priorDrugConviction")).toEqual({ kind: "choice", values: ["yes", "no", "unsure"] });
    expect(valuesOf("crReasons")?.kind).toBe("list");
    expect(valuesOf("birthDate")).toBeUndefined();
    expect(valuesOf("prisonMonths")).toBeUndefined();
  });
});

describe("what a lawyer may check: only facts a record or a lawyer could show to be different", () => {
  const NEVER: FactName[] = [
    "perspective", "court", "courtState", "citizenship", "caseStatus", "custody", "supervisedReleaseOrdered",
    "appeal", "certiorari", "continuingConsequences", "crReasons", "wardenRequest", "riskLevel",
    "traffickingSurvivor", "diplomaOrGed", "lifeSentence", "supervisionViolations",
  ];

  test("the allowed list names none of the answers a person simply knows, and no date or number", () => {
    for (const fact of NEVER) expect(LAWYER_CAN_CHECK.has(fact), fact).toBe(false);
    for (const fact of LAWYER_CAN_CHECK) expect(valuesOf(fact), fact).toBeDefined();
  });

  test("every fact with a fixed set of answers is either allowed or left out on purpose", () => {
    const fixed = FACT_NAMES.filter((fact) => valuesOf(fact) !== undefined);
    expect(fixed.filter((fact) => !LAWYER_CAN_CHECK.has(fact) && !NEVER.includes(fact))).toEqual([]);
  });

  test("a person on supervised release is never told that being in prison would help (issue 12)", () => {
    const facts: Facts = {
      court: "federal", caseStatus: "sentenced", custody: "supervised-release", birthDate: "1990-10-10", offenseDate: "2019-02-01",
      simplePossession: "no", prisonMonths: 30, supervisedReleaseOrdered: "yes", felony: "yes", judgmentDate: "2020-03-01",
      custodyStartDate: "2020-06-01", releaseDate: "2022-07-01", supervisionStartDate: "2022-07-01", supervisionMonths: 60,
      crReasons: ["terminal-illness"], wardenRequest: "not-submitted", citizenship: "citizen", courtState: "PA",
    };
    for (const path of PATH_IDS) {
      const changes = whatWouldChange(facts, AS_OF, path);
      for (const change of changes) expect(LAWYER_CAN_CHECK.has(change.fact), `${path}: ${change.fact}`).toBe(true);
      expect(changes.some((c) => c.fact === "custody" || c.fact === "courtState" || c.fact === "perspective"), path).toBe(false);
    }
  });
});
