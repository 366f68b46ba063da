/**
 * Benchmarks (issue #3): all 13 paths on one complete fact set (budget: median ≤ 0.2 ms), and 10,000
 * random valid fact sets through the library (budget: under 3 s). A benchmark reports; it does not fail.
 * Run: npm run bench
 * The rules are run directly: the engine (lib/engine/screen.ts) remembers its evaluations, which would
 * measure the memo instead.
 */
import fc from "fast-check";
import { bench, describe } from "vitest";
import type { Facts } from "@/rules/facts/schema";
import { RULES } from "@/rules";
import { everyFact } from "../support/every-fact";
import { arbitraryFacts } from "../support/arbitrary-facts";

const AS_OF = "2026-11-23";
const evaluateAll = (facts: Facts) => RULES.map((rule) => rule.evaluate(facts, AS_OF));
const randomSets = fc.sample(arbitraryFacts(AS_OF), { numRuns: 10_000, seed: 42 });

describe("rules engine", () => {
  bench("all 13 paths, one complete fact set", () => {
    evaluateAll(everyFact);
  });

  bench("10,000 random valid fact sets", () => {
    for (const facts of randomSets) evaluateAll(facts);
  }, { iterations: 5 });
});
