/**
 * The answers given, as rows of words for the printed summary: the question's short label (the one
 * "Check your answers" uses) and the answer in words. Facts with no label in content are left out
 * rather than shown by their code name.
 */
import { FACT_NAMES, type FactName, type Facts } from "@/rules/facts/schema";
import { valuesOf, type FactValue } from "@/lib/engine/what-would-change";
import { longDate } from "@/lib/words/dates";
import { isIsoDate } from "@/rules/calendar/dates";
import { fill } from "@/lib/words/fill";
import type { Perspective } from "@/lib/words/perspective";
import type { Say } from "@/lib/words/say";
import type { ResultsWords } from "./words-schema";

/** The short words of one question, as content/questions/<fact>.md gives them (QuestionWords fits). */
export interface QuestionLabel {
  summary: string;
  options?: Readonly<Record<string, string>>;
}
export type QuestionLabels = Readonly<Partial<Record<FactName, QuestionLabel>>>;

/** The question's short label, or undefined when content has none. */
export function questionLabel(fact: FactName, questions: QuestionLabels, perspective: Perspective): string | undefined {
  const summary = questions[fact]?.summary;
  return summary === undefined ? undefined : fill(summary, perspective);
}

/** One answer in words; undefined when a value has no words anywhere. */
export function answerInWords(
  fact: FactName,
  value: FactValue | number,
  questions: QuestionLabels,
  words: ResultsWords,
  t: Say,
  perspective: Perspective,
): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") {
    const each = value.map((item) => answerInWords(fact, item, questions, words, t, perspective));
    return each.every((item) => item !== undefined) ? each.join("; ") : undefined;
  }
  if (isIsoDate(value) && valuesOf(fact) === undefined) return longDate(value);
  const option = questions[fact]?.options?.[value];
  if (option !== undefined) return fill(option, perspective);
  if (value === "yes" || value === "no" || value === "unsure") return t(words.answers[value]);
  return undefined;
}

export interface AnswerRow {
  fact: FactName;
  question: string;
  answer: string;
}

/** Every answer given that content has words for, in the order the questions are asked. */
export function answerRows(facts: Facts, questions: QuestionLabels, words: ResultsWords, t: Say, perspective: Perspective): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const fact of FACT_NAMES) {
    const value = facts[fact];
    if (value === undefined) continue;
    const question = questionLabel(fact, questions, perspective);
    const answer = answerInWords(fact, value, questions, words, t, perspective);
    if (question !== undefined && answer !== undefined) rows.push({ fact, question, answer });
  }
  return rows;
}
