/**
 * The screener's words on the client: keyed UI strings with perspective variants, and the question words
 * passed down from the server page. Filling blanks never throws here: a blank this page cannot fill is left
 * as written (a unit test checks every key and blank in content/screener/flow.md).
 */
import type { FactName } from "@/rules/facts/schema";
import type { Perspective } from "@/lib/words/fill";
import { fillIn } from "@/lib/words/fill";

export type Variants = string | Readonly<Record<Perspective, string>>;
export type UiWords = Readonly<Record<string, Variants>>;

/** One `##` section of a question's help; "Why we ask" and "Where to find this" are folded. */
export interface HelpSection {
  heading: string;
  html: string;
  folded: boolean;
}

/** One question's words (content/questions/<fact>.md), with its help by section. */
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

/** Fill perspective and named blanks; a blank with no value is left as it is rather than thrown. */
export function fill(template: string, perspective: Perspective, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (blank) => {
    try {
      return fillIn(blank, perspective, vars);
    } catch {
      return blank;
    }
  });
}

/** A translator bound to the words and the person answering. */
export type Say = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

export function makeSay(words: UiWords, perspective: Perspective): Say {
  return (key, vars) => {
    const value = words[key];
    if (value === undefined) return key;
    return fill(typeof value === "string" ? value : value[perspective], perspective, vars);
  };
}
