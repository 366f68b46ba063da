/**
 * The one harness every path's test file runs over its `<id>.cases.ts` table. Worked legal cases as data
 * (house style § 2.8): each case is named by a sentence stating the legal expectation, cites its source,
 * and asserts status, citations and dates — never wording; and every reason it gives can be put into
 * words, in all three perspectives. Properties every path shares live in registry.test.ts.
 */
import { describe, expect, test } from "vitest";
import type { Facts } from "@/rules/facts/schema";
import { checkFacts } from "@/lib/answers/check";
import { readReasonWords } from "@/lib/content/reasons";
import { wordReason } from "@/lib/engine/screen";
import type { Evaluation, IsoDate, RuleModule } from "@/rules/types";
import { COURT_REASON_KEYS } from "@/rules/shared/court";

export interface WorkedCase {
  /** The legal expectation as a sentence, e.g. "judgment already entered → unlikely under § 3607(a)". */
  name: string;
  /** Where the expectation comes from: its authority, or a section of rules/README.md. */
  source: string;
  asOf: IsoDate;
  facts: Facts;
  expected: {
    status: Evaluation["status"];
    /** Every citation the reasons give, in order. */
    cites?: string[];
    deadline?: IsoDate;
    earliestDeadline?: IsoDate;
    availableFrom?: IsoDate;
    remedies?: Evaluation["remedies"];
    needs?: Evaluation["needs"];
    /** Named estimate values that must match (others may be present). */
    estimate?: Record<string, string | number>;
  };
}

/** Run a path's table of worked cases against its rule module. */
export function runPathCases(rule: RuleModule, cases: readonly WorkedCase[]) {
  describe(`${rule.id}: worked cases`, () => {
    test.for(cases)("$name", ({ facts, asOf, expected }) => {
      // A worked case must itself be a valid fact set, or it proves nothing.
      expect(checkFacts(facts, asOf)).toMatchObject({ ok: true });
      const result = rule.evaluate(facts, asOf);
      expect(result.status).toBe(expected.status);
      if (expected.cites) expect(result.reasons.map((reason) => reason.cite)).toEqual(expected.cites);
      for (const field of ["deadline", "earliestDeadline", "availableFrom"] as const) {
        if (field in expected) expect(result[field], field).toBe(expected[field]);
      }
      if (expected.remedies) expect(result.remedies).toEqual(expected.remedies);
      if (expected.needs) expect(result.needs).toEqual(expected.needs);
      if (expected.estimate) expect(result.estimate).toMatchObject(expected.estimate);
      for (const reason of result.reasons) expect([...Object.keys(rule.reasons), ...COURT_REASON_KEYS]).toContain(reason.key);
    });
  });

  describe(`${rule.id}: worked cases in words`, () => {
    const words = readReasonWords();
    // A missing `{name}` throws in `fillIn`; a left-over brace means a blank was not filled.
    test.for(cases)("every reason of '$name' reads in all three perspectives, without 'eligible'", ({ facts, asOf }) => {
      for (const reason of rule.evaluate(facts, asOf).reasons) {
        for (const perspective of ["self", "family", "counselor"] as const) {
          const text = wordReason(words, rule.id, reason, perspective);
          expect(text).not.toMatch(/\beligib/i);
          expect(text).not.toMatch(/[{}]/);
        }
      }
    });
  });
}
