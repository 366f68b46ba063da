/**
 * The languages the site is written in: English (content/, pages at /…) and Spanish (content/es/, pages at
 * /es/…). The answers file carries no language: a file saved in one opens in the other.
 */
export type Lang = "en" | "es";

export const LANGS: readonly Lang[] = ["en", "es"];

/** A path of the site in a language: `/paths/2255/` → `/es/paths/2255/` in Spanish. */
export const sitePath = (lang: Lang, path: string): string => (lang === "es" ? `/es${path}` : path);

/** The results step's words in a language: a static file written at build time (app/_pages/results-content.ts). */
export const resultsWordsUrl = (lang: Lang): string => sitePath(lang, "/screener/results.json");

/**
 * The language of the page in the browser (`<html lang>`), for words filled in the browser; English where
 * there is no page (build time, tests), so pages rendered at build time pass their language explicitly.
 */
export const pageLang = (): Lang =>
  typeof document !== "undefined" && document.documentElement.lang.startsWith("es") ? "es" : "en";
