/**
 * The letters and checklists (issue #13): one page per document at `/letters/<slug>/`, each belonging to one
 * relief path (two for the staff request, which serves good conduct time and First Step Act credits).
 * `documentsFor` says which documents fit a path's result, for its result card and "What to do first".
 * Words live in content/letters/<slug>.md; this file holds no words.
 */
import type { PathId, Remedy, Status } from "@/rules/types";
import { pageLang, sitePath, type Lang } from "@/lib/words/lang";

/** Most important first (the order of the index page). */
export const LETTER_SLUGS = [
  "warden-request",
  "time-credits-request",
  "early-termination-request",
  "pardon-checklist",
  "tsra-checklist",
  "expungement-3607-request",
] as const;
export type LetterSlug = (typeof LETTER_SLUGS)[number];

/** The paths each document serves. */
export const LETTER_PATHS: Readonly<Record<LetterSlug, readonly PathId[]>> = {
  "warden-request": ["compassionate-release"],
  "time-credits-request": ["good-conduct-time", "fsa-time-credits"],
  "early-termination-request": ["early-termination"],
  "pardon-checklist": ["pardon"],
  "tsra-checklist": ["tsra"],
  "expungement-3607-request": ["3607"],
};

/** A result where a document helps: the person may qualify now or later. */
const OPEN: readonly Status[] = ["likely", "possible", "not-yet"];

/** The part of a path result `documentsFor` reads (a `PathResult` from lib/engine/screen.ts fits). */
export interface ResultForLetters {
  status: Status;
  remedies?: readonly Remedy[];
}

export interface LetterLink {
  slug: LetterSlug;
  href: string;
  title: string;
}

/** The address of a document's page, in the page's language (the results run in the browser only). */
export const letterHref = (slug: LetterSlug, lang: Lang = pageLang()) => sitePath(lang, `/letters/${slug}/`);

/**
 * The documents that fit this path's result, in index order, with their titles (`titles`: from
 * `readLetterTitles()` at build time). None for a path that is closed or still needs answers; the § 3607
 * expungement request only when the remedies include expungement (under 21 at the offense, § 3607(c)), and the
 * TSRA checklist only when the result names a remedy (18 U.S.C. § 3771A).
 */
export function documentsFor(path: PathId, result: ResultForLetters, titles: Readonly<Record<LetterSlug, string>>): LetterLink[] {
  if (!OPEN.includes(result.status)) return [];
  return LETTER_SLUGS.filter((slug) => LETTER_PATHS[slug].includes(path))
    .filter((slug) => slug !== "expungement-3607-request" || result.remedies?.includes("expungement"))
    .filter((slug) => slug !== "tsra-checklist" || (result.remedies?.length ?? 0) > 0)
    .map((slug) => ({ slug, href: letterHref(slug), title: titles[slug] }));
}
