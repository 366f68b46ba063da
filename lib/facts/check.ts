/**
 * Validation of a facts object beyond its shape: the contradictions the screening contract § 4 names.
 * Each problem is one line that names the facts involved.
 */
import * as z from "zod/mini";
import { factsSchema, type Facts, type FactName } from "./schema";
import type { IsoDate } from "@/rules/types";

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

export type CheckResult = { ok: true; facts: Facts } | { ok: false; problems: string[] };

/** The problems with a parsed facts object relative to `asOf`; empty when it is consistent. */
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

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => `${key}: not a known fact`).join("\n");
  }
  const name = issue.path.length > 0 ? issue.path.join(".") : "facts";
  if (issue.code === "invalid_value") {
    return `${name}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (issue.code === "invalid_type" && issue.path.length === 0) return "facts: must be a JSON object";
  return `${name}: ${issue.message}`;
}

/** Validate unknown input as a facts object as of `asOf`: shape, enums, real dates, then contradictions. */
export function checkFacts(input: unknown, asOf: IsoDate): CheckResult {
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeIssue(issue).split("\n")) };
  }
  const problems = contradictions(parsed.data, asOf);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, facts: parsed.data };
}
