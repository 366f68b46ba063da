/**
 * Reading an answers file someone chose with "Open answers file" (rules/README.md § answers-file), defensively.
 * The file may be anything: huge, not JSON, nested thousands of levels deep, carrying `__proto__` keys
 * or markup. Nothing here throws, evaluates or renders; the checks run from cheapest to dearest:
 * size → BOM → nesting depth (a scan, before parsing) → JSON.parse → forbidden keys → `checkAnswers`.
 * The caller keeps the current answers unless the result is `ok`, and shows `message` as plain text.
 */
import type { SavedScreening } from "./answers-file";
import { checkAnswers } from "./check";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";

/** A saved answers file is about 2 kB; 64 kB leaves room for whitespace and stops anything absurd early. */
export const MAX_ANSWERS_FILE_BYTES = 64 * 1024;
/** An answers file nests 3 levels (file → facts → a list of answers); anything past 8 is not one. */
export const MAX_ANSWERS_FILE_DEPTH = 8;
/** Keys that could reach an object's prototype if the parsed value were ever merged or spread. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** At most this many problems are listed in a message, each cut to this many characters. */
const MAX_PROBLEMS = 5;
const MAX_NAME_LENGTH = 40;

export type ReadAnswersFailure =
  | "too-large"
  | "empty"
  | "not-json"
  | "too-deep"
  | "forbidden-key"
  | "newer-version"
  | "invalid";

export type ReadAnswersResult =
  | { ok: true; facts: Facts; saved?: SavedScreening; letters?: Record<string, string> }
  | { ok: false; message: string; reason: ReadAnswersFailure };

const UNCHANGED = "Your answers have not changed.";

function fail(reason: ReadAnswersFailure, detail: string): ReadAnswersResult {
  return { ok: false, reason, message: `This file could not be opened. ${detail} ${UNCHANGED}` };
}

/** UTF-8 length, without encoding text that is already too long by its UTF-16 length alone. */
function tooLarge(text: string): boolean {
  // Every UTF-16 code unit takes at least one UTF-8 byte, so a long string is too large without encoding.
  if (text.length > MAX_ANSWERS_FILE_BYTES) return true;
  return new TextEncoder().encode(text).length > MAX_ANSWERS_FILE_BYTES;
}

/** The deepest nesting of `[` and `{` outside strings, stopping as soon as it passes `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return deepest;
}

/** The first forbidden key anywhere in a parsed value (depth is already bounded, so recursion is safe). */
function forbiddenKey(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = forbiddenKey(item);
      if (found !== undefined) return found;
    }
  } else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const found = forbiddenKey((value as Record<string, unknown>)[key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A problem reads "name: what is wrong"; the name may come from the file, so it is cut short. */
function clip(problem: string): string {
  const colon = problem.indexOf(": ");
  const name = colon < 0 ? problem : problem.slice(0, colon);
  const short = name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
  return colon < 0 ? short : `${short}${problem.slice(colon)}`;
}

/**
 * Read the text of an answers file (or of a bare facts object) as of `asOf`.
 * Never throws. On success the facts are schema-checked and consistent; on failure `message` is one
 * plain-text paragraph for the person, and `reason` lets the UI pick its own words if it wants.
 */
export function readAnswersFile(text: string, asOf: IsoDate): ReadAnswersResult {
  try {
    if (typeof text !== "string") return fail("not-json", "It is not a text file.");
    if (tooLarge(text)) {
      return fail("too-large", `It is larger than ${MAX_ANSWERS_FILE_BYTES / 1024} kB, so it is not a saved answers file.`);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === "") return fail("empty", "It is empty.");
    if (nestingDepth(body, MAX_ANSWERS_FILE_DEPTH) > MAX_ANSWERS_FILE_DEPTH) {
      return fail("too-deep", "Its contents are nested far more deeply than a saved answers file.");
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return fail("not-json", "It is not a saved answers file: those are JSON text.");
    }
    const key = forbiddenKey(parsed);
    if (key !== undefined) return fail("forbidden-key", `It contains a field named "${key}", which no answers file has.`);
    const checked = checkAnswers(parsed, asOf);
    if (checked.ok) {
      const { facts, saved, letters } = checked;
      return { ok: true, facts, ...(saved ? { saved } : {}), ...(letters ? { letters } : {}) };
    }
    const problems = checked.problems.slice(0, MAX_PROBLEMS).map(clip);
    const more = checked.problems.length > MAX_PROBLEMS ? ` (and ${checked.problems.length - MAX_PROBLEMS} more)` : "";
    const newer = checked.problems.some((problem) => problem.startsWith("version: this file is from a newer version"));
    if (newer) return fail("newer-version", "It was saved by a newer version of this screener.");
    return fail("invalid", `Some answers in it are not ones this screener can use: ${problems.join("; ")}${more}.`);
  } catch {
    return fail("invalid", "Something in it could not be read.");
  }
}

/**
 * Read a chosen file (a `File` from `<input type="file">`): the size is checked before a byte is read.
 * Never rejects.
 */
export async function readAnswersBlob(file: Blob, asOf: IsoDate): Promise<ReadAnswersResult> {
  try {
    if (file.size > MAX_ANSWERS_FILE_BYTES) {
      return fail("too-large", `It is larger than ${MAX_ANSWERS_FILE_BYTES / 1024} kB, so it is not a saved answers file.`);
    }
    return readAnswersFile(await file.text(), asOf);
  } catch {
    return fail("invalid", "It could not be read.");
  }
}
