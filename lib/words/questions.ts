/** The shape of one question's words on the client (content/questions/<fact>.md, read by lib/content/screener.ts). */
import type { FactName } from "@/rules/facts/schema";
import type { Perspective } from "./perspective";

/** One question's words, with its help split into two parts. */
export interface QuestionText {
  fact: FactName;
  title: Readonly<Record<Perspective, string>>;
  hint?: string;
  options?: Readonly<Record<string, string>>;
  optionHints?: Readonly<Record<string, string>>;
  error: string;
  summary: string;
  help: { why?: string; where?: string };
}
export type QuestionTexts = Readonly<Partial<Record<FactName, QuestionText>>>;
