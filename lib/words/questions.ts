/** The shape of one question's words on the client (content/questions/<fact>.md, read by lib/content/screener.ts). */
import type { FactName } from "@/rules/facts/schema";
import type { Perspective } from "./perspective";

/** One `##` section of a question's help; "Why we ask" and "Where to find this" are folded. */
export interface HelpSection {
  heading: string;
  html: string;
  folded: boolean;
}

/** One question's words, with its help by section. */
export interface QuestionText {
  fact: FactName;
  title: Readonly<Record<Perspective, string>>;
  hint?: string;
  options?: Readonly<Record<string, string>>;
  optionHints?: Readonly<Record<string, string>>;
  error: string;
  summary: string;
  help: readonly HelpSection[];
}
export type QuestionTexts = Readonly<Partial<Record<FactName, QuestionText>>>;
