/**
 * The Spanish glossary (content/es/glossary.md): one Spanish term per legal concept, and the synonyms a
 * Spanish page must not use for it. These checks are pure: the caller reads the file and the pages.
 *
 * Matching is by whole words, ignoring case (accents count: "sentencia" is not "sentenciá").
 */
import * as z from "zod/mini";

const text = z.string().check(z.minLength(1), z.trim());

export const glossaryEntry = z.strictObject({
  /** A stable id for the concept, such as "supervised-release". */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  /** How English pages name the concept (any of these marks a mention). */
  en: z.array(text).check(z.minLength(1)),
  /** The one Spanish term. */
  es: text,
  /** Inflections or short forms of the same term, accepted as uses of it. */
  esForms: z.optional(z.array(text)),
  /** The English name stays beside the Spanish one, because the person meets it on their own papers. */
  keepEnglish: z.boolean(),
  note: text,
  /** Spanish words for the concept that pages must not use. */
  banned: z.array(text),
});
export type GlossaryEntry = z.infer<typeof glossaryEntry>;

export const glossaryFile = z.strictObject({
  title: text,
  lastReviewed: z.iso.date(),
  terms: z.array(glossaryEntry).check(z.minLength(1)),
  /** Names that stay in English on Spanish pages (organisations, laws, forms), left out of the leak check. */
  englishNames: z.array(text),
});
export type Glossary = z.infer<typeof glossaryFile>;

/** Every English name a Spanish page may show: the list, and the terms kept in English. */
export function allEnglishNames(glossary: Glossary): string[] {
  const kept = glossary.terms.filter((t) => t.keepEnglish).flatMap((t) => [...t.en]);
  return [...new Set([...glossary.englishNames, ...kept])];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether `text` contains `phrase` as whole words, ignoring case. */
export function mentions(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

/** The banned synonyms a Spanish text uses, as "concept-id: synonym". */
export function bannedUses(spanish: string, terms: readonly GlossaryEntry[]): string[] {
  return terms.flatMap((t) => t.banned.filter((b) => mentions(spanish, b)).map((b) => `${t.id}: ${b}`));
}

/** The concepts an English text mentions whose Spanish term (or one of its forms) its Spanish version lacks. */
export function missingTerms(english: string, spanish: string, terms: readonly GlossaryEntry[]): string[] {
  return terms
    .filter((t) => t.en.some((e) => mentions(english, e)))
    .filter((t) => ![t.es, ...(t.esForms ?? [])].some((s) => mentions(spanish, s)))
    .map((t) => t.id);
}
