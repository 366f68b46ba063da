/**
 * Dates in words, for any page that shows one: "December 15, 2026", and "today", "in 22 days"… counted
 * from the as-of date. No clock and no date library: "today" is always the `asOf` the page was given.
 */
import { daysBetween } from "@/rules/calendar/dates";
import type { IsoDate } from "@/rules/types";
import { pageLang, type Lang } from "./lang";

/** Made on first use: building a formatter costs a slow phone tens of milliseconds, and most screens show no date. */
const formats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};

/**
 * An ISO date as readers write it: `2026-12-15` → "December 15, 2026" (US English) or "15 de diciembre de
 * 2026" (Spanish, as written in the US). The language is the page's unless given (pages rendered at build time).
 */
export function longDate(iso: IsoDate, lang: Lang = pageLang()): string {
  formats[lang] ??= new Intl.DateTimeFormat(lang === "es" ? "es-US" : "en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
  return formats[lang].format(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** Days from `asOf` to `iso`: 0 on the day, negative once it has passed. */
export function daysFrom(asOf: IsoDate, iso: IsoDate): number {
  return daysBetween(asOf, iso);
}
