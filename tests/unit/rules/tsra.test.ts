import fc from "fast-check";
import type { Reason } from "@/rules/types";
import { factsArbitrary, PROPERTY_AS_OF } from "./good-conduct-time.cases";
import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { wordReason } from "@/lib/engine/screen";
import { tsra } from "@/rules/tsra";
import { casesTsra } from "./tsra.cases";
import { runWorkedCases } from "./worked-case";

/** The court reasons (rules/shared/court.ts) carry the path's own citation. */
const COURT_CITES = (reason: Reason): Record<string, string> => ({ unsureWhichCourt: reason.cite, notFederalDistrictCourt: reason.cite });

runWorkedCases(tsra, casesTsra);

describe("tsra: the sentence-reduction reason (brief § 5 row 3a, § g-2 T7)", () => {
  // The three reasons cite the same definition, so the citations alone cannot tell them apart.
  const REDUCTION_KEYS = ["sentenceReduction", "reductionAfterRelease", "reductionNeedsPrisonSentence"];
  test.for(casesTsra.filter((one) => one.reduction !== undefined))("$name: says $reduction", ({ facts, asOf, reduction }) => {
    const keys = tsra.evaluate(facts, asOf).reasons.map((one) => one.key);
    expect(keys.filter((key) => REDUCTION_KEYS.includes(key))).toEqual([reduction]);
  });
});

describe("tsra: words", () => {
  const words = readReasonWords();
  test("every reason key has words in content/reasons/tsra.md, and no other keys are there", () => {
    expect(Object.keys(words["tsra"]).sort()).toEqual(Object.keys(tsra.reasons).sort());
  });
  test.for(casesTsra)("every reason of '$name' reads in all three perspectives, without 'eligible'", ({ facts, asOf }) => {
    for (const reason of tsra.evaluate(facts, asOf).reasons) {
      for (const perspective of ["self", "family", "counselor"] as const) {
        const text = wordReason(words, "tsra", reason, perspective);
        expect(text).not.toMatch(/\beligib/i);
        expect(text).not.toMatch(/[{}]/);
      }
    }
  });
});

describe("tsra: properties (fast-check)", () => {
  test("never throws on any facts; a contract status; never incomplete once every fact it reads is given", () => {
    fc.assert(
      fc.property(factsArbitrary(tsra.facts, false), (facts) => {
        const result = tsra.evaluate(facts, PROPERTY_AS_OF);
        expect(result.status).not.toBe("incomplete");
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const reason of result.reasons) expect(reason.cite).toBe({ ...tsra.reasons, ...COURT_CITES(reason) }[reason.key]);
      }),
      { numRuns: 3000 },
    );
  });
  test("partial facts: incomplete only names facts not yet given, and only facts the path reads", () => {
    fc.assert(
      fc.property(factsArbitrary(tsra.facts, true), (facts) => {
        const result = tsra.evaluate(facts, PROPERTY_AS_OF);
        if (result.status !== "incomplete") return;
        expect(result.needs!.length).toBeGreaterThan(0);
        for (const name of result.needs!) {
          expect(facts[name]).toBeUndefined();
          expect(tsra.facts).toContain(name);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
