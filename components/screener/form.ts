/**
 * A question page's form: turning answers into form values and back, and checking what was entered.
 * The checks are the GOV.UK ones (nothing chosen, a real date, a whole number) plus the date contradictions
 * the facts schema rejects; never eligibility (GOV.UK: "Do not use validation to check whether the user is
 * eligible").
 */
import type { Resolver } from "react-hook-form";
import { EMPTY_DATE, datePartsOf, readDateAnswer, type DateParts } from "@/components/form/memorable-date";
import { contradictions } from "@/rules/facts/contradictions";
import { copyAnswer, dateAnswerOf, isAnswered, isDateFact, withDateAnswer, type DateAnswer } from "@/rules/facts/date-answers";
import type { Facts, FactName } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import { FIELDS } from "./fields";
import { pageById } from "@/lib/screener/pages";
import { revealedFacts, type Step } from "@/lib/screener/route";

export type FieldValue = string | string[] | DateParts;
export type FormValues = Record<string, FieldValue>;

/** One problem: the fact, the id of the control to focus, and a message key with its blanks. */
export interface FieldProblem {
  fact: FactName;
  anchor: string;
  message: string;
}

/** What a field needs to word its errors. */
export interface ProblemWords {
  /** The fact's own "nothing given" message (content/questions/<fact>.md `error`). */
  required(fact: FactName): string;
  /** The fact's short label ("Date of birth"). */
  label(fact: FactName): string;
  /** An option's words, as the person reads them ("None of these"), never its value. */
  option(fact: FactName, value: string): string;
  /** A UI string (content/screener/flow.md). */
  say(key: string, vars?: Readonly<Record<string, string | number>>): string;
}

/** The form's value for a fact, from the answers (a date's year only or "not known" included). */
export function toFormValue(fact: FactName, facts: Facts): FieldValue {
  const field = FIELDS[fact];
  if (isDateFact(fact)) return datePartsOf(dateAnswerOf(facts, fact));
  const value = facts[fact];
  if (field.kind === "checkboxes") return Array.isArray(value) ? [...value] : [];
  if (value === undefined) return "";
  return String(value);
}

/** A date given as its year only, or as not known, in words for check answers; undefined for any other answer. */
export function uncertainDateText(fact: FactName, answers: Facts, say: (key: string, vars?: Readonly<Record<string, string | number>>) => string): string[] | undefined {
  const answer = isDateFact(fact) ? dateAnswerOf(answers, fact) : undefined;
  if (answer?.kind === "year") return [say("review.dateYearOnly", { year: String(answer.year) })];
  if (answer?.kind === "unknown") return [say("review.dateNotKnown")];
  return undefined;
}

/** Form values for a step, prefilled from answers, then from answers a change pruned. */
export function defaultValues(step: Step, answers: Facts, stash: Facts): FormValues {
  // Every fact of the page, so a question revealed while answering starts from its kept answer too.
  const facts = pageById(step.page)?.facts ?? step.facts;
  return Object.fromEntries(facts.map((fact) => [fact, toFormValue(fact, isAnswered(answers, fact) ? answers : stash)]));
}

/** A date's problem in words, pointing at the part to fix (components/form/memorable-date.ts). */
function checkDate(fact: FactName, value: DateParts, words: ProblemWords): FieldProblem | DateAnswer {
  const result = readDateAnswer(value);
  if (result.kind === "exact" || result.kind === "year" || result.kind === "unknown") return result;
  const anchor = `${fact}-${result.part}`;
  if (result.kind === "empty") return { fact, anchor, message: words.required(fact) };
  if (result.kind === "missing") {
    return { fact, anchor, message: words.say("error.dateMissingPart", { label: words.label(fact), part: words.say(`question.date.${result.part}`).toLowerCase() }) };
  }
  return { fact, anchor, message: words.say(result.key, result.vars) };
}

/**
 * Checks a page's values. Returns the facts they give, or the problems, in the order of the page.
 * `answers` are the other answers, for the date contradictions (a release before the prison term began…).
 */
