/**
 * Reading level of every content page: Flesch–Kincaid grade ≤ 8.0, and of every question's title and
 * of its hint, each alone and together: grade ≤ 6.0 (below), computed with the `flesch-kincaid` formula
 * and the `syllable` counter.
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
 * For path pages, the frontmatter `summary` and `nextSteps` are added, since result cards show them, in
 * each perspective (the path page shows the person's own words; a result card, the reader's); for the
 * resources page, each directory entry's `what` and `howToReach`. Result cards are also measured on their
 * own words (summary and next steps) and each path's reasons, in each perspective (issue 12).
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { describe, expect, test } from "vitest";
import { readAllPages, readAllPathPages, readPartial, readResources } from "@/lib/content/pages";
import { readQuestionWords } from "@/lib/content/questions";
import { fill, fillIn } from "@/lib/words/fill";
import type { Perspective } from "@/lib/words/perspective";
import { say, type Variant } from "@/lib/words/say";
import { readReasonWords } from "@/lib/content/reasons";
import { FACT_NAMES } from "@/rules/facts/schema";

const MAX_GRADE = 8.0;

const CITATION =
  /\b(?:\d+\s+U\.S\.C\.|\d+\s+C\.F\.R\.|USSG|Fed\.\s*R\.\s*(?:Crim|App)\.\s*P\.)\s*(?:§§?\s*)?[\w.()-]*(?:,\s*[\w.()-]+)*|§§?\s*[\w.()-]+|Pub\.\s*L\.\s*\d+-\d+/g;

/**
 * Terms of art a person must find on their papers, kept in a question's title though long: in the measure
 * of question titles only (below), each is read as one two-syllable word, as a citation is read as a name.
 * Kept short: a term goes here only when no plain rewrite of a title that names it reaches grade 6.0
 * (wardenRequest, criminalHistoryPoints, crackMandatoryMinimum, supervisedReleaseOrdered).
 */
export const TERMS_OF_ART = ["compassionate release", "criminal history points", "mandatory minimum", "supervised release"];
const TERM = new RegExp(`\\b(?:${TERMS_OF_ART.join("|")})\\b`, "gi");
/** A question title's words with each term of art read as one two-syllable word ("paper"). */
export const termsAsWords = (text: string) => text.replace(TERM, "paper");

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
  test("reads each term of art in a question as one two-syllable word, and nothing else", () => {
    expect(countText(termsAsWords("Did the judge order Supervised Release?"))).toEqual({ sentence: 1, word: 5, syllable: 7 });
    expect(termsAsWords("compassionate reasons")).toBe("compassionate reasons");
  });
  test("matches the published formula on a known sentence", () => {
    // 1 sentence, 6 words, 6 syllables → 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(grade("The cat sat on the mat.")).toBeCloseTo(-1.45, 2);
  });
});

const PERSPECTIVES = ["self", "family", "counselor"] as const;
const pathPages = readAllPathPages();
/** A path's card words, summary and next steps, for one reader. */
const cardWords = (p: (typeof pathPages)[number], perspective: Perspective) =>
  [say(p.summary, perspective), ...p.nextSteps.map((s) => `- ${say(s, perspective)}`)].join("\n\n");
