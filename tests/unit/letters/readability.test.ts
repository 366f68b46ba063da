/**
 * Reading level of every document's fixed words (issue #13): Flesch–Kincaid grade ≤ 8.0, measured as
 * tests/unit/content/readability.test.ts measures content pages (citations and blanks are not words to
 * sound out). Each perspective's words are read; field labels, headings and list items count as sentences.
 */
import { expect, test } from "vitest";
import { readAllLetters, readLetterCommon } from "@/lib/letters/read-content";
import type { Words } from "@/lib/letters/spec";
import { fill } from "@/lib/words/fill";
import { grade } from "../content/readability.test";

const PERSPECTIVES = ["self", "family", "counselor"] as const;

const documents = readAllLetters().map((letter) => {
  const all = (words: Words) => (typeof words === "string" ? [words] : PERSPECTIVES.map((p) => fill(words[p], p)));
  const lines = [
    letter.description,
    ...all(letter.intro),
    ...letter.sections.flatMap((section) => [
      ...all(section.heading),
      ...section.items.flatMap((item) => ("text" in item ? all(item.text) : "check" in item ? all(item.check) : "field" in item ? all(item.label) : [])),
    ]),
    ...Object.values(letter.lists).flatMap((list) => Object.values(list).flatMap(all)),
  ];
  // A blank is a line to write on, not a word: each goes.
  const markdown = lines.map((line) => `- ${fill(line, "self").replace(/\{[A-Za-z]+\}/g, "")}`).join("\n");
  return { slug: letter.slug, grade: Math.round(grade(markdown) * 10) / 10 };
});

test("reading-level table of the letters", () => {
  console.table(documents);
  expect(documents).toHaveLength(6);
});

test.for(documents)("$slug reads at grade 8.0 or below", ({ grade: g }) => {
  expect(g).toBeLessThanOrEqual(8.0);
});

test("the shared words read at grade 8.0 or below", () => {
  const markdown = Object.values(readLetterCommon()).map((line) => `- ${line}`).join("\n");
  expect(grade(markdown)).toBeLessThanOrEqual(8.0);
});
