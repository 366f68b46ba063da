/**
 * The Spanish syllable counter (lib/spanish/syllables.ts) against a table of words whose syllable count is
 * known from the Real Academia's rules of division (Ortografía 2010, §§ 1.3–1.4): diphthongs, triphthongs,
 * hiatus with an accented weak vowel, silent "u" in qu/gu, "ü", final "y", "h" between vowels, and the
 * legal words our pages use most.
 */
import { describe, expect, test } from "vitest";
import { countSyllables, spanishWords } from "@/lib/spanish/syllables";

const KNOWN: [string, number][] = [
  // plain syllables
  ["sol", 1], ["mar", 1], ["pan", 1], ["casa", 2], ["mesa", 2], ["cárcel", 2], ["pena", 2], ["trata", 2],
  ["delito", 3], ["arresto", 3], ["condena", 3], ["indulto", 3], ["tribunal", 3], ["federal", 3],
  ["libertad", 3], ["programa", 3], ["crédito", 3], ["conducta", 3], ["víctima", 3], ["abogado", 4],
  ["supervisada", 5], ["antecedentes", 5],
  // diphthongs and triphthongs: one syllable
  ["juez", 1], ["fiel", 1], ["cien", 1], ["seis", 1], ["jueza", 2], ["bueno", 2], ["fuego", 2], ["aire", 2],
  ["aula", 2], ["causa", 2], ["veinte", 2], ["ciudad", 2], ["cuidado", 3], ["ciudadano", 4], ["Europa", 3],
  ["sentencia", 3], ["moción", 2], ["prisión", 2], ["acción", 2], ["después", 2], ["también", 2],
  ["miércoles", 3], ["petición", 3], ["apelación", 4], ["liberación", 4], ["conmutación", 4],
  ["compasiva", 4], ["evaluador", 4], ["sobreviviente", 5], ["construir", 2], ["huir", 1],
  ["estudiáis", 3], ["averiguáis", 4], ["Uruguay", 3], ["Paraguay", 3], ["buey", 1],
  // hiatus: two strong vowels, or an accented weak vowel
  ["leer", 2], ["caer", 2], ["poeta", 3], ["teatro", 3], ["océano", 4], ["aéreo", 4], ["país", 2],
  ["día", 2], ["río", 2], ["baúl", 2], ["oír", 2], ["reír", 2], ["reúne", 3], ["ingeniería", 5],
  // silent u in que, qui, gue, gui; pronounced ü
  ["queso", 2], ["quien", 1], ["quince", 2], ["guerra", 2], ["guitarra", 3], ["guion", 1],
  ["pingüino", 3], ["vergüenza", 3],
  // y: a vowel at the end of a word, a consonant before a vowel
  ["y", 1], ["hoy", 1], ["muy", 1], ["ley", 1], ["rey", 1], ["leyes", 2], ["ayuda", 3],
  // h is a consonant
  ["ahora", 3], ["prohibir", 3], ["búho", 2], ["huevo", 2], ["deshacer", 3], ["ahí", 2],
];

describe("countSyllables", () => {
  test("the table has at least 60 words", () => {
    expect(KNOWN.length).toBeGreaterThanOrEqual(60);
  });

  test.for(KNOWN)("%s has %i syllables", ([word, n]) => {
    expect(countSyllables(word)).toBe(n);
  });

  test("ignores case and punctuation around a word", () => {
    expect(countSyllables("¡LIBERTAD!")).toBe(3);
    expect(countSyllables("«Moción»,")).toBe(2);
  });

  test("reads a number as words: one syllable a digit, at least two", () => {
    expect(countSyllables("5")).toBe(2);
    expect(countSyllables("30")).toBe(2);
    expect(countSyllables("2026")).toBe(4);
  });

  test("counts every word at least once, even one with no vowel", () => {
    expect(countSyllables("BP")).toBe(1);
    expect(countSyllables("sr")).toBe(1);
  });
});

describe("spanishWords", () => {
  test("splits on spaces and punctuation, keeps accents, ñ and hyphenated names", () => {
    expect(spanishWords("¿Qué año? El niño, Jean-Luc: 30 días.")).toEqual([
      "Qué", "año", "El", "niño", "Jean-Luc", "30", "días",
    ]);
  });
});
