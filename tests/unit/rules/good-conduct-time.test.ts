import fc from "fast-check";
import type { Reason } from "@/rules/types";
import { factsArbitrary, PROPERTY_AS_OF } from "./good-conduct-time.cases";
import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { wordReason } from "@/lib/engine/screen";
import { goodConductTime } from "@/rules/good-conduct-time";
import { casesGoodConductTime } from "./good-conduct-time.cases";
import { runWorkedCases } from "./worked-case";

/** The court reasons (rules/shared/court.ts) carry the path's own citation. */
const COURT_CITES = (reason: Reason): Record<string, string> => ({ unsureWhichCourt: reason.cite, notFederalDistrictCourt: reason.cite });

runWorkedCases(goodConductTime, casesGoodConductTime);

describe("good-conduct-time: words", () => {
  const words = readReasonWords();
  test("every reason key has words in content/reasons/good-conduct-time.md, and no other keys are there", () => {
    expect(Object.keys(words["good-conduct-time"]).sort()).toEqual(Object.keys(goodConductTime.reasons).sort());
  });
  test.for(casesGoodConductTime)("every reason of '$name' reads in all three perspectives, without 'eligible'", ({ facts, asOf }) => {
    for (const reason of goodConductTime.evaluate(facts, asOf).reasons) {
      for (const perspective of ["self", "family", "counselor"] as const) {
        const text = wordReason(words, "good-conduct-time", reason, perspective);
        expect(text).not.toMatch(/\beligib/i);
        expect(text).not.toMatch(/[{}]/);
      }
    }
  });
});

describe("good-conduct-time: properties (fast-check)", () => {
  test("never throws on any facts; a contract status; never incomplete once every fact it reads is given", () => {
    fc.assert(
      fc.property(factsArbitrary(goodConductTime.facts, false), (facts) => {
        const result = goodConductTime.evaluate(facts, PROPERTY_AS_OF);
        expect(result.status).not.toBe("incomplete");
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) expect(reason.cite).toBe({ ...goodConductTime.reasons, ...COURT_CITES(reason) }[reason.key]);
      }),
      { numRuns: 3000 },
    );
  });
  test("partial facts: incomplete only names facts not yet given, and only facts the path reads", () => {
    fc.assert(
      fc.property(factsArbitrary(goodConductTime.facts, true), (facts) => {
        const result = goodConductTime.evaluate(facts, PROPERTY_AS_OF);
        if (result.status !== "incomplete") return;
        expect(result.needs!.length).toBeGreaterThan(0);
        for (const name of result.needs!) {
          expect(facts[name]).toBeUndefined();
          expect(goodConductTime.facts).toContain(name);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
