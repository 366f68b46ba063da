/**
 * Reads the words of the results page from content/results/results.md, validated against a strict schema
 * (lib/results/words-schema.ts): a missing or misspelled key fails the build, naming the file.
 * Runs in Node only (build time, tests); app/screener/results.json/route.ts writes the result into the static export.
 */
import path from "node:path";
import * as z from "zod/mini";
import { PERSON_BLANKS } from "@/lib/words/fill";
import { resultsWordsSchema, type ResultsWords } from "@/lib/results/words-schema";
import { readMarkdown } from "./frontmatter";

import { CONTENT_DIR as DEFAULT_CONTENT_DIR } from "./dir";

/** Blanks the results page fills in, besides the perspective blanks. */
const PAGE_BLANKS = ["date", "when", "title", "count", "n", "question", "answer", "status", "label"];

function blanksIn(value: unknown, at: string, problems: string[]): void {
  if (typeof value === "string") {
    for (const [, name] of value.matchAll(/\{([A-Za-z]+)\}/g)) {
      if (!PERSON_BLANKS.includes(name) && !PAGE_BLANKS.includes(name)) problems.push(`${at}: unknown blank {${name}}`);
    }
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) blanksIn(inner, at ? `${at}.${key}` : key, problems);
  }
}

/** The words of the results page; throws naming the file when they are malformed. */
export function readResultsWords(contentDir = DEFAULT_CONTENT_DIR): ResultsWords {
  const rel = "content/results/results.md";
  const parsed = resultsWordsSchema.safeParse(readMarkdown(path.join(contentDir, "results", "results.md")).data);
  if (!parsed.success) throw new Error(`${rel}: ${z.prettifyError(parsed.error)}`);
  const problems: string[] = [];
  blanksIn(parsed.data, "", problems);
  if (problems.length > 0) throw new Error(`${rel}: ${problems.join("; ")}`);
  return parsed.data;
}