export function checkStep(
  step: Step,
  values: FormValues,
  answers: Facts,
  asOf: IsoDate,
  words: ProblemWords,
): { ok: true; facts: Facts } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const facts: Record<string, unknown> = {};
  // A date's answer comes with the date companions of every answer so far, so it can replace theirs.
  let dated: Facts = answers;
  for (const fact of step.facts) {
    const field = FIELDS[fact];
    const value = values[fact];
    if (field.kind === "date") {
      const result = checkDate(fact, (value as DateParts) ?? EMPTY_DATE, words);
      if ("fact" in result) problems.push(result);
      else if (isDateFact(fact)) {
        const answer = withDateAnswer(dated, fact, result);
        dated = { ...dated, ...answer };
        Object.assign(facts, answer);
      }
    } else if (field.kind === "number") {
      const raw = typeof value === "string" ? value.trim() : "";
      if (raw === "") problems.push({ fact, anchor: fact, message: words.required(fact) });
      else if (/^-\d+$/.test(raw)) problems.push({ fact, anchor: fact, message: words.say("error.numberNegative", { label: words.label(fact) }) });
      else if (!/^\d{1,5}$/.test(raw)) problems.push({ fact, anchor: fact, message: words.say("error.numberInvalid", { label: words.label(fact) }) });
      else facts[fact] = Number(raw);
    } else if (field.kind === "checkboxes") {
      const chosen = (Array.isArray(value) ? value : []).filter((option) => field.options.includes(option));
      const exclusive = chosen.filter((option) => field.exclusive.includes(option));
      if (chosen.length === 0) problems.push({ fact, anchor: fact, message: words.required(fact) });
      else if (exclusive.length > 0 && chosen.length > 1) {
        problems.push({ fact, anchor: fact, message: words.say("error.exclusive", { option: words.option(fact, exclusive[0]!) }) });
      } else facts[fact] = field.options.filter((option) => chosen.includes(option));
    } else {
      if (typeof value !== "string" || !field.options.includes(value)) problems.push({ fact, anchor: fact, message: words.required(fact) });
      else facts[fact] = value;
    }
  }
  if (problems.length === 0) {
    // The contradictions the facts schema rejects (rules/README.md § bad-input), reported on this page's date.
    for (const problem of contradictions({ ...answers, ...(facts as Facts) }, asOf)) {
      const { fact: named } = problem;
      if (problem.kind === "after-as-of") {
        if (step.facts.includes(named)) problems.push({ fact: named, anchor: `${named}-month`, message: words.say("error.dateFuture", { label: words.label(named) }) });
      } else if (step.facts.includes(named)) {
        problems.push({ fact: named, anchor: `${named}-month`, message: words.say("error.dateOrder", { label: words.label(named), other: words.label(problem.other).toLowerCase() }) });
      } else if (step.facts.includes(problem.other)) {
        const earlier = problem.other;
        problems.push({ fact: earlier, anchor: `${earlier}-month`, message: words.say("error.dateOrderBefore", { label: words.label(earlier), other: words.label(named).toLowerCase() }) });
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, facts: facts as Facts };
}

const QUIET: ProblemWords = { required: () => "", label: () => "", option: () => "", say: () => "" };

/** The page's answers that are already valid, one by one (to decide which related questions to reveal). */
export function partialFacts(step: Step, values: FormValues, answers: Facts, asOf: IsoDate): Facts {
  let facts: Facts = {};
  for (const fact of pageById(step.page)?.facts ?? step.facts) {
    if (!(fact in values)) continue;
    const result = checkStep({ page: step.page, facts: [fact], lead: [fact] }, values, answers, asOf, QUIET);
    if (result.ok) facts = copyAnswer(facts, result.facts, fact);
  }
  return facts;
}

/** The step as shown with these values: its facts plus the related questions they reveal. */
export function shownStep(step: Step, values: FormValues, answers: Facts, asOf: IsoDate): Step {
  return { ...step, facts: revealedFacts(step, answers, partialFacts(step, values, answers, asOf), asOf) };
}

/**
 * The page's resolver for react-hook-form: the checks above on the page as shown, each problem reported
 * on its fact; on success the form's values become the facts they give. Built per page because the facts
 * on a page, and their words, change.
 */
export function stepResolver(step: Step, answers: Facts, asOf: IsoDate, words: ProblemWords): Resolver<FormValues, unknown, Facts> {
  return (values) => {
    const result = checkStep(shownStep(step, values, answers, asOf), values, answers, asOf, words);
    if (result.ok) return { values: result.facts, errors: {} };
    return { values: {}, errors: Object.fromEntries(result.problems.map((problem) => [problem.fact, { type: "validate", message: problem.message }])) };
  };
}
