/**
 * The answers file (rules/README.md § answers-file). Version 2:
 *   `{ format, version: 2, savedAt, asOf, rulesVersion, statuses, facts }`
 * — besides the answers, the day they were screened as of, the rules' version (the latest day a rule was
 * reviewed against the law) and each path's status then, so a file opened later can tell a change in the
 * law from the passing of time (./changes.ts). Version 1 (`{ format, version: 1, savedAt, facts }`) still
 * opens. The file carries no words and no language. Reading one is `checkAnswers` in ./check.ts, behind
 * the defences of ./read-answers-file.ts; the browser only moves the text (lib/browser/).
 */
import { RULES_VERSION, statusesOf } from "@/lib/engine/screen";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate, PathId, Status } from "@/rules/types";

export const ANSWERS_FORMAT = "federal-relief-screener/answers";
export const ANSWERS_VERSION = 2;

/** What a version-2 file records of the screening it was saved from. */
export interface SavedScreening {
  asOf: IsoDate;
  rulesVersion: IsoDate;
  statuses: Readonly<Partial<Record<PathId, Status>>>;
}

export interface AnswersFile extends SavedScreening {
  format: typeof ANSWERS_FORMAT;
  version: typeof ANSWERS_VERSION;
  savedAt: string;
  facts: Facts;
  /** What the person typed on the letters' pages (./letter-fields.ts); only when there is any. Optional, so older files still open. */
  letters?: Readonly<Record<string, string>>;
}

/** Wrap facts for saving, screened as of `asOf`. `savedAt` is passed in so nothing here reads the clock. */
export function wrapAnswers(facts: Facts, savedAt: string, asOf: IsoDate, letters: Readonly<Record<string, string>> = {}): AnswersFile {
  const typed = Object.entries(letters).filter(([, text]) => text.trim() !== "");
  return {
    format: ANSWERS_FORMAT,
    version: ANSWERS_VERSION,
    savedAt,
    asOf,
    rulesVersion: RULES_VERSION,
    statuses: statusesOf(facts, asOf),
    facts,
    ...(typed.length > 0 ? { letters: Object.fromEntries(typed) } : {}),
  };
}

/** The text of an answers file for these facts: indented JSON, for a person who opens it to read. */
export function answersFileText(facts: Facts, savedAt: string, asOf: IsoDate, letters: Readonly<Record<string, string>> = {}): string {
  return JSON.stringify(wrapAnswers(facts, savedAt, asOf, letters), null, 2);
}
