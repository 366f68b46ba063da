/**
 * INFLESZ (Szigriszt-Pazos, read on the INFLESZ scale of Barrio-Cantalejo et al., 2008): the formula on a
 * text counted by hand, the five bands and their edges, and texts whose difficulty is known — a
 * constitutional article (legal prose, "muy difícil"), a children's story opening ("muy fácil").
 */
import { describe, expect, test } from "vitest";
import { countSpanish, inflesz, infleszBand, infleszOfCounts } from "@/lib/spanish/inflesz";

describe("the formula", () => {
  test("matches a text counted by hand", () => {
    // El(1) juez(1) firmó(2) la(1) orden(2) · Usted(2) puede(2) pedir(2) una(2) copia(2)
    const text = "El juez firmó la orden. Usted puede pedir una copia.";
    expect(countSpanish(text)).toEqual({ sentences: 2, words: 10, syllables: 17 });
    // 206.835 − 62.3 × 17/10 − 10/2 = 95.925
    expect(inflesz(text)).toBeCloseTo(95.925, 3);
  });

  test("is 206.835 − 62.3 × syllables/words − words/sentences", () => {
    expect(infleszOfCounts({ sentences: 4, words: 60, syllables: 120 })).toBeCloseTo(206.835 - 124.6 - 15, 6);
  });

  test("text with no words has no score", () => {
    expect(infleszOfCounts({ sentences: 0, words: 0, syllables: 0 })).toBeNaN();
  });

  test("ends sentences at . ! ? … and line ends, not at ¿ or ¡", () => {
    expect(countSpanish("¿Tiene abogado? ¡Pida uno! Espere…\nuna lista\n\notra").sentences).toBe(5);
    expect(countSpanish("¿Qué pasa si el juez dice que no?").sentences).toBe(1);
  });
});

describe("the bands", () => {
  test.for([
    [20, "muy difícil"],
    [39.99, "muy difícil"],
    [40, "algo difícil"],
    [54.99, "algo difícil"],
    [55, "normal"],
    [64.99, "normal"],
    [65, "bastante fácil"],
    [79.99, "bastante fácil"],
    [80, "muy fácil"],
    [100, "muy fácil"],
  ] as const)("%d is %s", ([score, band]) => {
    expect(infleszBand(score)).toBe(band);
  });
});

describe("texts of known difficulty", () => {
  test("legal prose (Constitución Española, art. 1.1) is muy difícil", () => {
    const text =
      "España se constituye en un Estado social y democrático de Derecho, que propugna como valores " +
      "superiores de su ordenamiento jurídico la libertad, la justicia, la igualdad y el pluralismo político.";
    expect(countSpanish(text).words).toBe(30);
    expect(infleszBand(inflesz(text))).toBe("muy difícil");
  });

  test("a statute-style sentence is harder than its plain rewrite, which is bastante fácil or better", () => {
    const statute =
      "El tribunal, previa moción del Director de la Oficina de Prisiones o del acusado, podrá reducir la " +
      "pena de prisión impuesta, tras considerar los factores establecidos en la sección correspondiente, " +
      "si determina que existen razones extraordinarias y convincentes que justifican dicha reducción.";
    const plain =
      "El juez puede acortar su pena. Primero, usted le pide al director de la prisión. " +
      "Debe tener una razón muy grave. El juez decide.";
    expect(inflesz(statute)).toBeLessThan(40);
    expect(inflesz(plain)).toBeGreaterThanOrEqual(65);
    expect(inflesz(plain)).toBeGreaterThan(inflesz(statute) + 40);
  });

  test("a children's story opening is muy fácil", () => {
    const text = "Había una vez una niña. Se llamaba Caperucita Roja. Vivía con su mamá cerca del bosque. Un día fue a ver a su abuela.";
    expect(infleszBand(inflesz(text))).toBe("muy fácil");
  });
});
