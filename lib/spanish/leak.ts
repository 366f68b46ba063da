/**
 * The English-leak check: is a Spanish page's visible text Spanish, once citations, case names, addresses,
 * phone numbers and English organisation names are taken out (./citations.ts)?
 *
 * The language detector is passed in. Its interface is franc's (`franc(value, { only })` from the
 * `franc` / `franc-min` packages, which return an ISO 639-3 code, or "und" when undecided), so
 * the tests pass `franc` from `franc-min`.
 *
 * A page is read a block at a time (a paragraph, a list item, a table row): one English paragraph in a
 * long Spanish page is a leak even if the page as a whole reads as Spanish. Blocks shorter than
 * `minWords` words are skipped, since no detector can tell a language from two or three words.
 */
import { stripCitations } from "./citations";
import { spanishWords } from "./syllables";

export type Detector = (value: string, options: { only: string[] }) => string;

export interface LeakOptions {
  detect: Detector;
  /** English names that may stand in Spanish text (organisations, forms, laws), removed before detecting. */
  englishNames?: readonly string[];
  /** The fewest words a block needs to be judged; default 6. */
  minWords?: number;
}

export const SPANISH = "spa";
export const ONLY = ["spa", "eng"];

/** Whether the text, citations and English names removed, reads as Spanish. */
export function isSpanish(text: string, { detect, englishNames = [] }: LeakOptions): boolean {
  return detect(stripCitations(text, englishNames), { only: ONLY }) === SPANISH;
}

/** The blocks of the text (split at blank lines and line ends) that are long enough and not Spanish. */
export function findLeaks(text: string, options: LeakOptions): string[] {
  const minWords = options.minWords ?? 6;
  return text
    .split(/\n+/)
    .map((block) => block.trim())
    .filter((block) => spanishWords(stripCitations(block, options.englishNames)).length >= minWords)
    .filter((block) => !isSpanish(block, options));
}
