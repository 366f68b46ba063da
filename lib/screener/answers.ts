/**
 * Answers files in the browser (contract § 5): reading one defensively, and making one to save.
 * A file's content is only ever parsed as JSON and checked against the facts schema; it is never
 * rendered as HTML.
 */
import { wrapAnswers } from "@/lib/facts/answers-file";
import { readAnswersBlob, type ReadAnswersFailure, type ReadAnswersResult } from "@/lib/facts/read-answers-file";
import type { Facts } from "@/lib/facts/schema";
import type { IsoDate } from "@/rules/types";

export type OpenResult =
  | { ok: true; facts: Facts }
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

/** The hardened reading (lib/facts/read-answers-file.ts), in the screener's words. A missing perspective counts as "self". */
function toOpenResult(result: ReadAnswersResult): OpenResult {
  if (result.ok) return { ok: true, facts: { perspective: "self", ...result.facts } };
  return { ok: false, reason: REASON[result.reason], problems: REASON[result.reason] === "invalid" ? [result.message] : undefined };
}

/** Reads and checks an answers file (or a bare facts object) defensively; never throws. */
export async function readAnswersFile(file: Blob, asOf: IsoDate): Promise<OpenResult> {
  return toOpenResult(await readAnswersBlob(file, asOf));
}

/** The JSON of an answers file for these facts. */
export function answersFileText(facts: Facts, savedAt: string): string {
  return JSON.stringify(wrapAnswers(facts, savedAt), null, 2);
}

/** Offers the answers as a file download; nothing leaves the device. */
export function downloadAnswers(facts: Facts, fileName: string): void {
  const blob = new Blob([answersFileText(facts, new Date().toISOString())], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
