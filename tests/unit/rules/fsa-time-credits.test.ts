import fc from "fast-check";
import type { Reason } from "@/rules/types";
import { factsArbitrary, PROPERTY_AS_OF } from "./good-conduct-time.cases";
import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { wordReason } from "@/lib/engine/screen";
import { fsaTimeCredits } from "@/rules/fsa-time-credits";
import { casesFsaTimeCredits } from "./fsa-time-credits.cases";
import { runWorkedCases } from "./worked-case";

/** The court reasons (rules/shared/court.ts) carry the path's own citation. */
const COURT_CITES = (reason: Reason): Record<string, string> => ({ unsureWhichCourt: reason.cite, notFederalDistrictCourt: reason.cite });

runWorkedCases(fsaTimeCredits, casesFsaTimeCredits);

describe("fsa-time-credits: words", () => {
  const words = readReasonWords();
  test("every reason key has words in content/reasons/fsa-time-credits.md, and no other keys are there", () => {
    expect(Object.keys(words["fsa-time-credits"]).sort()).toEqual(Object.keys(fsaTimeCredits.reasons).sort());
  });
  test.for(casesFsaTimeCredits)("every reason of '$name' reads in all three perspectives, without 'eligible'", ({ facts, asOf }) => {
    for (const reason of fsaTimeCredits.evaluate(facts, asOf).reasons) {
      for (const perspective of ["self", "family", "counselor"] as const) {
        const text = wordReason(words, "fsa-time-credits", reason, perspective);
        expect(text).not.toMatch(/\beligib/i);
        expect(text).not.toMatch(/[{}]/);
      }
    }
  });
});

describe("fsa-time-credits: properties (fast-check)", () => {
  test("never throws on any facts; a contract status; never incomplete once every fact it reads is given", () => {
    fc.assert(
      fc.property(factsArbitrary(fsaTimeCredits.facts, false), (facts) => {
        const result = fsaTimeCredits.evaluate(facts, PROPERTY_AS_OF);
        expect(result.status).not.toBe("incomplete");
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) expect(reason.cite).toBe({ ...fsaTimeCredits.reasons, ...COURT_CITES(reason) }[reason.key]);
      }),
      { numRuns: 3000 },
    );
  });
  test("partial facts: incomplete only names facts not yet given, and only facts the path reads", () => {
    fc.assert(
      fc.property(factsArbitrary(fsaTimeCredits.facts, true), (facts) => {
        const result = fsaTimeCredits.evaluate(facts, PROPERTY_AS_OF);
        if (result.status !== "incomplete") return;
        expect(result.needs!.length).toBeGreaterThan(0);
        for (const name of result.needs!) {
          expect(facts[name]).toBeUndefined();
          expect(fsaTimeCredits.facts).toContain(name);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
