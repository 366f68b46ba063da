/**
 * The contradictions the screening contract § 4 names: dates out of order, and past events dated after
 * "today". Each problem is one line that starts with the fact it blames: `<fact>: …`.
 */
import type { Facts, FactName } from "./schema";
import type { IsoDate } from "@/rules/calendar/dates";

/** Facts that record something that has already happened, so cannot be after "today". */
const PAST_FACTS = [
  "offenseDate", "judgmentDate", "custodyStartDate", "releaseDate", "supervisionEndDate",
  "wardenRequestDate", "appealDecisionDate", "certiorariDate",
] as const satisfies readonly FactName[];

/** Pairs that must be in order: [earlier, later]. */
const ORDERED_PAIRS = [
  ["custodyStartDate", "releaseDate"],
  ["supervisionStartDate", "supervisionEndDate"],
  ["offenseDate", "judgmentDate"],
  ["birthDate", "offenseDate"],
] as const satisfies readonly (readonly [FactName, FactName])[];

/** The problems with a facts object relative to `asOf`; empty when it is consistent. */
export function contradictions(facts: Facts, asOf: IsoDate): string[] {
  const problems: string[] = [];
  for (const [earlier, later] of ORDERED_PAIRS) {
    const a = facts[earlier];
    const b = facts[later];
    if (a !== undefined && b !== undefined && b < a) {
      problems.push(`${later}: ${b} is before ${earlier} ${a}`);
    }
  }
  for (const name of PAST_FACTS) {
    const value = facts[name];
    if (value !== undefined && value > asOf) problems.push(`${name}: ${value} is after the as-of date ${asOf}`);
  }
  return problems;
}
