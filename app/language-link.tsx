/**
 * The link to the same page in the other language ("Español" on an English page, "English" on a Spanish
 * one), its words marked with their own language; and the `hreflang` pair each page puts in its metadata.
 */
import type { Metadata } from "next";
import { readSpanishSiteWords } from "@/lib/content/spanish";

/** The `<link rel="alternate" hreflang>` pair of a page that has both languages. */
export function languages(en: string, es: string): Metadata["alternates"] {
  return { languages: { en, es } };
}

export function LanguageLink({ to, href }: Readonly<{ to: "en" | "es"; href: string }>) {
  const say = readSpanishSiteWords();
  return (
    <p className="mb-4 text-right">
      <a href={href} hrefLang={to} lang={to} className="text-brand underline underline-offset-2">
        {say(to === "es" ? "lang.toSpanish" : "lang.toEnglish")}
      </a>
    </p>
  );
}
