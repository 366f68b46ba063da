import { describe, expect, test } from "vitest";
import { tsra } from "@/rules/tsra";
import { casesTsra } from "./tsra.cases";
import { runPathCases } from "./worked-case";

runPathCases(tsra, casesTsra);

describe("tsra: the sentence-reduction reason (18 U.S.C. § 3771A(a))", () => {
  // The three reasons cite the same definition, so the citations alone cannot tell them apart.
  const REDUCTION_KEYS = ["sentenceReduction", "reductionAfterRelease", "reductionNeedsPrisonSentence"];
  test.for(casesTsra.filter((one) => one.reduction !== undefined))("$name: says $reduction", ({ facts, asOf, reduction }) => {
    const keys = tsra.evaluate(facts, asOf).reasons.map((one) => one.key);
    expect(keys.filter((key) => REDUCTION_KEYS.includes(key))).toEqual([reduction]);
  });
});
