/**
 * The prose a person reads on a Spanish content page, from its markdown: one sentence or list item per
 * line, ready for ./inflesz.ts and ./leak.ts. Removed: the "Fuentes" section (a list of citations), every
 * heading line, code, link targets (`[palabras](url)` keeps "palabras"), citations, case names, addresses
 * and phone numbers (./citations.ts), and markdown markers.
 */
import { stripCitations } from "./citations";

export function spanishProse(markdown: string, englishNames: readonly string[] = []): string {
  const text = markdown
    .replace(/^##\s+Fuentes\b[\s\S]*?(?=^##\s|(?![\s\S]))/gm, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`]*`/g, "")
    .replace(/^#{1,6}\s.*$/gm, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1");
  return stripCitations(text, englishNames)
    .replace(/[*_]{1,2}/g, "")
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, "")
    .replace(/\|/g, " ")
    .replace(/\b(?:p\. ej|etc|EE\. ?UU|U\.S)\./g, (m) => m.replace(/\./g, ""));
}
