/**
 * Registry-wide properties of the rules engine (issue #3 tests): over thousands of random valid fact
 * objects every path answers, in order, with a status of rules/README.md § statuses, cited reasons that have words, and
 * needs that the app can actually ask.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { FACT_NAMES } from "@/rules/facts/schema";
import { evaluateAll, screen } from "@/lib/engine/screen";
import { RULES } from "@/rules";
import { COURT_REASON_KEYS } from "@/rules/shared/court";
import { PATH_IDS, STATUSES, type RuleModule } from "@/rules/types";
import { arbitraryCompleteFacts, arbitraryFacts } from "../../support/arbitrary-facts";
import { EXTREME_AS_OF, extremeFacts } from "../../support/extreme-facts";

const AS_OF = "2026-11-23";
const words = readReasonWords();
const RUNS = 10_000;

describe("the registry", () => {
  test("lists one module per path id, in the order of rules/README.md § paths", () => {
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

  test.for(RULES.map((rule) => [rule.id, rule] as const))("%s: says the day it was last reviewed against the law (lawAsOf, a real date)", ([, rule]) => {
    expect(rule.lawAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${rule.lawAsOf}T00:00:00Z`).toISOString().slice(0, 10)).toBe(rule.lawAsOf);
    // The first review of every path against the law was 2026-11-23.
    expect(rule.lawAsOf >= "2026-11-23").toBe(true);
  });

  test.for(RULES.map((rule) => [rule.id] as const))("%s: no sentence in content/reasons says eligible", ([id]) => {
    for (const sentence of Object.values(words[id]).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))) {
      for (const bad of [/\beligible\b/i, /\beligibility\b/i, /\beligib/i]) expect(sentence).not.toMatch(bad);
    }
  });

  test.for(RULES.map((rule) => [rule.id, rule] as const))("%s: reads only facts of the schema (rules/README.md § facts)", ([, rule]) => {
    for (const fact of rule.facts) expect(FACT_NAMES).toContain(fact);
  });

  test("with no facts at all, every path waits for facts (incomplete) and never throws", () => {
    for (const { evaluation } of evaluateAll({}, AS_OF)) expect(evaluation.status).toBe("incomplete");
  });
});

describe(`properties over ${RUNS.toLocaleString("en-US")} random valid fact objects`, () => {
  test("never throws; 13 results in order; statuses of rules/README.md § statuses; cited reasons with words; sound needs and dates", () => {
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

/** The rule's own reason keys and the court keys it may give (rules/shared/court.ts). */
const declared = (rule: RuleModule) => [...Object.keys(rule.reasons), ...COURT_REASON_KEYS];
const RULE_AS_OFS = ["2024-01-15", "2026-11-23"];
const RULE_RUNS = 2_000;
/** Paths whose citation depends on the facts (the circuit's own case), not on the reason key alone. */
const CITE_BY_CIRCUIT = new Set(["judicial-expungement"]);

describe.for(RULES.map((rule) => [rule.id, rule] as const))("%s: properties every path has on its own", ([, rule]) => {
  for (const asOf of RULE_AS_OFS) test(`over random valid facts as of ${asOf}: total, declared reasons, sound needs and dates`, () => {
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
          expect(declared(rule)).toContain(reason.key);
          expect(reason.cite).toMatch(/\S/);
        }
        if (result.status === "not-yet") expect(result.availableFrom! > asOf).toBe(true);
        else if (result.availableFrom !== undefined) {
          expect(["likely", "possible"]).toContain(result.status);
          expect(result.availableFrom <= asOf).toBe(true);
        }
      }),
      { numRuns: RULE_RUNS },
    );
  }, 60_000);

  test("a complete fact object is never incomplete", () => {
    fc.assert(
      fc.property(arbitraryCompleteFacts(AS_OF), (facts) => {
        expect(rule.evaluate(facts, AS_OF).status).not.toBe("incomplete");
      }),
      { numRuns: RULE_RUNS },
    );
  }, 60_000);

  test("never throws on unchecked, extreme facts; once every fact it reads is given, never incomplete; each reason cites its table", () => {
    const courtCites = (cite: string): Record<string, string> => ({ unsureWhichCourt: cite, notFederalDistrictCourt: cite });
    fc.assert(
      fc.property(extremeFacts(rule.facts, false), (facts) => {
        const result = rule.evaluate(facts, EXTREME_AS_OF);
        expect(result.status).not.toBe("incomplete");
        expect(result.reasons.length).toBeGreaterThan(0);
        if (CITE_BY_CIRCUIT.has(rule.id)) return;
        for (const reason of result.reasons) expect(reason.cite).toBe({ ...rule.reasons, ...courtCites(reason.cite) }[reason.key]);
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);

  test("unchecked partial facts: incomplete only names facts not yet given, and only facts the path reads", () => {
    fc.assert(
      fc.property(extremeFacts(rule.facts, true), (facts) => {
        const result = rule.evaluate(facts, EXTREME_AS_OF);
        if (result.status !== "incomplete") return;
        expect(result.needs!.length).toBeGreaterThan(0);
        for (const name of result.needs!) {
          expect(facts[name]).toBeUndefined();
          expect(rule.facts).toContain(name);
        }
      }),
      { numRuns: 3_000 },
    );
  }, 60_000);
});
