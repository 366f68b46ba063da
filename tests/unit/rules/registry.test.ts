/**
 * Registry-wide properties of the rules engine (issue #3 tests): over thousands of random valid fact
 * objects every path answers, in order, with a contract status, cited reasons that have words, and
 * needs that the app can actually ask.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { FACT_NAMES } from "@/rules/facts/schema";
import { evaluateAll, screen } from "@/lib/engine/screen";
import { RULES } from "@/rules";
import { COURT_REASON_KEYS } from "@/rules/shared/court";
import { PATH_IDS, STATUSES } from "@/rules/types";
import { arbitraryCompleteFacts, arbitraryFacts } from "../../support/arbitrary-facts";

const AS_OF = "2026-11-23";
const words = readReasonWords();
const RUNS = 10_000;

describe("the registry", () => {
  test("lists one module per path id, in the contract's order", () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...PATH_IDS]);
  });

  test.for(RULES.map((rule) => [rule.id, rule] as const))("%s: every reason key has a citation and words in content/reasons", ([id, rule]) => {
    for (const [key, cite] of Object.entries(rule.reasons)) {
      expect(cite, key).toMatch(/\S/);
      expect(words[id][key] ?? words.common[key], `${id}.${key} has no words`).toBeDefined();
    }
  });

  test.for(PATH_IDS.map((id) => [id] as const))("%s: every sentence in content/reasons belongs to a reason the rule can give (no orphans)", ([id]) => {
    const rule = RULES.find((r) => r.id === id)!;
    for (const key of Object.keys(words[id])) expect(Object.keys(rule.reasons), `${id}.${key}`).toContain(key);
  });

  test.for(RULES.map((rule) => [rule.id, rule] as const))("%s: reads only facts of the contract", ([, rule]) => {
    for (const fact of rule.facts) expect(FACT_NAMES).toContain(fact);
  });

  test("with no facts at all, every path waits for facts (incomplete) and never throws", () => {
    for (const { evaluation } of evaluateAll({}, AS_OF)) expect(evaluation.status).toBe("incomplete");
  });
});

describe(`properties over ${RUNS.toLocaleString("en-US")} random valid fact objects`, () => {
  test("never throws; 13 results in order; contract statuses; cited reasons with words; sound needs and dates", () => {
    fc.assert(
      fc.property(arbitraryFacts(AS_OF), (facts) => {
        const { results } = screen(facts, AS_OF, words);
        expect(results.map((r) => r.path)).toEqual([...PATH_IDS]);
        for (const result of results) {
          const rule = RULES.find((r) => r.id === result.path)!;
          expect(STATUSES).toContain(result.status);
          expect(result.reasons.length).toBeGreaterThan(0);
          for (const reason of result.reasons) {
            expect(reason.cite).toMatch(/\S/);
            expect(reason.text).toMatch(/\S/);
            if (result.status !== "incomplete") expect([...Object.keys(rule.reasons), ...COURT_REASON_KEYS]).toContain(reason.key);
          }
          if (result.status === "not-yet") expect(result.availableFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (result.status === "incomplete") {
            expect(result.needs?.length).toBeGreaterThan(0);
            // The app can only ask for what is missing: a need that is already answered would loop forever.
            for (const need of result.needs!) expect(facts[need], `${result.path} needs ${need}, which is given`).toBeUndefined();
          } else {
            expect(result.needs).toBeUndefined();
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  test("a complete fact object never leaves a path incomplete", () => {
    fc.assert(
      fc.property(arbitraryCompleteFacts(AS_OF), (facts) => {
        for (const { rule, evaluation } of evaluateAll(facts, AS_OF)) expect(evaluation.status, rule.id).not.toBe("incomplete");
      }),
      { numRuns: 2_000 },
    );
  }, 120_000);

  test("who is answering changes the words only, never an outcome", () => {
    fc.assert(
      fc.property(arbitraryFacts(AS_OF), (facts) => {
        const outcome = (perspective: "self" | "family" | "counselor") =>
          evaluateAll({ ...facts, perspective }, AS_OF).map(({ evaluation }) => evaluation);
        expect(outcome("family")).toEqual(outcome("self"));
        expect(outcome("counselor")).toEqual(outcome("self"));
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
