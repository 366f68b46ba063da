/**
 * The glossary (content/es/glossary.md) is well formed, and every Spanish page uses its terms:
 * - no page uses a banned synonym of any concept;
 * - when the English page names a concept, its Spanish page uses the glossary's term (or a listed form).
 * The checks themselves (lib/spanish/glossary.ts) are shown to fail on bad text.
 */
import { describe, expect, test } from "vitest";
import { URL } from "@/lib/spanish/citations";
import { bannedUses, mentions, missingTerms } from "@/lib/spanish/glossary";
import { allPairs, readGlossary } from "./es-files";

const glossary = readGlossary();
const terms = glossary.terms;
const present = allPairs().filter((p) => p.es !== null);
/** Informal second-person words (the glossary's guidance: "usted" for every reader). */
const INFORMAL = ["tú", "tu", "tus", "te", "ti", "contigo", "puedes", "tienes", "debes", "eres", "estás", "quieres", "necesitas", "sabes"];
/** Web addresses are not words ("supremecourt.gov/docket/…" does not talk about a docket). */
const words = (text: string) => text.replace(URL, " ");

describe("the glossary", () => {
  test("has one entry per concept, with the concepts the issue names", () => {
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "supervised-release", "probation", "compassionate-release", "pardon", "commutation", "time-credits",
      "good-conduct-time", "vacatur", "expungement", "motion", "warden", "judgment", "sentence", "conviction",
      "plea", "appeal", "certiorari", "docket", "federal-defender", "bureau-of-prisons", "case-manager",
      "halfway-house", "home-confinement", "risk-level", "sentencing-guidelines", "presentence-report",
      "first-step-act", "pacer", "bp-a0148",
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  test("no Spanish term is used for two concepts", () => {
    const es = terms.map((t) => t.es.toLowerCase());
    expect(new Set(es).size).toBe(es.length);
  });

  test("no banned synonym is a concept's own term or a form of any term", () => {
    const allowed = terms.flatMap((t) => [t.es, ...(t.esForms ?? [])]);
    for (const t of terms) {
      for (const b of t.banned) {
        for (const a of allowed) expect(mentions(a, b), `${t.id}: "${b}" bans "${a}"`).toBe(false);
      }
    }
  });

  test("a term kept in English is written as its English name", () => {
    for (const t of terms.filter((x) => x.keepEnglish && x.es === x.en[0])) expect(t.en).toContain(t.es);
    const kept = terms.filter((t) => t.keepEnglish).map((t) => t.id);
    for (const id of ["first-step-act", "pacer", "bp-a0148", "bureau-of-prisons", "pardon-attorney"]) {
      expect(kept, id).toContain(id);
    }
  });
});

describe("the checks fail on bad text", () => {
  test("bannedUses finds a banned synonym, in any case, as whole words only", () => {
    expect(bannedUses("Pidió la Libertad Compasiva al juez.", terms)).toEqual([
      "compassionate-release: libertad compasiva",
    ]);
    expect(bannedUses("Pidió la liberación compasiva al juez.", terms)).toEqual([]);
  });

  test("missingTerms finds a concept the English names and the Spanish renders otherwise", () => {
    const en = "You may ask for compassionate release.";
    expect(missingTerms(en, "Puede pedir la salida compasiva.", terms)).toEqual(["compassionate-release"]);
    expect(missingTerms(en, "Puede pedir la liberación compasiva.", terms)).toEqual([]);
  });

  test("the usted check sees an informal word", () => {
    expect(INFORMAL.filter((w) => mentions("Si tienes tu sentencia, puedes pedirlo.", w))).toEqual(["tu", "puedes", "tienes"]);
  });

  test("mentions matches whole words and keeps accents", () => {
    expect(mentions("la pena", "pena")).toBe(true);
    expect(mentions("la penalidad", "pena")).toBe(false);
    expect(mentions("la moción", "mocion")).toBe(false);
  });
});

describe.for(present)("$name uses the glossary", (pair) => {
  test("no banned synonym", () => {
    expect(bannedUses(words(pair.es!.text), terms)).toEqual([]);
  });

  test("speaks to the reader as usted, never tú", () => {
    const tu = INFORMAL.filter((w) => mentions(words(pair.es!.text), w));
    expect(tu).toEqual([]);
  });

  test("the glossary's term for every concept its English page names", () => {
    expect(missingTerms(words(pair.en.text), words(pair.es!.text), terms)).toEqual([]);
  });
});
