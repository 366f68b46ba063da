/**
 * What a document is filled with (lib/letters/compute.ts): values for its blanks, flags for its optional
 * lines, and lists; and the part every document shares — who is answering, and the fields the person typed.
 */
import type { Facts } from "@/rules/facts/schema";
import { perspectiveOf, type Perspective } from "@/lib/words/perspective";

export type Fields = Readonly<Record<string, string>>;

export interface LetterData {
  perspective: Perspective;
  vars: Record<string, string | number>;
  flags: Set<string>;
  lists: Record<string, string[]>;
}

/** What one document works out from the answers, before the shared part. */
export type DocumentParts = Omit<LetterData, "perspective">;

/** A document's parts with who is answering (a flag) and the typed fields (blanks, and a flag each). */
export function withAnswers(facts: Facts, base: DocumentParts, fields: Fields): LetterData {
  const perspective = perspectiveOf(facts);
  base.flags.add(perspective);
  // The fields the person typed fill blanks of the same name (a name, a register number…).
  const typed = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ""));
  // …and set a flag of that name, for a line that shows only once the field is filled in.
  for (const id of Object.keys(typed)) base.flags.add(id);
  return { perspective, ...base, vars: { ...typed, ...base.vars } };
}
