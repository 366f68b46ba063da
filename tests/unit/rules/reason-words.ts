/**
 * Checks that a rule's reasons can be put into words: every reason key has a sentence in
 * content/reasons/<path>.md, no sentence is left without a key, and every reason a worked case gives
 * fills all of its blanks for each perspective (a missing `{name}` throws in `fillIn`).
 */
import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { wordReason } from "@/lib/engine/screen";
import type { RuleModule } from "@/rules/types";
import type { WorkedCase } from "./worked-case";

const FORBIDDEN = [/\beligible\b/i, /\beligibility\b/i];

export function checkReasonWords(rule: RuleModule, cases: readonly WorkedCase[]) {
  describe(`${rule.id}: reason words`, () => {
    const words = readReasonWords();
    test("every reason key has words, and every sentence has a key", () => {
      expect(Object.keys(words[rule.id]).sort()).toEqual(Object.keys(rule.reasons).sort());
    });
    test("no sentence says eligible", () => {
      for (const sentence of Object.values(words[rule.id])) for (const bad of FORBIDDEN) expect(sentence).not.toMatch(bad);
    });
    test.for(cases)("words fill in: $name", ({ facts, asOf }) => {
      for (const reason of rule.evaluate(facts, asOf).reasons) {
        for (const perspective of ["self", "family", "counselor"] as const) {
          expect(wordReason(words, rule.id, reason, perspective)).not.toMatch(/[{}]/);
        }
      }
    });
  });
}
