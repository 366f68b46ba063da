/**
 * Plain Spanish: every Spanish content page and path page (title, summary and body) reads at INFLESZ ≥ 65,
 * "bastante fácil" or better, measured on its prose (lib/spanish/prose.ts `spanishProse`: no headings, no
 * "Fuentes" list, no citations, case names, addresses, phone numbers or English names).
 */
import { describe, expect, test } from "vitest";
import { countSpanish, infleszBand, infleszOfCounts } from "@/lib/spanish/inflesz";
import { spanishProse } from "@/lib/spanish/prose";
import { allPairs, englishNames } from "./es-files";

const MIN_INFLESZ = 65;
const names = englishNames();

describe.for(allPairs().filter((p) => p.es !== null))("$name in Spanish", (pair) => {
  test(`reads at INFLESZ ≥ ${MIN_INFLESZ} (bastante fácil)`, () => {
    const counts = countSpanish(spanishProse(pair.es!.text, names));
    const score = infleszOfCounts(counts);
    expect(counts.words, "too little prose to measure").toBeGreaterThan(50);
    expect(score, `${pair.name}: ${score.toFixed(1)} (${infleszBand(score)})`).toBeGreaterThanOrEqual(MIN_INFLESZ);
  });
});

test("the measure tells hard Spanish from plain Spanish on a page", () => {
  const hard =
    "La presentación de la correspondiente solicitud administrativa constituye un requisito imprescindible " +
    "para la ulterior interposición de la moción jurisdiccional ante el tribunal sentenciador competente.";
  expect(infleszOfCounts(countSpanish(spanishProse(hard)))).toBeLessThan(MIN_INFLESZ);
});
