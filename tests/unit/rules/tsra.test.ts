import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { wordReason } from "@/lib/screen/screen";
import { tsra } from "@/rules/tsra";
import { casesTsra } from "./tsra.cases";
import { runWorkedCases } from "./worked-case";

runWorkedCases(tsra, casesTsra);

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