const pages = [
  ...pathPages.flatMap((p) =>
    PERSPECTIVES.map((perspective) => ({
      name: perspective === "self" ? `paths/${p.path}` : `paths/${p.path} (${perspective})`,
      markdown: [cardWords(p, perspective), p.body].join("\n\n"),
    })),
  ),
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
 * Question titles and hints (issue 11): grade 6.0 or below for each question in each perspective, with
 * the blanks filled ({you} → "you", "your relative"…). The title alone, the hint alone, and the two read
 * together (what the person reads before the answers) are each measured. The table shows every fact and
 * perspective; the same words in two perspectives are tested once. In a title (alone or with its hint), a
 * term of art (TERMS_OF_ART, above) counts as one two-syllable word; a hint alone is measured as written.
 */
const MAX_QUESTION_GRADE = 6.0;
const questionWords = readQuestionWords();
const tenths = (g: number) => Math.round(g * 10) / 10;
const questionGrade = (text: string) => tenths(grade(termsAsWords(text)));
const questionRows = FACT_NAMES.flatMap((fact) => {
  const q = questionWords[fact]!;
  return PERSPECTIVES.map((perspective) => {
    const title = fillIn(q.title[perspective], perspective);
    const hint = q.hint === undefined ? undefined : fillIn(q.hint, perspective);
    return {
      fact,
      perspective,
      title,
      hint,
      titleGrade: questionGrade(title),
      hintGrade: hint === undefined ? undefined : tenths(grade(hint)),
      together: questionGrade([title, hint ?? ""].join("\n")),
    };
  });
});
const questionTexts = questionRows.filter(
  (item, i, all) =>
    all.findIndex((other) => other.fact === item.fact && other.title === item.title && other.hint === item.hint) === i,
);

test("question titles and hints: reading-level table", () => {
  console.log(`Flesch–Kincaid grade of each question's title, hint, and both (limit ${MAX_QUESTION_GRADE}):`);
  console.table(
    questionRows.map(({ fact, perspective, titleGrade, hintGrade, together }) => ({
      fact,
      perspective,
      title: titleGrade,
      hint: hintGrade ?? "–",
      together,
    })),
  );
  expect(new Set(questionTexts.map((item) => item.fact)).size).toBe(FACT_NAMES.length);
});

test.for(questionTexts)("$fact ($perspective): the title reads at grade 6.0 or below", ({ title, titleGrade }) => {
  expect(titleGrade, title).toBeLessThanOrEqual(MAX_QUESTION_GRADE);
});

test.for(questionTexts.filter((item) => item.hint !== undefined))(
  "$fact ($perspective): the hint reads at grade 6.0 or below",
  ({ hint, hintGrade }) => {
    expect(hintGrade, hint).toBeLessThanOrEqual(MAX_QUESTION_GRADE);
  },
);

test.for(questionTexts)("$fact ($perspective): title and hint read at grade 6.0 or below", ({ title, hint, together }) => {
  expect(together, [title, hint].join("\n")).toBeLessThanOrEqual(MAX_QUESTION_GRADE);
});

/**
 * Result cards for each reader (issue 12): a path's summary and next steps, and its reasons, with the
 * blanks filled ({you} → "your relative"…; a named value such as {date} read as a date in words). The
 * reasons read at grade 8.0 or below. A card's own words are a few long sentences (the person's words
 * for some paths already read above 8), so a relative's or counselor's card may not read harder than
 * 8.0 or than the person's own card, whichever is higher.
 */
const reasonWords = readReasonWords();
const withValues = (text: Variant, perspective: Perspective) =>
  fill(typeof text === "string" ? text : text[perspective], perspective).replace(/\{[A-Za-z]+\}/g, "March 4, 2027");
const cards = pathPages.flatMap((p) =>
  PERSPECTIVES.map((perspective) => ({
    path: p.path,
    perspective,
    card: Math.round(grade(cardWords(p, perspective)) * 10) / 10,
    reasons: Math.round(grade(Object.values(reasonWords[p.path]).map((r) => withValues(r, perspective)).join("\n\n")) * 10) / 10,
  })),
);

test("result cards: reading-level table", () => {
  console.log("Flesch–Kincaid grade of each path's card words and reasons, by reader:");
  console.table(cards);
  expect(cards.length).toBe(pathPages.length * PERSPECTIVES.length);
});

test.for(cards)("$path ($perspective): reasons read at grade 8.0 or below", ({ reasons }) => {
  expect(reasons).toBeLessThanOrEqual(MAX_GRADE);
});

test.for(cards.filter((c) => c.perspective !== "self"))(
  "$path ($perspective): the card reads at grade 8.0 or below, or no harder than the person's own",
  ({ path, card }) => {
    const own = cards.find((c) => c.path === path && c.perspective === "self")!.card;
    expect(card).toBeLessThanOrEqual(Math.max(MAX_GRADE, own));
  },
);
