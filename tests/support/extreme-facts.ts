/**
 * Unchecked fact objects for robustness properties: every enum value, ordinary and absurd numbers (up to
 * two billion), dates from 1960 to the as-of date, with no contradiction removed. A rule must still
 * answer (never throw) and, once every fact it reads is given, never be incomplete.
 */
import fc from "fast-check";
import { FACT_KINDS, type Facts, type FactName } from "@/rules/facts/schema";
import { valueOf } from "./arbitrary-facts";

export const EXTREME_AS_OF = "2026-11-23";
const pastDate = fc
  .date({ min: new Date("1960-01-01T00:00:00Z"), max: new Date(`${EXTREME_AS_OF}T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const count = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 2_000_000_000 }));

/** Counts may be absurd and dates far back; other facts take any value their schema allows. */
function extremeValue(name: FactName): fc.Arbitrary<unknown> {
  const kind = FACT_KINDS[name].kind;
  if (kind === "count") return count;
  if (kind === "date") return pastDate;
  return valueOf(name, EXTREME_AS_OF);
}

/** Fact objects with each of `names` present or (when `partial`) possibly absent. */
export function extremeFacts(names: readonly FactName[], partial: boolean): fc.Arbitrary<Facts> {
  const shape = Object.fromEntries(names.map((name) => [name, extremeValue(name)]));
  return fc.record(shape, partial ? { requiredKeys: [] } : {}) as fc.Arbitrary<Facts>;
}
