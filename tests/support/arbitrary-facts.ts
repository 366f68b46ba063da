/**
 * fast-check generators of valid fact objects (rules/README.md § facts): any subset of facts, each with a value
 * its schema accepts, with contradictions (rules/README.md § bad-input) removed so every object is one the rules must handle.
 */
import fc from "fast-check";
import { checkFacts } from "@/lib/answers/check";
import { FACT_KINDS, FACT_NAMES, type Facts, type FactName } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";

const isoDateBetween = (from: string, to: string) =>
  fc
    .integer({ min: Date.parse(`${from}T00:00:00Z`) / 86_400_000, max: Date.parse(`${to}T00:00:00Z`) / 86_400_000 })
    .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

export function valueOf(name: FactName, asOf: IsoDate): fc.Arbitrary<unknown> {
  const kind = FACT_KINDS[name];
  switch (kind.kind) {
    case "choice":
      return fc.constantFrom(...kind.values);
    case "list":
      return fc.uniqueArray(fc.constantFrom(...kind.values), { minLength: 1, maxLength: 3 });
    case "count":
      return name === "prisonMonths" ? fc.oneof(fc.constant(0), fc.constant(12), fc.integer({ min: 0, max: 600 })) : fc.integer({ min: 0, max: 400 });
    case "date":
      // Mostly recent dates, where the date rules turn; sometimes far back.
      return fc.oneof(isoDateBetween("2005-01-01", asOf), isoDateBetween("1940-01-01", asOf));
  }
}

/** Drop the facts a contradiction names (the later fact of a pair, or a future date) until the object is valid. */
function withoutContradictions(facts: Record<string, unknown>, asOf: IsoDate): Facts {
  let current = { ...facts };
  for (;;) {
    const checked = checkFacts(current, asOf);
    if (checked.ok) return checked.facts;
    for (const problem of checked.problems) delete current[problem.slice(0, problem.indexOf(":"))];
    current = { ...current };
  }
}

/** Any valid fact object: each fact present or absent. */
export const arbitraryFacts = (asOf: IsoDate): fc.Arbitrary<Facts> =>
  fc
    .record(Object.fromEntries(FACT_NAMES.map((name) => [name, valueOf(name, asOf)])), { requiredKeys: [] })
    .map((facts) => withoutContradictions(facts, asOf));

/** Put dates that must be in order (rules/README.md § bad-input) in order, keeping the values drawn. */
function inOrder(facts: Record<string, unknown>): Record<string, unknown> {
  const sorted = { ...facts };
  for (const chain of [["birthDate", "offenseDate", "judgmentDate", "appealDecisionDate", "certiorariDate"], ["custodyStartDate", "releaseDate"], ["supervisionStartDate", "supervisionEndDate"]]) {
    const dates = chain.map((name) => sorted[name] as string).sort();
    chain.forEach((name, index) => (sorted[name] = dates[index]));
  }
  return sorted;
}

/** A valid fact object with every fact present. */
export const arbitraryCompleteFacts = (asOf: IsoDate): fc.Arbitrary<Facts> =>
  fc.record(Object.fromEntries(FACT_NAMES.map((name) => [name, valueOf(name, asOf)]))).map((facts) => {
    const checked = checkFacts(inOrder(facts), asOf);
    if (!checked.ok) throw new Error(`arbitraryCompleteFacts made an invalid object: ${checked.problems.join("; ")}`);
    return checked.facts;
  });
