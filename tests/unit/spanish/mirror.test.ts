/**
 * content/es/ mirrors content/ file for file (issue 16), so the same readers and schemas serve both
 * languages. For every English content file, the Spanish file:
 * - exists, and no Spanish file lacks an original;
 * - has the same frontmatter: the same keys, nesting and list lengths; a sentence may become one per reader
 *   (self / family / counselor) or the reverse;
 * - keeps identifiers as they are (ids, facts, fields, conditions, dates, numbers, external web addresses),
 *   and the site's own links under /es/;
 * - keeps each sentence's named blanks ({date}, {title}…), uses the Spanish person blanks ({usted},
 *   {Usted}) and never the English ones ({you}, {your}, {are}…);
 * - keeps every citation as US law writes it, and the body's `##` headings and links;
 * and the readers parse it with the English schemas.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { readMarkdown } from "@/lib/content/frontmatter";
import { readLawChanges } from "@/lib/content/law-changes";
import { readAllPages, readAllPathPages, readPartial, readResources } from "@/lib/content/pages";
import { readQuestionWords } from "@/lib/content/questions";
import { readReasonWords } from "@/lib/content/reasons";
import { readResultsWords } from "@/lib/content/results";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { readAllLetters, readLetterCommon } from "@/lib/letters/read-content";
import { CITATION } from "@/lib/spanish/citations";
import { PERSON_BLANKS } from "@/lib/words/fill";
import { CONTENT_DIR } from "@/lib/content/pages";
import { ES_DIR } from "./es-files";

vi.mock("server-only", () => ({}));

/** Keys whose values are not words: they stay byte-identical (a value, or a list of values; a map or a sentence per reader under such a key is read as usual). */
const IDENTIFIERS = new Set([
  "fact", "field", "list", "when", "unless", "slug", "path", "paths", "id", "date", "lastReviewed", "lines",
  "resources", "screenOnly", "type", "immigrationWarning", "nonCitizens", "url", "quickExit.destination",
]);
const SPANISH_BLANKS = ["usted", "Usted"];
const ENGLISH_BLANKS = PERSON_BLANKS.filter((b) => !SPANISH_BLANKS.includes(b));
const PERSPECTIVES = ["counselor", "family", "self"];

/** Every content file, relative to content/ ("questions/appeal.md"), the Spanish folder and the glossary aside. */
function englishFiles(dir = CONTENT_DIR, rel = ""): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((entry) => {
      const name = path.join(rel, entry.name);
      if (entry.isDirectory()) return name === "es" ? [] : englishFiles(dir, name);
      return entry.name.endsWith(".md") ? [name] : [];
    })
    .sort();
}

const isVariant = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) &&
  Object.keys(value).sort().join() === PERSPECTIVES.join();

const blanksOf = (text: string) => [...new Set(text.match(/\{[A-Za-z]+\}/g) ?? [])].map((b) => b.slice(1, -1));
const named = (text: string) => blanksOf(text).filter((b) => !PERSON_BLANKS.includes(b)).sort();
const citations = (text: string) => [...new Set((text.match(CITATION) ?? []).map((c) => c.replace(/[.,;:]+$/, "")))].sort();
const siteLink = (href: string) => (href.startsWith("/") && !href.startsWith("/es/") ? `/es${href}` : href);
const links = (text: string) => [...new Set(text.match(/\]\(([^)\s]+)\)/g) ?? [])].sort();

/** The differences between an English value and its Spanish mirror, each naming where it is. */
export function mirrorProblems(en: unknown, es: unknown, at: string, key = ""): string[] {
  const plain = (value: unknown) => typeof value !== "object" || value === null || (Array.isArray(value) && value.every((v) => typeof v !== "object"));
  if ((IDENTIFIERS.has(key) && plain(en)) || typeof en === "number" || typeof en === "boolean" || en === null) {
    return JSON.stringify(en) === JSON.stringify(es) ? [] : [`${at}: must stay ${JSON.stringify(en)}, is ${JSON.stringify(es)}`];
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(es) || es.length !== en.length) return [`${at}: a list of ${en.length} items`];
    return en.flatMap((item, i) => mirrorProblems(item, es[i], `${at}[${i}]`, key));
  }
  if (isVariant(en) || isVariant(es)) {
    const side = (value: unknown, who: string) => (isVariant(value) ? value[who] : value);
    if (!(isVariant(es) || typeof es === "string")) return [`${at}: a sentence or one per reader`];
    return PERSPECTIVES.flatMap((who) => mirrorProblems(side(en, who), side(es, who), `${at}.${who}`));
  }
  if (typeof en === "object" && en !== undefined) {
    if (typeof es !== "object" || es === null) return [`${at}: must be a map`];
    const enKeys = Object.keys(en).sort();
    const esKeys = Object.keys(es).sort();
    if (enKeys.join() !== esKeys.join()) {
      const missing = enKeys.filter((k) => !esKeys.includes(k));
      const extra = esKeys.filter((k) => !enKeys.includes(k));
      return [`${at}: keys differ (missing ${missing.join(", ") || "none"}; extra ${extra.join(", ") || "none"})`];
    }
    return enKeys.flatMap((k) => mirrorProblems((en as Record<string, unknown>)[k], (es as Record<string, unknown>)[k], `${at}.${k}`, k));
  }
  if (typeof en !== "string" || typeof es !== "string") return [`${at}: must be text`];
  if (/^https?:\/\//.test(en)) return es === en ? [] : [`${at}: the address stays ${en}`];
  if (/^\/\S*$/.test(en)) return es === siteLink(en) ? [] : [`${at}: the site link is ${siteLink(en)}`];
  return textProblems(en, es, at);
}

