/**
 * Reads the words for every question (one per fact) from content/questions/<fact>.md.
 *
 * Frontmatter: `fact`; `title` for each perspective (self / family / counselor) — it becomes the page's
 * <h1>; optional `hint`; `options` (value → label) for facts with a fixed set of answers, exactly the
 * schema's values; optional `optionHints`; `error` (shown when nothing is given); `summary` (the label
 * on "Check your answers"). Body: `##` sections in markdown, each shown on the question page: "Why we ask"
 * and "Where to find this" folded, any other (a list the question points to, a hotline) open.
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

/** One `##` section of a question's help: its heading and its body as HTML. */
export interface HelpSection {
  heading: string;
  html: string;
}

export type QuestionWords = z.infer<typeof questionFile> & { html: string; sections: HelpSection[] };

/** The body's `##` sections in order; text before the first heading is not allowed (it would have no place). */
export function helpSections(body: string, file: string): HelpSection[] {
  const [before, ...parts] = body.split(/^## /m);
  if (before.trim() !== "") throw new Error(`content/questions/${file}: text before the first "## " heading`);
  return parts.map((part) => {
    const end = part.indexOf("\n");
    const heading = (end < 0 ? part : part.slice(0, end)).trim();
    return { heading, html: markdownToHtml(end < 0 ? "" : part.slice(end + 1)).trim() };
  });
}

/** Every question's words, keyed by fact; throws naming the file when one is malformed. */
export function readQuestionWords(contentDir = CONTENT_DIR): Partial<Record<FactName, QuestionWords>> {
  const dir = path.join(contentDir, "questions");
  const words: Partial<Record<FactName, QuestionWords>> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".md"))) {
    const { data, body } = readMarkdown(path.join(dir, file));
    const parsed = questionFile.safeParse(data);
    if (!parsed.success) throw new Error(`content/questions/${file}: ${z.prettifyError(parsed.error)}`);
    if (`${parsed.data.fact}.md` !== file) throw new Error(`content/questions/${file}: fact must match the file name`);
    words[parsed.data.fact] = { ...parsed.data, html: markdownToHtml(body), sections: helpSections(body, file) };
  }
  return words;
}
