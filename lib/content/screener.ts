/**
 * Reads the words of the screener's frame and flow (content/screener/flow.md) and splits each question's
 * help into its "Why we ask" and "Where to find this" parts. Node only: runs at build time, and the pages
 * pass the result to client components as plain props.
 */
import "server-only";
import path from "node:path";
import * as z from "zod/mini";
import { readMarkdown } from "./frontmatter";
import { CONTENT_DIR } from "./reasons";
import { readQuestionWords } from "./questions";
import type { QuestionText, QuestionTexts } from "@/lib/words/questions";
import type { UiWords } from "@/lib/words/say";
import type { FactName } from "@/rules/facts/schema";

const text = z.string().check(z.minLength(1));
const flowFile = z.strictObject({
  strings: z.record(z.string(), z.union([text, z.strictObject({ self: text, family: text, counselor: text })])),
});

/** Every UI string of the screener, keyed; throws naming the file when it is malformed. */
export function readScreenerWords(contentDir = CONTENT_DIR): UiWords {
  const file = path.join(contentDir, "screener", "flow.md");
  const parsed = flowFile.safeParse(readMarkdown(file).data);
  if (!parsed.success) throw new Error(`content/screener/flow.md: ${z.prettifyError(parsed.error)}`);
  return parsed.data.strings;
}

/** Splits rendered help at its `<h2>` headings into the two parts the question page folds into `<details>`. */
export function splitHelp(html: string, headings: { why: string; where: string }): { why?: string; where?: string } {
  const parts: { why?: string; where?: string } = {};
  const sections = html.split(/<h2>/).slice(1);
  for (const section of sections) {
    const end = section.indexOf("</h2>");
    if (end < 0) continue;
    const title = section.slice(0, end).trim();
    const body = section.slice(end + 5).trim();
    if (title === headings.why) parts.why = body;
    else if (title === headings.where) parts.where = body;
  }
  return parts;
}

/** The words of every question, shaped for the client: title per perspective, options, help split in two. */
export function readQuestionTexts(ui: UiWords, contentDir = CONTENT_DIR): QuestionTexts {
  const why = ui["question.whyWeAsk"];
  const where = ui["question.whereToFind"];
  const headings = { why: typeof why === "string" ? why : why.self, where: typeof where === "string" ? where : where.self };
  const out: Partial<Record<FactName, QuestionText>> = {};
  for (const [fact, words] of Object.entries(readQuestionWords(contentDir))) {
    const { html, ...rest } = words;
    out[fact as FactName] = { ...rest, help: splitHelp(html, headings) };
  }
  return out;
}
