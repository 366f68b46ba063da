/**
 * The harness for threshold cases (issue #15 item 7): every date and age threshold in rules/ is worked on
 * the day before, the day, and the day after. Stricter than the worked-case harness on purpose, so that a
 * one-day slip fails a test: each case names every reason key it expects, in order (with the values the
 * words need, where given), and every date field is checked — a field the case does not name must be absent.
 */
import { expect, test } from "vitest";
import type { Facts } from "@/rules/facts/schema";
import { checkFacts } from "@/lib/answers/check";
import type { Evaluation, IsoDate, Reason, RuleModule } from "@/rules/types";

/** A reason's key, or its key and the values its words need (all of them). */
export type ExpectedReason = string | { key: string; vars: NonNullable<Reason["vars"]> };

export interface ThresholdCase {
  /** The legal expectation on that day, e.g. "the day before the 65th birthday → not-yet". */
  name: string;
  /** The threshold's source: statute, guideline, case or a section of rules/README.md. */
  source: string;
  asOf: IsoDate;
  /** Checked as the facts schema at run time (the first assertion), so written freely, `as const` included. */
  facts: object;
  expected: {
    status: Evaluation["status"];
    /** Every reason, in order. */
    reasons?: readonly ExpectedReason[];
    deadline?: IsoDate;
    earliestDeadline?: IsoDate;
    availableFrom?: IsoDate;
    remedies?: Evaluation["remedies"];
    needs?: Evaluation["needs"];
    /** Named estimate values that must match (others may be present). */
    estimate?: Record<string, string | number>;
  };
}

const shape = (reason: Reason): ExpectedReason => (reason.vars ? { key: reason.key, vars: reason.vars } : reason.key);
const expectedShape = (reason: ExpectedReason, actual: Reason | undefined): ExpectedReason =>
  // A bare key in the table checks the key only.
  typeof reason === "string" && actual?.vars ? { key: reason, vars: actual.vars } : reason;

/** Run a table of threshold cases against a rule module. */
export function runThresholdCases(rule: RuleModule, cases: readonly ThresholdCase[]) {
  test.for(cases)(`${rule.id}: $name`, ({ facts, asOf, expected }) => {
    // A case must itself be a valid fact set, or it proves nothing.
    expect(checkFacts(facts, asOf)).toMatchObject({ ok: true });
    const result = rule.evaluate(facts as Facts, asOf);
    expect(result.status).toBe(expected.status);
    for (const field of ["deadline", "earliestDeadline", "availableFrom"] as const) {
      expect(result[field], field).toBe(expected[field]);
    }
    if (expected.reasons) {
      const actual = result.reasons.map(shape);
      expect(actual).toEqual(expected.reasons.map((reason, i) => expectedShape(reason, result.reasons[i])));
      const table = rule.reasons as Record<string, string>;
      for (const reason of result.reasons) if (reason.key in table) expect(reason.cite).toBe(table[reason.key]);
    }
    if (expected.remedies) expect(result.remedies).toEqual(expected.remedies);
    if (expected.needs) expect(result.needs).toEqual(expected.needs);
    if (expected.estimate) expect(result.estimate).toMatchObject(expected.estimate);
  });
}
