/**
 * Opening an answers file in the browser (rules/README.md § answers-file), defensively. A file's content is only ever
 * parsed as JSON and checked against the facts schema; it is never rendered as HTML. Loaded on use, with
 * the schema, when someone opens a file.
 */
import { readAnswersBlob, type ReadAnswersFailure, type ReadAnswersResult } from "@/lib/answers/read-answers-file";
import type { SavedScreening } from "@/lib/answers/answers-file";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import { saveLetterFields } from "./persist";

export type OpenResult =
  | { ok: true; facts: Facts; saved?: SavedScreening }
  | { ok: false; reason: "tooBig" | "notJson" | "invalid" | "unreadable"; problems?: string[] };

const REASON = {
  "too-large": "tooBig",
  empty: "notJson",
  "not-json": "notJson",
  "too-deep": "invalid",
  "forbidden-key": "invalid",
  "newer-version": "invalid",
  invalid: "invalid",
} as const satisfies Record<ReadAnswersFailure, "tooBig" | "notJson" | "invalid">;

/** The hardened reading (lib/answers/read-answers-file.ts), in the screener's words. */
function toOpenResult(result: ReadAnswersResult): OpenResult {
  if (result.ok) return result.saved ? { ok: true, facts: result.facts, saved: result.saved } : { ok: true, facts: result.facts };
  return { ok: false, reason: REASON[result.reason], problems: REASON[result.reason] === "invalid" ? [result.message] : undefined };
}

/** Reads and checks an answers file (or a bare facts object) defensively; never throws. */
export async function readAnswersFile(file: Blob, asOf: IsoDate): Promise<OpenResult> {
  const result = await readAnswersBlob(file, asOf);
  // The letters' fields saved with the answers come back into this tab (lib/browser/persist.ts).
  if (result.ok && result.letters) saveLetterFields(result.letters);
  return toOpenResult(result);
}
