/**
 * The contradictions rules/README.md § bad-input names: dates out of order, and past events dated after
 * "today". Each problem is data naming the fact it blames; the answers check (lib/answers/check.ts) words
 * it as one line, `<fact>: …`, and the question form reports it on the date asked.
 */
import type { Facts, FactName } from "./schema";
import type { IsoDate } from "@/rules/calendar/dates";

/** Facts that record something that has already happened, so cannot be after "today". */
export const PAST_FACTS = [
  "offenseDate", "judgmentDate", "custodyStartDate", "releaseDate", "supervisionEndDate",
  "wardenRequestDate", "appealDecisionDate", "certiorariDate",
] as const satisfies readonly FactName[];

/** Pairs that must be in order: [earlier, later]. */
export const ORDERED_PAIRS = [
  ["custodyStartDate", "releaseDate"],
  ["supervisionStartDate", "supervisionEndDate"],
  ["offenseDate", "judgmentDate"],
  ["birthDate", "offenseDate"],
  // An appeal is decided after the judgment it reviews, and certiorari after the appeal (28 U.S.C. § 2255(f)(1)
  // runs from the later one): out of order, the § 2255 deadline could fall before the judgment (issue #15 item 5).
  ["judgmentDate", "appealDecisionDate"],
  ["judgmentDate", "certiorariDate"],
  ["appealDecisionDate", "certiorariDate"],
] as const satisfies readonly (readonly [FactName, FactName])[];

/** One contradiction: `fact`'s date `value` is before the date `other` (`otherValue`), or after the as-of date. */
export type Contradiction =
  | { kind: "before"; fact: FactName; value: IsoDate; other: FactName; otherValue: IsoDate }
  | { kind: "after-as-of"; fact: FactName; value: IsoDate; asOf: IsoDate };

/** The problems with a facts object relative to `asOf`; empty when it is consistent. */
export function contradictions(facts: Facts, asOf: IsoDate): Contradiction[] {
  const problems: Contradiction[] = [];
  for (const [earlier, later] of ORDERED_PAIRS) {
    const a = facts[earlier];
    const b = facts[later];
    if (a !== undefined && b !== undefined && b < a) {
      problems.push({ kind: "before", fact: later, value: b, other: earlier, otherValue: a });
    }
  }
  for (const name of PAST_FACTS) {
    const value = facts[name];
    if (value !== undefined && value > asOf) problems.push({ kind: "after-as-of", fact: name, value, asOf });
  }
  return problems;
}
