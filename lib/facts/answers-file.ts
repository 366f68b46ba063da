/**
 * The answers file (screening contract § 5): `{ format, version, savedAt, facts }`, or a bare facts object
 * (as the CLI accepts). Anything else, or a file from a newer version, is refused with a clear message.
 */
import { checkFacts, type CheckResult } from "./check";
import type { Facts } from "./schema";
import type { IsoDate } from "@/rules/types";

export const ANSWERS_FORMAT = "federal-relief-screener/answers";
export const ANSWERS_VERSION = 1;

export interface AnswersFile {
  format: typeof ANSWERS_FORMAT;
  version: typeof ANSWERS_VERSION;
  savedAt: string;
  facts: Facts;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Check an answers file, or a bare facts object, as of `asOf`. */
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

/** Wrap facts for saving. `savedAt` is passed in so nothing here reads the clock. */
export function wrapAnswers(facts: Facts, savedAt: string): AnswersFile {
  return { format: ANSWERS_FORMAT, version: ANSWERS_VERSION, savedAt, facts };
}
