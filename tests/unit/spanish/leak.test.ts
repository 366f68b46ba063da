/**
 * The English-leak check (lib/spanish/leak.ts): citations, case names, addresses, phone numbers and
 * English names are removed before the detector reads the text; a page is judged a block at a time;
 * Spanish, English and mixed samples; and every Spanish page has no English block.
 *
 * The detector is franc-min's `franc` (`franc(value, { only: ["spa", "eng"] })`).
 */
import { describe, expect, test } from "vitest";
import { franc } from "franc-min";
import { findLeaks, isSpanish, ONLY, type Detector } from "@/lib/spanish/leak";
import { stripCitations } from "@/lib/spanish/citations";
import { visibleText } from "@/lib/spanish/prose";
import { allPairs, englishNames } from "./es-files";

const detect: Detector = franc;
const names = englishNames();

const SPANISH = [
  "Usted puede pedir al juez que acorte su pena si tiene una razón muy grave.",
  "Si su familiar está en una prisión federal, puede pedir la liberación compasiva al director de la prisión.",
  "El cliente debe esperar cinco años después de salir de la prisión para pedir un indulto.",
  "No tiene que contestar una pregunta sobre trata de personas.",
];
const ENGLISH = [
  "You may ask the judge to cut your sentence if you have a very serious reason.",
  "If your family member is in federal prison, they can ask the warden for compassionate release.",
  "Your client must wait five years after release from prison before asking for a pardon.",
  "You never have to answer a question about being trafficked.",
];

describe("stripCitations", () => {
  test("removes US citations, case names, addresses and phone numbers", () => {
    const text =
      "Según 18 U.S.C. § 3582(c)(1)(A), 28 C.F.R. § 571.61, USSG § 1B1.13(b)(6), Pub. L. 119-73 y " +
      "United States v. Alam, 960 F.3d 831 (6th Cir. 2020), llame al 1-888-373-7888 o vea https://www.bop.gov/ y justice.gov.";
    const out = stripCitations(text);
    expect(out).not.toMatch(/U\.S\.C|C\.F\.R|USSG|§|Pub\. L|Alam|United States|888|https|bop|justice/);
    expect(out).toMatch(/Según/);
    expect(out).toMatch(/llame al/);
  });

  test("removes the English names it is given, longest first", () => {
    expect(stripCitations("Escriba a la Office of the Pardon Attorney hoy.", ["Pardon Attorney", "Office of the Pardon Attorney"]))
      .not.toMatch(/Office|Pardon/);
  });
});

describe("isSpanish", () => {
  test.for(SPANISH)("Spanish: %s", (text) => {
    expect(isSpanish(text, { detect })).toBe(true);
  });

  test.for(ENGLISH)("English: %s", (text) => {
    expect(isSpanish(text, { detect })).toBe(false);
  });

  test("a Spanish sentence full of English names reads as Spanish once the names are removed", () => {
    const text = "Llame a la Office of the Pardon Attorney, al Federal Defender y al Federal Bureau of Prisons hoy.";
    expect(isSpanish(text, { detect })).toBe(false);
    expect(isSpanish(text, { detect, englishNames: names })).toBe(true);
  });

  test("passes the detector the text without citations, and only Spanish and English", () => {
    const calls: [string, string[]][] = [];
    const recording: Detector = (value, { only }) => {
      calls.push([value, only]);
      return "spa";
    };
    isSpanish("Vea 18 U.S.C. § 3607 y Doe v. United States.", { detect: recording });
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).not.toMatch(/3607|Doe|United/);
    expect(calls[0][1]).toEqual(ONLY);
  });
});

describe("findLeaks", () => {
  test("finds the one English paragraph in a Spanish page", () => {
    const page = [SPANISH[0], SPANISH[1], ENGLISH[2], SPANISH[3]].join("\n\n");
    expect(findLeaks(page, { detect })).toEqual([ENGLISH[2]]);
  });

  test("finds every English block of an English page and none of a Spanish page", () => {
    expect(findLeaks(ENGLISH.join("\n"), { detect })).toEqual(ENGLISH);
    expect(findLeaks(SPANISH.join("\n"), { detect })).toEqual([]);
  });

  test("skips blocks too short to judge, and counts words after citations are removed", () => {
    expect(findLeaks("Read more.\n18 U.S.C. § 3607 (special probation)", { detect })).toEqual([]);
    expect(findLeaks("Read this whole page before you act.", { detect, minWords: 20 })).toEqual([]);
  });
});

describe.for(allPairs().filter((p) => p.es !== null))("$name in Spanish", (pair) => {
  test("has no English block in its visible text", () => {
    expect(findLeaks(visibleText(pair.es!.text), { detect, englishNames: names })).toEqual([]);
  });

  test("its English original is caught as English (the check can fail)", () => {
    expect(findLeaks(visibleText(pair.en.text), { detect, englishNames: names }).length).toBeGreaterThan(0);
  });
});
