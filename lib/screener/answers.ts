/**
 * Answers files in the browser (contract § 5): reading one defensively, and making one to save.
 * A file's content is only ever parsed as JSON and checked against the facts schema; it is never
 * rendered as HTML.
 */
import { checkAnswers, wrapAnswers } from "@/lib/facts/answers-file";
import type { Facts } from "@/lib/facts/schema";
import type { IsoDate } from "@/rules/types";

/** An answers file is a few kB; anything near this is not one. */
export const MAX_FILE_BYTES = 1_000_000;

export type OpenResult =
  | { ok: true; facts: Facts }
  | { ok: false; reason: "tooBig" | "notJson" | "invalid" | "unreadable"; problems?: string[] };

/** Reads and checks an answers file (or a bare facts object). A missing perspective counts as "self". */
export async function readAnswersFile(file: Blob, asOf: IsoDate): Promise<OpenResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: "tooBig" };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  return parseAnswersText(text, asOf);
}

/** The checks of `readAnswersFile` on text already read. */
export function parseAnswersText(text: string, asOf: IsoDate): OpenResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: "tooBig" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: "notJson" };
  }
  let checked;
  try {
    checked = checkAnswers(data, asOf);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  if (!checked.ok) return { ok: false, reason: "invalid", problems: checked.problems.slice(0, 10) };
  return { ok: true, facts: { perspective: "self", ...checked.facts } };
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
