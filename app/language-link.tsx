/**
 * The link to the same page in the other language ("Español" on an English page, "English" on a Spanish
 * one), its words that language's own (content/site.md `lang.name`) and marked with it; and the `hreflang`
 * pair each page puts in its metadata.
 */
import type { Metadata } from "next";
import { readSiteWords } from "@/lib/content/site";
import { sitePath, type Lang } from "@/lib/words/lang";

/** The `<link rel="alternate" hreflang>` pair of a page, from its English path: `/paths/` → `/es/paths/`. */
export function languages(en: string, es = sitePath("es", en)): Metadata["alternates"] {
  return { languages: { en, es } };
}

/** On a page in `lang` whose English path is `path`: the link to its twin in the other language. */
export function LanguageLink({ lang, path }: Readonly<{ lang: Lang; path: string }>) {
  const to: Lang = lang === "en" ? "es" : "en";
  return (
    <p className="mb-2 text-right text-base print:hidden">
      <a href={sitePath(to, path)} hrefLang={to} lang={to} className="text-brand underline underline-offset-2">
        {readSiteWords(to)("lang.name")}
      </a>
    </p>
  );
}
