import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { wordReason } from "@/lib/screen/screen";
import { fsaTimeCredits } from "@/rules/fsa-time-credits";
import { casesFsaTimeCredits } from "./fsa-time-credits.cases";
import { runWorkedCases } from "./worked-case";

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
