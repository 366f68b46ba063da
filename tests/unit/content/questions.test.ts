/**
 * Every fact has its question words, and the words fit the facts schema: no gaps, no orphans,
 * option keys exactly the schema's values, and only blanks that lib/words/fill.ts can fill.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readQuestionWords } from "@/lib/content/questions";
import { CONTENT_DIR } from "@/lib/content/reasons";
import { factsSchema } from "@/lib/answers/check";
import { FACT_KINDS, FACT_NAMES, type FactName } from "@/rules/facts/schema";
import { fillIn } from "@/lib/words/fill";
import type { Perspective } from "@/lib/words/perspective";

const PERSPECTIVES: readonly Perspective[] = ["self", "family", "counselor"];
const words = readQuestionWords();

/**
 * The fixed answers a fact allows, read from the fact table: `values` for a single choice,
 * `array` when the answer is a list of them; null for dates and counts.
 */
function choicesOf(fact: FactName): { values: readonly string[]; array: boolean } | null {
  const kind = FACT_KINDS[fact];
  if (kind.kind !== "choice" && kind.kind !== "list") return null;
  return { values: kind.values, array: kind.kind === "list" };
}

/** The one-fact object the schema is asked about: `{ court: "federal" }` or `{ crReasons: ["none"] }`. */
const answer = (fact: FactName, value: string, array: boolean) => ({ [fact]: array ? [value] : value });

const BLANK = /\{([A-Za-z]+)\}/;

describe("question words", () => {
  it("has a file for every fact, and every file is a real fact", () => {
    const files = readdirSync(path.join(CONTENT_DIR, "questions")).filter((name) => name.endsWith(".md"));
    expect(Object.keys(words).sort()).toEqual([...FACT_NAMES].sort());
    expect(files.sort()).toEqual(FACT_NAMES.map((fact) => `${fact}.md`).sort());
  });

  it("reads the fact table's choices (the test's own helper)", () => {
    expect(choicesOf("court")).toEqual({ values: ["federal", "dc-superior", "state", "military", "unsure"], array: false });
    expect(choicesOf("simplePossession")?.values).toEqual(["yes", "no", "unsure"]);
    expect(choicesOf("legalError")?.array).toBe(true);
    expect(choicesOf("birthDate")).toBeNull();
    expect(choicesOf("prisonMonths")).toBeNull();
  });

  describe.each(FACT_NAMES)("%s", (fact) => {
    const q = words[fact]!;
    const choices = choicesOf(fact);

    if (choices) {
      it("has a label for exactly the schema's values", () => {
        expect(Object.keys(q.options ?? {}).sort()).toEqual([...choices.values].sort());
      });

      it("offers only answers the schema accepts, and the schema rejects others", () => {
        for (const key of Object.keys(q.options ?? {})) {
          expect(factsSchema.safeParse(answer(fact, key, choices.array)).success, key).toBe(true);
        }
        expect(factsSchema.safeParse(answer(fact, "not-a-real-answer", choices.array)).success).toBe(false);
      });

      it('labels "unsure" as "I\'m not sure"', () => {
        if (choices.values.includes("unsure")) expect(q.options!.unsure).toBe("I'm not sure");
      });

      it("explains only options that exist", () => {
        for (const key of Object.keys(q.optionHints ?? {})) expect(q.options).toHaveProperty(key);
      });
    } else {
      it("has no options (it is not a fixed choice)", () => {
        expect(q.options).toBeUndefined();
        expect(q.optionHints).toBeUndefined();
      });
    }

    it("uses only blanks that can be filled, and only where they are filled", () => {
      for (const perspective of PERSPECTIVES) {
        for (const text of [q.hint ?? "", q.error, q.summary, q.html]) {
          const filled = fillIn(text, perspective);
          expect(filled).not.toMatch(BLANK);
        }
      }
      for (const text of [q.hint ?? "", q.error, q.summary, q.html]) {
        // "{you} are" reads "your relative are": the verb after a person blank must be a blank too.
        expect(text).not.toMatch(/\{[Yy]ou\} (?:do|does|are|is|were|was|have|has)\b/);
      }
      const unfilled = [...Object.values(q.title), ...Object.values(q.options ?? {}), ...Object.values(q.optionHints ?? {})];
      for (const text of unfilled) expect(text, text).not.toMatch(BLANK);
    });

    it("words the title for each perspective", () => {
      if (fact === "perspective") return;
      expect(q.title.self).not.toMatch(/relative|client/);
      expect(q.title.family).toMatch(/\byour relative\b/);
      expect(q.title.counselor).toMatch(/\byour client\b/);
      expect(q.title.family.replace(/your relative/g, "")).not.toMatch(/\b(you|your|yours|yourself)\b/i);
      expect(q.title.counselor.replace(/your client/g, "")).not.toMatch(/\b(you|your|yours|yourself)\b/i);
    });

    it('says why we ask, and never says "eligible"', () => {
      expect(q.html).toContain("<h2>Why we ask</h2>");
      const all = [q.hint, q.error, q.summary, q.html, ...Object.values(q.title), ...Object.values(q.options ?? {}), ...Object.values(q.optionHints ?? {})];
      for (const text of all) expect(text ?? "").not.toMatch(/eligib/i);
    });
  });

  it('gives every date question the same US example, "3 27 2007" (month, day, year)', () => {
    for (const fact of FACT_NAMES.filter((name) => FACT_KINDS[name].kind === "date")) expect(words[fact]!.hint, fact).toContain("For example, 3 27 2007");
  });

  it("names every court location in full", () => {
    const labels = words.courtState!.options!;
    expect(labels).toMatchObject({
      CA: "California", DC: "District of Columbia", PR: "Puerto Rico", VI: "U.S. Virgin Islands", GU: "Guam",
      MP: "Northern Mariana Islands",
    });
    for (const label of Object.values(labels)) expect(label).not.toMatch(/^[A-Z]{2}$/);
  });

  it("says on the FSA question that the checklist of listed crimes is shown", () => {
    expect(words.fsaExcludedOffense!.hint).toMatch(/checklist/i);
  });

  it("lets a trafficking survivor say nothing more", () => {
    const q = words.traffickingSurvivor!;
    expect(q.options!["prefer-not-to-say"]).toBe("I prefer not to say");
    expect(q.optionHints!["prefer-not-to-say"]).toMatch(/not ask anything more/);
  });
});
