/**
 * Routing, derived from the rules: which page comes next, and the whole path a set of answers takes.
 * No eligibility here — the engine says which facts the rules still need (`needs`, lib/engine/screen.ts,
 * which remembers its evaluations), and this file only turns that into pages.
 */
import { FACT_KINDS, FACT_NAMES, type Facts, type FactName } from "@/rules/facts/schema";
import { copyAnswer, isAnswered, withoutAnswers } from "@/rules/facts/date-answers";
import { needs } from "@/lib/engine/screen";
import type { IsoDate } from "@/rules/types";
import { pageById, pageOf, SELECT_FACTS } from "./pages";

/** One page as shown: its id and the facts on it that an undecided rule needs. */
export interface Step {
  page: string;
  /** Every fact the page asks on this visit, in the page's order. */
  facts: readonly FactName[];
  /** The facts needed when the page opened; the others were revealed by answers on the page. */
  lead: readonly FactName[];
}

/** The path a set of answers takes through the pages. */
export interface Route {
  /** Every page on the path, in order; the last one is `open` when it still has unanswered facts. */
  steps: readonly Step[];
  /** True when the last step still needs answers; false when every rule has what it needs. */
  open: boolean;
  /** The answers on the path (what the screening is made of). */
  kept: Facts;
  /** Answers that are no longer on the path: a changed answer made them irrelevant. */
  pruned: Facts;
}

/** Who is answering is asked first: it changes every word, though never an outcome. */
const FIRST: Step = { page: "perspective", facts: ["perspective"], lead: ["perspective"] };

/** A date given as a year only or as not known is answered too (rules/facts/date-answers.ts). */
const given = isAnswered;

/**
 * The next page for these facts, or `undefined` when no rule needs anything more.
 * The page is the one holding the first fact, in asking order, that some undecided rule needs; it shows
 * only the facts of that page that such a rule needs now. Facts already given are never asked again, even
 * if a rule lists them.
 */
export function nextStep(facts: Facts, asOf: IsoDate): Step | undefined {
  if (!given(facts, "perspective")) return FIRST;
  const needed = needs(facts, asOf);
  const first = FACT_NAMES.find((name) => !given(facts, name) && needed.has(name));
  if (first === undefined) return undefined;
  const page = pageOf(first);
  const asked = page.facts.filter((name) => name === first || (needed.has(name) && !given(facts, name)));
  return { page: page.id, facts: asked, lead: asked };
}

/** A question asked with radio buttons: the only kind whose chosen option can hold a revealed question. */
const isRadio = (name: FactName) => FACT_KINDS[name].kind === "choice" && !SELECT_FACTS.has(name);

/**
 * The related questions the answers typed so far reveal in place (GOV.UK and USWDS conditional reveal),
 * each with the question whose chosen option it sits under. A fact of the same page that the typed answers
 * make needed is revealed in place only when exactly one answer on the page revealed it and that answer is
 * a radio button the page opened with (no reveal inside a reveal). Any other newly needed fact — revealed
 * by a date, a number, checkboxes, several answers together, or by a revealed question — is asked on the
 * next page instead, as a page of its own. `partial` holds the page's answers that are already valid.
 */
export function reveals(step: Step, answers: Facts, partial: Facts, asOf: IsoDate): Map<FactName, FactName> {
  const revealed = new Map<FactName, FactName>();
  const page = pageById(step.page);
  // A page whose every question is asked already has nothing to reveal: no need to ask the engine.
  if (!page || page.facts.every((fact) => step.lead.includes(fact))) return revealed;
  // This visit's own earlier answers do not count (on a change they are what is being changed); answers
  // given on an earlier visit to the same page do.
  const others = withoutAnswers(answers, step.facts);
  const typed = step.lead.filter((name) => given(partial, name));
  const neededWith = (names: readonly FactName[]) =>
    needs(names.reduce((facts, name) => copyAnswer(facts, partial, name), { ...others }), asOf);
  const needed = neededWith(typed);
  for (const fact of page.facts) {
    if (step.lead.includes(fact) || !needed.has(fact)) continue;
    // The answers without which this fact would not be needed.
    const triggers = typed.filter((name) => !neededWith(typed.filter((other) => other !== name)).has(fact));
    if (triggers.length === 1 && isRadio(triggers[0])) revealed.set(fact, triggers[0]);
  }
  return revealed;
}

/** The facts a page shows while the person fills it in: the step's own facts, then those revealed in place, in the page's order. */
export function revealedFacts(step: Step, answers: Facts, partial: Facts, asOf: IsoDate): readonly FactName[] {
  return shownWith(step, reveals(step, answers, partial, asOf)).facts;
}

/** The step as shown with the questions `reveals` placed: its own facts and those, in the page's order. */
export function shownWith(step: Step, placed: ReadonlyMap<FactName, FactName>): Step {
  const shown = new Set<FactName>([...step.lead, ...placed.keys()]);
  return { ...step, facts: (pageById(step.page)?.facts ?? step.lead).filter((name) => shown.has(name)) };
}

/**
 * Replays the answers from empty, page by page, as a person answering them in order would (Smart Answers
 * replays its responses the same way). Answers the path no longer reaches are `pruned`. Cheap to call
 * again: every evaluation it needs is remembered by the engine.
 */
export function replay(answers: Facts, asOf: IsoDate): Route {
  const kept: Facts = {};
  const steps: Step[] = [];
  let open = false;
  for (let step = nextStep({}, asOf); step; step = nextStep(kept as Facts, asOf)) {
    // A visit shows what the page would reveal given the answers on it, as the form does while it is filled in.
    const visit: Step = { ...step, facts: revealedFacts(step, kept as Facts, answers, asOf) };
    const answered = visit.facts.filter((name) => given(answers, name));
    for (const name of answered) copyAnswer(kept, answers, name);
    if (answered.length === visit.facts.length) {
      steps.push(visit);
      continue;
    }
    // A page with some questions answered already (a change led back to it by another path): their answers
    // stand, as a visit of their own, and the next page asks only the rest — never an answered question again.
    if (answered.length > 0) {
      const lead = step.lead.filter((name) => answered.includes(name));
      steps.push({ page: step.page, lead: lead.length > 0 ? lead : answered, facts: answered });
      continue;
    }
    steps.push(visit);
    open = true;
    break;
  }
  const pruned = Object.fromEntries(Object.entries(answers).filter(([name]) => !(name in kept))) as Facts;
  return { steps, open, kept: kept as Facts, pruned };
}

/** The index of the step that asks `fact` on this route, or -1. */
export function stepIndexOf(route: Route, fact: FactName): number {
  return route.steps.findIndex((step) => step.facts.includes(fact));
}
