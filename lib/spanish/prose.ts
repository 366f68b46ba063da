/**
 * The words a person sees on a Spanish content page, from its markdown, one block (paragraph, list item,
 * heading, table row) per line.
 *
 * - `visibleText`: everything shown, headings and the "Fuentes" section included, with markdown markers and
 *   link targets removed (`[palabras](url)` keeps "palabras"). The leak check (./leak.ts) reads this.
 * - `spanishProse`: what is read as prose, for ./inflesz.ts: the "Fuentes" section (a list of citations),
 *   heading lines and code go, and so do citations, case names, addresses and phone numbers (./citations.ts).
 */
import { stripCitations } from "./citations";

function unmark(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`]*`/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_]{1,2}/g, "")
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, "")
    .replace(/\|/g, " ");
}

export function visibleText(markdown: string): string {
  return unmark(markdown.replace(/^#{1,6}\s+/gm, ""));
}

export function spanishProse(markdown: string, englishNames: readonly string[] = []): string {
  const prose = markdown
    .replace(/^##\s+Fuentes\b[\s\S]*?(?=^##\s|(?![\s\S]))/gm, "")
    .replace(/^#{1,6}\s.*$/gm, "");
  return stripCitations(unmark(prose), englishNames).replace(/\b(?:p\. ej|etc|EE\. ?UU|U\.S)\./g, (m) =>
    m.replace(/\./g, ""),
  );
}
