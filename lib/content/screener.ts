/**
 * Reads the words of the screener's frame and flow (content/screener/flow.md) and each question's words
 * with its help sections. Node only: runs at build time, and the pages
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

/**
 * The words of every question, shaped for the client: title per perspective, options, and help by
 * section — "Why we ask" and "Where to find this" (their headings are UI strings) folded, the rest open.
 */
export function readQuestionTexts(ui: UiWords, contentDir = CONTENT_DIR): QuestionTexts {
  const folded = new Set(["question.whyWeAsk", "question.whereToFind"].map((key) => ui[key]).map((value) => (typeof value === "string" ? value : value.self)));
  const out: Partial<Record<FactName, QuestionText>> = {};
  for (const [fact, words] of Object.entries(readQuestionWords(contentDir))) {
    // Not the whole body as HTML (`words.html`): the page shows it section by section.
    const { title, hint, options, optionHints, error, summary, sections } = words;
    const help = sections.map((section) => ({ ...section, folded: folded.has(section.heading) }));
    out[fact as FactName] = { fact: fact as FactName, title, hint, options, optionHints, error, summary, help };
  }
  return out;
}
