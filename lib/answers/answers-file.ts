/**
 * The answers file (rules/README.md § answers-file): `{ format, version, savedAt, facts }`. Making one needs no
 * validation library; reading one is `checkAnswers` in ./check.ts, behind the defences of
 * ./read-answers-file.ts. The browser only moves the text (lib/browser/save-answers.ts, open-answers.ts).
 */
import type { Facts } from "@/rules/facts/schema";

export const ANSWERS_FORMAT = "federal-relief-screener/answers";
export const ANSWERS_VERSION = 1;

export interface AnswersFile {
  format: typeof ANSWERS_FORMAT;
  version: typeof ANSWERS_VERSION;
  savedAt: string;
  facts: Facts;
}

/** Wrap facts for saving. `savedAt` is passed in so nothing here reads the clock. */
export function wrapAnswers(facts: Facts, savedAt: string): AnswersFile {
  return { format: ANSWERS_FORMAT, version: ANSWERS_VERSION, savedAt, facts };
}

/** The text of an answers file for these facts: indented JSON, for a person who opens it to read. */
export function answersFileText(facts: Facts, savedAt: string): string {
  return JSON.stringify(wrapAnswers(facts, savedAt), null, 2);
}
