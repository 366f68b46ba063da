/**
 * Reading level of every content page: Flesch–Kincaid grade ≤ 8.0, and of every question's title and
 * hint: grade ≤ 6.0 (at the end), computed with the `flesch-kincaid` formula and the `syllable` counter.
 *
 * What is measured is the prose a person reads. Before counting, `readableText` removes:
 * - the "Sources" section (a list of citations) and every heading line;
 * - code spans and code blocks;
 * - link targets: `[words](url)` keeps only "words"; bare URLs go;
 * - legal citations inside sentences ("18 U.S.C. § 3607(c)", "28 C.F.R. § 1.2", "USSG § 1B1.13(b)(6)",
 *   "Pub. L. 119-73", "§§ 3583(e)(1)"), which are names, not words to sound out;
 * - markdown markers (`**`, `_`, list bullets, table pipes).
 * Sentences end at ".", "!" or "?", and at the end of every list item and paragraph (a list item is read
 * as one sentence). A word is a run of letters, digits or apostrophes; each word counts at least one
 * syllable (so "2026" counts as one).
 * For path pages, the frontmatter `summary` and `nextSteps` are added, since result cards show them; for
 * the resources page, each directory entry's `what` and `howToReach`.
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, test } from "vitest";
import { readAllPages, readAllPathPages, readPartial, readResources } from "@/lib/content/pages";
import { readQuestionWords } from "@/lib/content/questions";
import { fillIn } from "@/lib/words/fill";
import { FACT_NAMES } from "@/rules/facts/schema";

const MAX_GRADE = 8.0;

const CITATION =
  /\b(?:\d+\s+U\.S\.C\.|\d+\s+C\.F\.R\.|USSG|Fed\.\s*R\.\s*(?:Crim|App)\.\s*P\.)\s*(?:§§?\s*)?[\w.()-]*(?:,\s*[\w.()-]+)*|§§?\s*[\w.()-]+|Pub\.\s*L\.\s*\d+-\d+/g;

/** The prose of a markdown document, one sentence or list item per line. */
export function readableText(markdown: string): string {
  return markdown
    .replace(/^##\s+Sources\b[\s\S]*?(?=^##\s|(?![\s\S]))/gm, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/`[^`]*`/g, "")
    .replace(/^#{1,6}\s.*$/gm, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/https?:\/\/\S+/g, "")
    .replace(CITATION, "")
    .replace(/[*_]{1,2}/g, "")
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, "")
    .replace(/\|/g, " ")
    .replace(/\b(?:e\.g|i\.e|etc|U\.S|v)\./g, (m) => m.replace(/\./g, ""));
}

export type Counts = { sentence: number; word: number; syllable: number };

/** Sentence, word and syllable counts of prose produced by `readableText`. */
export function countText(prose: string): Counts {
  const sentences = prose
    .split(/(?<=[.!?])["”’)]*\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
  let word = 0;
  let syl = 0;
  for (const s of sentences) {
    for (const w of s.match(/[A-Za-z0-9’']+/g) ?? []) {
      word += 1;
      syl += Math.max(1, syllable(w));
    }
  }
  return { sentence: sentences.length, word, syllable: syl };
}

export function grade(markdown: string): number {
  return fleschKincaid(countText(readableText(markdown)));
}

describe("readableText and countText (the measuring method)", () => {
  test("drops the Sources section, headings, URLs and citations", () => {
    const md = "## What it is\n\nUnder 18 U.S.C. § 3607(c) the court [may act](https://x.gov/a).\n\n## Sources\n\n- [Kokkonen v. Guardian Life](https://law.cornell.edu/x)\n";
    const prose = readableText(md);
    expect(prose).not.toMatch(/What it is|Sources|Kokkonen|https|3607|U\.S\.C/);
    expect(prose).toMatch(/the court may act\./);
  });
  test("counts list items as sentences and every word as at least one syllable", () => {
    expect(countText("- one cat\n- two dogs\n")).toEqual({ sentence: 2, word: 4, syllable: 4 });
    expect(countText("It is 2026. We go.")).toEqual({ sentence: 2, word: 5, syllable: 5 });
  });
  test("matches the published formula on a known sentence", () => {
    // 1 sentence, 6 words, 6 syllables → 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(grade("The cat sat on the mat.")).toBeCloseTo(-1.45, 2);
  });
});

const pathPages = readAllPathPages();
const pages = [
  ...pathPages.map((p) => ({
    name: `paths/${p.path}`,
    markdown: [p.summary, ...p.nextSteps.map((s) => `- ${s}`), p.body].join("\n\n"),
  })),
  ...readAllPages().map((p) => ({
    name: `pages/${p.slug}`,
    // The resources page shows the whole directory under its intro.
    markdown:
      p.slug === "resources"
        ? [p.body, ...readResources().map((r) => `${r.what}\n\n${r.howToReach}`)].join("\n\n")
        : p.body,
  })),
  { name: "partials/immigration-warning", markdown: readPartial("immigration-warning").body },
];

const grades = pages.map(({ name, markdown }) => {
  const counts = countText(readableText(markdown));
  return { page: name, grade: Math.round(fleschKincaid(counts) * 10) / 10, ...counts };
});

test("reading-level table", () => {
  console.log("Flesch–Kincaid grade by page (limit 8.0):");
  console.table(grades);
  expect(grades.length).toBe(pages.length);
});

test.for(grades)("$page reads at grade 8.0 or below", ({ grade: g, word }) => {
  expect(word).toBeGreaterThan(50);
  expect(g).toBeLessThanOrEqual(MAX_GRADE);
});

/**
 * Question titles and hints (issue 11): grade 6.0 or below for each question in each perspective, its
 * title and hint read together as one short passage (what the person reads before the answers), with the
 * blanks filled ({you} → "you", "your relative"…). The same words in two perspectives are counted once.
 */
const MAX_QUESTION_GRADE = 6.0;
const PERSPECTIVES = ["self", "family", "counselor"] as const;
const questionWords = readQuestionWords();
const questionTexts = FACT_NAMES.flatMap((fact) => {
  const q = questionWords[fact]!;
  return PERSPECTIVES.map((perspective) => ({
    fact,
    perspective,
    text: [q.title[perspective], q.hint ?? ""].map((line) => fillIn(line, perspective)).join("\n"),
  }));
})
  .filter((item, i, all) => all.findIndex((other) => other.fact === item.fact && other.text === item.text) === i)
  .map((item) => ({ ...item, grade: Math.round(grade(item.text) * 10) / 10 }));

test("question titles and hints: reading-level table", () => {
  console.log(`Flesch–Kincaid grade of each question's title and hint (limit ${MAX_QUESTION_GRADE}):`);
  console.table(questionTexts.map(({ fact, perspective, grade: g }) => ({ fact, perspective, grade: g })));
  expect(new Set(questionTexts.map((item) => item.fact)).size).toBe(FACT_NAMES.length);
});

test.for(questionTexts)("$fact ($perspective): title and hint read at grade 6.0 or below", ({ text, grade: g }) => {
  expect(g, text).toBeLessThanOrEqual(MAX_QUESTION_GRADE);
});
