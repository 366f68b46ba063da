/**
 * Reads the documents' words: content/letters/<slug>.md (frontmatter, validated with zod/mini strict
 * objects, so a typo in a key fails the build naming the file) and content/letters/common.md. Node only:
 * runs at build time and in tests.
 */
import path from "node:path";
import * as z from "zod/mini";
import { readMarkdown } from "@/lib/content/frontmatter";
import { CONTENT_DIR } from "@/lib/content/pages";
import { LETTER_SLUGS, type LetterSlug } from "./documents";
import type { CommonWords, LetterSpec } from "./spec";

const text = z.string().check(z.minLength(1), z.trim());
const words = z.union([text, z.strictObject({ self: text, family: text, counselor: text })]);
const flag = z.optional(z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/)));
const id = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/));
const item = z.union([
  z.strictObject({ when: flag, unless: flag, text: words }),
  z.strictObject({ when: flag, unless: flag, field: id, label: words, lines: z.optional(z.int().check(z.gte(1), z.lte(8))), type: z.optional(z.enum(["text", "date"])), screenOnly: z.optional(z.boolean()) }),
  z.strictObject({ when: flag, unless: flag, list: id }),
  z.strictObject({ when: flag, unless: flag, check: words }),
]);
const letterFile = z.strictObject({
  slug: z.enum(LETTER_SLUGS),
  title: text,
  description: text,
  rule: text,
  lastReviewed: z.iso.date(),
  intro: words,
  immigrationWarning: z.boolean(),
  sections: z.array(z.strictObject({ heading: words, when: flag, unless: flag, items: z.array(item).check(z.minLength(1)) })).check(z.minLength(1)),
  lists: z.record(z.string(), z.record(z.string(), words)),
});
const commonFile = z.strictObject({ strings: z.record(z.string(), text) });

const dir = (contentDir: string) => path.join(contentDir, "letters");

/** One document's words; throws naming the file when it is malformed. */
export function readLetter(slug: LetterSlug, contentDir = CONTENT_DIR): LetterSpec {
  const rel = `content/letters/${slug}.md`;
  const parsed = letterFile.safeParse(readMarkdown(path.join(dir(contentDir), `${slug}.md`)).data);
  if (!parsed.success) throw new Error(`${rel}: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.slug !== slug) throw new Error(`${rel}: slug must match the file name`);
  return parsed.data;
}

/** Every document, in index order. */
export const readAllLetters = (contentDir = CONTENT_DIR): LetterSpec[] => LETTER_SLUGS.map((slug) => readLetter(slug, contentDir));

/** Each document's title, for `documentsFor`. */
export function readLetterTitles(contentDir = CONTENT_DIR): Record<LetterSlug, string> {
  return Object.fromEntries(LETTER_SLUGS.map((slug) => [slug, readLetter(slug, contentDir).title])) as Record<LetterSlug, string>;
}

/** The words every document page shares. */
export function readLetterCommon(contentDir = CONTENT_DIR): CommonWords {
  const parsed = commonFile.safeParse(readMarkdown(path.join(dir(contentDir), "common.md")).data);
  if (!parsed.success) throw new Error(`content/letters/common.md: ${z.prettifyError(parsed.error)}`);
  return parsed.data.strings;
}
