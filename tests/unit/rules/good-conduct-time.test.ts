import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { wordReason } from "@/lib/screen/screen";
import { goodConductTime } from "@/rules/good-conduct-time";
import { casesGoodConductTime } from "./good-conduct-time.cases";
import { runWorkedCases } from "./worked-case";

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
