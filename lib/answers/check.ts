/**
 * Checking untrusted input as a facts object (answers files, this tab's stored answers, the CLI): the
 * strict zod/mini schema built from the fact table in rules/facts/schema.ts, then the contradictions of rules/README.md § bad-input.
 * Each problem is one line that names the fact involved. Loaded by the browser only when a file or stored
 * answers are read, never for the first screen.
 */
import * as z from "zod/mini";
import { ANSWERS_FORMAT, ANSWERS_VERSION } from "./answers-file";
import { contradictions, type Contradiction } from "@/rules/facts/contradictions";
import { FACT_KINDS, type FactKind, type Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";

const AT_LEAST_ONE = { error: "must list at least one answer" };

function validatorOf(kind: FactKind) {
  switch (kind.kind) {
    case "choice":
      return z.enum(kind.values);
    case "list":
      return z.array(z.enum(kind.values)).check(z.minLength(1, AT_LEAST_ONE));
    case "count":
      return z.int({ error: "must be a whole number" }).check(z.gte(0, { error: "must be 0 or more" }));
    case "date":
      // A real calendar date: the ISO format and no 2026-02-30.
      return z.iso.date({ error: "must be a real date written YYYY-MM-DD" });
  }
}

/** The facts object, strict: every fact optional, an unknown key or a wrong type is an error, never silently dropped. */
export const factsSchema = z.strictObject(
  Object.fromEntries(Object.entries(FACT_KINDS).map(([name, kind]) => [name, z.optional(validatorOf(kind))])),
);

export type CheckResult = { ok: true; facts: Facts } | { ok: false; problems: string[] };

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

/** A contradiction as one line that starts with the fact it blames. */
function describeContradiction(problem: Contradiction): string {
  return problem.kind === "before"
    ? `${problem.fact}: ${problem.value} is before ${problem.other} ${problem.otherValue}`
    : `${problem.fact}: ${problem.value} is after the as-of date ${problem.asOf}`;
}

/** Validate unknown input as a facts object as of `asOf`: shape, enums, real dates, then contradictions. */
export function checkFacts(input: unknown, asOf: IsoDate): CheckResult {
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeIssue(issue).split("\n")) };
  }
  // The schema is built from FACT_KINDS, so what it accepts is a Facts object.
  const facts = parsed.data as Facts;
  const problems = contradictions(facts, asOf).map(describeContradiction);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, facts };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Check an answers file (rules/README.md § answers-file), or a bare facts object as the CLI accepts, as of `asOf`. Anything
 * else, or a file from a newer version, is refused with a clear message.
 */
export function checkAnswers(input: unknown, asOf: IsoDate): CheckResult {
  if (!isRecord(input) || !("format" in input)) return checkFacts(input, asOf);
  if (input.format !== ANSWERS_FORMAT) return { ok: false, problems: [`format: not an answers file of this screener`] };
  if (typeof input.version !== "number" || !Number.isInteger(input.version) || input.version < 1) {
    return { ok: false, problems: ["version: must be a whole number"] };
  }
  if (input.version > ANSWERS_VERSION) {
    return { ok: false, problems: [`version: this file is from a newer version (${input.version}) of the screener`] };
  }
  const unknownKeys = Object.keys(input).filter((key) => !["format", "version", "savedAt", "facts"].includes(key));
  if (unknownKeys.length > 0) return { ok: false, problems: unknownKeys.map((key) => `${key}: not part of an answers file`) };
  return checkFacts(input.facts, asOf);
}
