/**
 * Reads the words for every question (one per fact) from content/questions/<fact>.md.
 *
 * Frontmatter: `fact`; `title` for each perspective (self / family / counselor) — it becomes the page's
 * <h1>; optional `hint`; `options` (value → label) for facts with a fixed set of answers, exactly the
 * schema's values; optional `optionHints`; `error` (shown when nothing is given); `summary` (the label
 * on "Check your answers"). Body: "## Why we ask" and "## Where to find this" sections in markdown.
 * Blanks such as {you} and {your} may be used in hint, error, summary and body (lib/words/fill.ts).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { FACT_NAMES, type FactName } from "@/rules/facts/schema";
import { readMarkdown } from "./frontmatter";
import { markdownToHtml } from "./markdown";
import { CONTENT_DIR } from "./reasons";

const text = z.string().check(z.minLength(1));
const questionFile = z.strictObject({
  fact: z.enum(FACT_NAMES as [FactName, ...FactName[]]),
  title: z.strictObject({ self: text, family: text, counselor: text }),
  hint: z.optional(text),
  options: z.optional(z.record(z.string(), text)),
  optionHints: z.optional(z.record(z.string(), text)),
  error: text,
  summary: text,
});

export type QuestionWords = z.infer<typeof questionFile> & { html: string };

/** Every question's words, keyed by fact; throws naming the file when one is malformed. */
export function readQuestionWords(contentDir = CONTENT_DIR): Partial<Record<FactName, QuestionWords>> {
  const dir = path.join(contentDir, "questions");
  const words: Partial<Record<FactName, QuestionWords>> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".md"))) {
    const { data, body } = readMarkdown(path.join(dir, file));
    const parsed = questionFile.safeParse(data);
    if (!parsed.success) throw new Error(`content/questions/${file}: ${z.prettifyError(parsed.error)}`);
    if (`${parsed.data.fact}.md` !== file) throw new Error(`content/questions/${file}: fact must match the file name`);
    words[parsed.data.fact] = { ...parsed.data, html: markdownToHtml(body) };
  }
  return words;
}
