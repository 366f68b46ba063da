/**
 * Issue #18 item 2: a step the person can still take (a request, motion, petition or application not yet
 * made) is never treated as an unmet criterion. For every fact that records such a step, a truthful "not
 * yet" never gives a worse bucket than "I'm not sure" on the same facts, on every path (buckets: positive =
 * likely, possible, not-yet; negative = unlikely, not-applicable).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Facts, FactName } from "@/rules/facts/schema";
import { RULES } from "@/rules";
import type { Status } from "@/rules/types";
import { arbitraryFacts } from "../../support/arbitrary-facts";

const AS_OF = "2026-11-23";

interface StepFact {
  fact: FactName;
  notYet: string;
  unsure: string;
  /** Facts that only make sense once the step is taken, dropped from both versions. */
  after: readonly FactName[];
  /** When the step can still be taken (a finished case leaves no step to take). */
  open: (facts: Facts) => boolean;
}

/** The audit's step facts (see the lead's report): each records a step the person may still take. */
const STEP_FACTS: readonly StepFact[] = [
  // § 3582(c)(1)(A): the request to the warden.
  { fact: "wardenRequest", notYet: "not-submitted", unsure: "unsure", after: ["wardenRequestDate"], open: () => true },
  // § 3607(a): the disposition is asked for after a finding of guilt, before judgment.
  { fact: "disposition3607", notYet: "none", unsure: "unsure", after: [], open: (f) => f.caseStatus === "found-guilty" },
];

const bucket = (status: Status): "positive" | "negative" | undefined =>
  status === "incomplete" ? undefined : status === "unlikely" || status === "not-applicable" ? "negative" : "positive";

describe("a step not yet taken is never a bar (issue #18 item 2)", () => {
  test.for(STEP_FACTS.map((step) => [step.fact, step] as const))("%s: 'not yet' never gives a worse bucket than 'not sure', over 10,000 random fact sets", { timeout: 120_000 }, ([, step]) => {
    fc.assert(
      fc.property(arbitraryFacts(AS_OF), (drawn) => {
        const facts: Facts = { ...drawn };
        for (const name of step.after) delete facts[name];
        if (!step.open(facts)) return;
        const notYet = { ...facts, [step.fact]: step.notYet } as Facts;
        const unsure = { ...facts, [step.fact]: step.unsure } as Facts;
        for (const rule of RULES) {
          const ifNotYet = bucket(rule.evaluate(notYet, AS_OF).status);
          const ifUnsure = bucket(rule.evaluate(unsure, AS_OF).status);
          if (ifNotYet === undefined || ifUnsure === undefined) continue;
          if (ifUnsure === "positive") expect(ifNotYet, `${rule.id}: ${step.fact} = ${step.notYet}`).toBe("positive");
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
