/**
 * INFLESZ, the Szigriszt-Pazos "perspicuity" formula read on the INFLESZ scale (Barrio-Cantalejo et al.,
 * "Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a pacientes",
 * An. Sist. Sanit. Navar. 2008; 31(2): 135–152):
 *
 *   P = 206.835 − 62.3 × syllables / words − words / sentences
 *
 * Sentences end at ".", "!", "?" or "…" and at every line end (a list item is read as one sentence);
 * "¿" and "¡" open a sentence and do not end one. Syllables are counted by ./syllables.ts.
 */
import { countSyllables, spanishWords } from "./syllables";

export type SpanishCounts = { sentences: number; words: number; syllables: number };

/** The five INFLESZ bands, hardest first. "bastante fácil" (≥ 65) is the floor for our pages. */
export const INFLESZ_BANDS = [
  { band: "muy difícil", from: Number.NEGATIVE_INFINITY },
  { band: "algo difícil", from: 40 },
  { band: "normal", from: 55 },
  { band: "bastante fácil", from: 65 },
  { band: "muy fácil", from: 80 },
] as const;
export type InfleszBand = (typeof INFLESZ_BANDS)[number]["band"];

/** Sentence, word and syllable counts of plain Spanish prose (one sentence or list item per line). */
export function countSpanish(prose: string): SpanishCounts {
  const sentences = prose
    .split(/(?<=[.!?…])["”’»)]*\s+|\n+/)
    .filter((s) => spanishWords(s).length > 0);
  let words = 0;
  let syllables = 0;
  for (const s of sentences) {
    for (const w of spanishWords(s)) {
      words += 1;
      syllables += countSyllables(w);
    }
  }
  return { sentences: sentences.length, words, syllables };
}

/** The Szigriszt-Pazos score of counts; text with no words has no score (NaN). */
export function infleszOfCounts(c: SpanishCounts): number {
  if (c.words === 0) return Number.NaN;
  return 206.835 - (62.3 * c.syllables) / c.words - c.words / c.sentences;
}

/** The INFLESZ score of plain Spanish prose. */
export function inflesz(prose: string): number {
  return infleszOfCounts(countSpanish(prose));
}

/** The band a score falls in. */
export function infleszBand(score: number): InfleszBand {
  let found: InfleszBand = INFLESZ_BANDS[0].band;
  for (const b of INFLESZ_BANDS) if (score >= b.from) found = b.band;
  return found;
}
