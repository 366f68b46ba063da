import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readResultsWords } from "@/lib/content/results";
import { say } from "@/lib/words/say";

describe("the words of the results page", () => {
  const words = readResultsWords();

  test("are worded for the person answering", () => {
    expect(say(words.groups.likely.heading, "self")).toBe("You may qualify");
    expect(say(words.groups.likely.heading, "family")).toBe("Your relative may qualify");
    expect(say(words.groups.likely.heading, "counselor")).toBe("Your client may qualify");
    expect(say(words.page.title, "family")).toBe("Your relative's results");
  });

  test("a string may give one variant per person", () => {
    const variant = { self: "Mine", family: "Theirs", counselor: "Client's" };
    expect(say(variant, "family")).toBe("Theirs");
  });

  test("the estimate heading says the Bureau of Prisons' calculation controls", () => {
    expect(say(words.card.estimateHeading, "self")).toBe("Estimate — the Bureau of Prisons' own calculation controls");
  });

  function withContent(edit: (text: string) => string): string {
    const dir = mkdtempSync(path.join(tmpdir(), "results-words-"));
    mkdirSync(path.join(dir, "results"));
    const original = readFileSync(path.join(process.cwd(), "content/results/results.md"), "utf8");
    writeFileSync(path.join(dir, "results", "results.md"), edit(original));
    return dir;
  }

  test("a misspelled key fails, naming the file", () => {
    const dir = withContent((text) => text.replace("  printButton:", "  printButon:"));
    expect(() => readResultsWords(dir)).toThrow(/content\/results\/results\.md/);
  });

  test("an unknown blank fails, naming the key", () => {
    const dir = withContent((text) => text.replace("Print this page", "Print {thing}"));
    expect(() => readResultsWords(dir)).toThrow(/page\.printButton: unknown blank \{thing\}/);
  });
});
