/**
 * Properties one rule module must have on its own (issue #3 tests), run by the worked-case files of the
 * compassionate release, § 3582(c)(2), FSA § 404, pardon and commutation paths: total over any valid
 * facts, every reason declared, needs only for what is missing, no `incomplete` on complete facts, and a
 * future `availableFrom` only with `not-yet` (contract § 2).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { RuleModule } from "@/rules/types";
import { COURT_REASON_KEYS } from "@/rules/shared/court";
import { arbitraryCompleteFacts, arbitraryFacts } from "../../support/arbitrary-facts";

const AS_OFS = ["2024-01-15", "2026-11-23"];

export function runRuleProperties(rule: RuleModule, runs = 2_000) {
  describe(`${rule.id}: properties`, () => {
    for (const asOf of AS_OFS) test(`over random valid facts as of ${asOf}: total, declared reasons, sound needs and dates`, () => {
      fc.assert(
        fc.property(arbitraryFacts(asOf), (facts) => {
          const result = rule.evaluate(facts, asOf);
          if (result.status === "incomplete") {
            expect(result.needs?.length).toBeGreaterThan(0);
            for (const need of result.needs!) {
              expect(facts[need], `needs ${need}, which is given`).toBeUndefined();
              expect(rule.facts).toContain(need);
            }
            return;
          }
          expect(result.needs).toBeUndefined();
          expect(result.reasons.length).toBeGreaterThan(0);
          for (const reason of result.reasons) {
            expect([...Object.keys(rule.reasons), ...COURT_REASON_KEYS]).toContain(reason.key);
            expect(reason.cite).toMatch(/\S/);
          }
          if (result.status === "not-yet") expect(result.availableFrom! > asOf).toBe(true);
          else if (result.availableFrom !== undefined) {
            expect(["likely", "possible"]).toContain(result.status);
            expect(result.availableFrom <= asOf).toBe(true);
          }
        }),
        { numRuns: runs },
      );
    }, 60_000);

    test("a complete fact object is never incomplete", () => {
      fc.assert(
        fc.property(arbitraryCompleteFacts("2026-11-23"), (facts) => {
          expect(rule.evaluate(facts, "2026-11-23").status).not.toBe("incomplete");
        }),
        { numRuns: runs },
      );
    }, 60_000);
  });
}