function textProblems(en: string, es: string, at: string): string[] {
  const problems: string[] = [];
  if (named(en).join() !== named(es).join()) problems.push(`${at}: blanks ${named(es).join(",")} should be ${named(en).join(",")}`);
  const english = blanksOf(es).filter((b) => ENGLISH_BLANKS.includes(b));
  if (english.length > 0) problems.push(`${at}: English blanks ${english.join(",")} (use {usted}/{Usted})`);
  if (citations(en).join() !== citations(es).join()) problems.push(`${at}: citations ${citations(es).join("; ")} should be ${citations(en).join("; ")}`);
  const enLinks = links(en).map((l) => l.replace(/\]\((\/[^)]*)\)/, (_, href: string) => `](${siteLink(href)})`));
  if (enLinks.join() !== links(es).join()) problems.push(`${at}: links ${links(es).join(" ")} should be ${enLinks.join(" ")}`);
  return problems;
}

const headings = (body: string) => body.match(/^## .+$/gm)?.length ?? 0;

const files = englishFiles();

describe("content/es mirrors content/", () => {
  test("every Spanish file has an English original", () => {
    // The glossary has no original; the list of excluded offenses translates a table of the rules
    // (rules/data/fsa-excluded-offenses.ts), checked by ./checklist.test.ts.
    const ownOriginal = ["glossary.md", path.join("checklist", "fsa-excluded-offenses.md")];
    const spanish = englishFiles(ES_DIR).filter((f) => !ownOriginal.includes(f));
    expect(spanish.filter((f) => !files.includes(f))).toEqual([]);
  });

  test.for(files)("%s", (file) => {
    const esFile = path.join(ES_DIR, file);
    expect(existsSync(esFile), `content/es/${file} is missing`).toBe(true);
    const en = readMarkdown(path.join(CONTENT_DIR, file));
    const es = readMarkdown(esFile);
    const problems = [
      ...mirrorProblems(en.data, es.data, file),
      ...(headings(en.body) === headings(es.body) ? [] : [`${file}: ${headings(en.body)} "##" headings in English, ${headings(es.body)} in Spanish`]),
      ...(en.body.trim() === "" ? [] : textProblems(en.body, es.body, `${file} (body)`)),
    ];
    expect(problems).toEqual([]);
  });
});

describe("the readers take the Spanish files with the English schemas", () => {
  test("questions and the screener's words", () => {
    expect(Object.keys(readQuestionWords(ES_DIR)).sort()).toEqual(Object.keys(readQuestionWords()).sort());
    expect(Object.keys(readQuestionTexts(readScreenerWords(ES_DIR), ES_DIR)).length).toBeGreaterThan(50);
  });
  test("reasons, results words and the change log", () => {
    expect(Object.keys(readReasonWords(ES_DIR)).sort()).toEqual(Object.keys(readReasonWords()).sort());
    expect(readResultsWords(ES_DIR)).toBeTruthy();
    expect(readLawChanges(ES_DIR).length).toBe(readLawChanges().length);
  });
  test("pages, paths, resources and the immigration warning", () => {
    expect(readAllPages(ES_DIR).length).toBe(readAllPages().length);
    expect(readAllPathPages(ES_DIR).map((p) => p.path)).toEqual(readAllPathPages().map((p) => p.path));
    expect(readResources(ES_DIR).map((r) => r.id)).toEqual(readResources().map((r) => r.id));
    expect(readPartial("immigration-warning", ES_DIR).slug).toBe("immigration-warning");
  });
  test("letters and checklists", () => {
    expect(readAllLetters(ES_DIR).map((d) => d.slug)).toEqual(readAllLetters().map((d) => d.slug));
    expect(Object.keys(readLetterCommon(ES_DIR)).sort()).toEqual(Object.keys(readLetterCommon()).sort());
  });
});

describe("the mirror check itself", () => {
  test("finds a dropped key, a changed id, a lost blank, an English blank and a changed citation", () => {
    expect(mirrorProblems({ a: "x", b: "y" }, { a: "x" }, "f")).toEqual(["f: keys differ (missing b; extra none)"]);
    expect(mirrorProblems({ fact: "appeal" }, { fact: "apelacion" }, "f")).toHaveLength(1);
    expect(mirrorProblems("By {date}.", "Antes del día.", "f")).toHaveLength(1);
    expect(mirrorProblems("{You} may ask.", "{You} puede pedir.", "f")).toEqual(["f: English blanks You (use {usted}/{Usted})"]);
    expect(mirrorProblems("Under 18 U.S.C. § 3607(c).", "Bajo la ley 3607.", "f")).toHaveLength(1);
    expect(mirrorProblems("/resources/", "/resources/", "f")).toEqual(["f: the site link is /es/resources/"]);
  });
  test("accepts a faithful mirror, with a sentence split per reader", () => {
    const en = { title: "{You} may ask by {date} (18 U.S.C. § 3582(c)).", id: "x", n: 3, href: "/paths/2255/" };
    const es = {
      title: { self: "Usted puede pedir antes del {date} (18 U.S.C. § 3582(c)).", family: "Su familiar puede pedir antes del {date} (18 U.S.C. § 3582(c)).", counselor: "{Usted} puede pedir antes del {date} (18 U.S.C. § 3582(c))." },
      id: "x", n: 3, href: "/es/paths/2255/",
    };
    expect(mirrorProblems(en, es, "f")).toEqual([]);
  });
});
