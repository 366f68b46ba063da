/**
 * The Spanish list of offenses that earn no First Step Act time credits (18 U.S.C. § 3632(d)(4)(D)):
 * content/es/checklist/fsa-excluded-offenses.md, read by lib/content/checklist.ts over the rules' table
 * (rules/data/fsa-excluded-offenses.ts). Every clause has Spanish words, a condition exactly where the English
 * row has one, the same citations; the list reads as plain Spanish (INFLESZ ≥ 65), has no English block and
 * uses the glossary's terms; the English list is the table itself; a malformed file is refused by name; and
 * the list's search finds words without their accents.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { franc } from "franc-min";
import { describe, expect, test } from "vitest";
import { filterChecklist } from "@/components/screener/fsa-checklist";
import { readFsaChecklist } from "@/lib/content/checklist";
import { CITATION } from "@/lib/spanish/citations";
import { bannedUses, missingTerms } from "@/lib/spanish/glossary";
import { countSpanish, infleszBand, infleszOfCounts } from "@/lib/spanish/inflesz";
import { findLeaks } from "@/lib/spanish/leak";
import { spanishProse } from "@/lib/spanish/prose";
import { FSA_EXCLUDED_OFFENSES } from "@/rules/data/fsa-excluded-offenses";
import { englishNames, ES_DIR, readGlossary } from "./es-files";

const english = FSA_EXCLUDED_OFFENSES;
const spanish = readFsaChecklist(ES_DIR);
const names = englishNames();
const terms = readGlossary().terms;
/** The list as a person reads it: one line per name or condition, each a sentence. */
const text = (rows: typeof english) =>
  rows.flatMap((row) => [row.plainName, row.condition ?? ""]).filter(Boolean).map((line) => `${line.replace(/[.]$/, "")}.`).join("\n");
const citations = (line = "") => [...new Set((line.match(CITATION) ?? []).map((c) => c.replace(/[.,;:]+$/, "")))].sort();

describe("the Spanish list of excluded offenses", () => {
  test("has every clause of the table, in order, with its provision unchanged and Spanish words", () => {
    expect(spanish.map((row) => row.clause)).toEqual(english.map((row) => row.clause));
    spanish.forEach((row, i) => {
      expect(row.provision, row.clause).toBe(english[i].provision);
      expect(row.plainName, row.clause).not.toBe(english[i].plainName);
      if (row.condition !== undefined) expect(row.condition, row.clause).not.toBe(english[i].condition);
    });
  });

  test("has a condition exactly where the English row has one, with the same citations", () => {
    spanish.forEach((row, i) => {
      expect(row.condition === undefined, `clause ${row.clause}`).toBe(english[i].condition === undefined);
      expect(citations(row.plainName), `clause ${row.clause}`).toEqual(citations(english[i].plainName));
      expect(citations(row.condition), `clause ${row.clause}`).toEqual(citations(english[i].condition));
    });
  });

  test("reads at INFLESZ ≥ 65 (bastante fácil)", () => {
    const score = infleszOfCounts(countSpanish(spanishProse(text(spanish), names)));
    expect(score, `${score.toFixed(1)} (${infleszBand(score)})`).toBeGreaterThanOrEqual(65);
  });

  test("has no English block", () => {
    expect(findLeaks(text(spanish), { detect: franc, englishNames: names })).toEqual([]);
    // The check sees English: the English list fails it.
    expect(findLeaks(text(english), { detect: franc, englishNames: names }).length).toBeGreaterThan(10);
  });

  test("uses the glossary's terms and none of its banned synonyms", () => {
    expect(bannedUses(text(spanish), terms)).toEqual([]);
    expect(missingTerms(text(english), text(spanish), terms)).toEqual([]);
  });
});

describe("readFsaChecklist", () => {
  test("gives the English list as the rules' table, unchanged", () => {
    expect(readFsaChecklist()).toBe(FSA_EXCLUDED_OFFENSES);
  });

  const withFile = (clauses: Record<string, { plainName: string; condition?: string }>) => {
    const dir = mkdtempSync(path.join(tmpdir(), "checklist-"));
    mkdirSync(path.join(dir, "checklist"));
    writeFileSync(path.join(dir, "checklist", "fsa-excluded-offenses.md"), `---\nclauses: ${JSON.stringify(clauses)}\n---\n`);
    return dir;
  };
  const complete = () => Object.fromEntries(english.map((row) => [row.clause, { plainName: "x", ...(row.condition ? { condition: "y" } : {}) }]));

  test("swaps in a folder's words, and refuses a malformed file by name", () => {
    expect(readFsaChecklist(withFile(complete()))[4]).toEqual({ ...english[4], plainName: "x", condition: "y" });
    const missing = complete();
    delete missing.i;
    expect(() => readFsaChecklist(withFile(missing))).toThrow(/fsa-excluded-offenses\.md: clause "i" is missing/);
    expect(() => readFsaChecklist(withFile({ ...complete(), lxix: { plainName: "x" } }))).toThrow(/clause "lxix" is not in the table/);
    expect(() => readFsaChecklist(withFile({ ...complete(), i: { plainName: "x", condition: "y" } }))).toThrow(/clause "i" must not have a condition/);
    expect(() => readFsaChecklist(withFile({ ...complete(), v: { plainName: "x" } }))).toThrow(/clause "v" must have a condition/);
    expect(() => readFsaChecklist(withFile({ ...complete(), i: { plainName: "" } }))).toThrow(/fsa-excluded-offenses\.md/);
  });
});

describe("the list's search", () => {
  const found = (query: string) => filterChecklist(spanish, query).map((row) => row.clause);

  test("finds words with or without their accents, in any case", () => {
    expect(found("vehiculo")).toEqual(["ii", "iii"]);
    expect(found("VEHÍCULO")).toEqual(["ii", "iii"]);
    expect(found("heroina")).toEqual(["lxv"]);
  });

  test("finds a provision by its number, and every word of a query", () => {
    expect(found("924(c)")).toEqual(["xxii"]);
    expect(found("arma de fuego")).toEqual(["xxii"]);
    expect(found("zzz")).toEqual([]);
    expect(found("  ")).toHaveLength(english.length);
  });
});
