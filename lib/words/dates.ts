/**
 * Dates in words, for any page that shows one: "December 15, 2026", and "today", "in 22 days"… counted
 * from the as-of date. No clock and no date library: "today" is always the `asOf` the page was given.
 */
import { daysBetween } from "@/rules/calendar/dates";
import type { IsoDate } from "@/rules/types";
import { pageLang, type Lang } from "./lang";

/**
 * The months as `Intl.DateTimeFormat` names them in US English and US Spanish: locale data, not our words
 * (tests/unit/words/dates.test.ts holds `longDate` to Intl's own output). Written out because a phone's
 * first Intl date format loads its calendar data: 30 ms on this machine, 120–230 ms of blocked main thread
 * on Lighthouse's slow phone, on the results and every letter page (issue 14).
 */
const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
};

/**
 * An ISO date as readers write it: `2026-12-15` → "December 15, 2026" (US English) or "15 de diciembre de
 * 2026" (Spanish, as written in the US). The language is the page's unless given (pages rendered at build time).
 */
export function longDate(iso: IsoDate, lang: Lang = pageLang()): string {
  const year = Number(iso.slice(0, 4));
  const month = MONTHS[lang][Number(iso.slice(5, 7)) - 1];
  const day = Number(iso.slice(8, 10));
  return lang === "es" ? `${day} de ${month} de ${year}` : `${month} ${day}, ${year}`;
}

/** Days from `asOf` to `iso`: 0 on the day, negative once it has passed. */
export function daysFrom(asOf: IsoDate, iso: IsoDate): number {
  return daysBetween(asOf, iso);
}
