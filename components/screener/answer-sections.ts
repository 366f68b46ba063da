/**
 * The headings "Check your answers" groups its rows under (issue 11), each with the facts it shows. Every
 * fact is in exactly one section (a unit test checks); within a section, rows keep the order they were
 * asked in. `heading` is a key in content/screener/flow.md. The same sections say where a question page
 * is in the screener ("The sentence — part 3 of 5").
 */
import { evaluateAll } from "@/lib/engine/screen";
import type { Route } from "@/lib/screener/route";
import type { FactName } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";

export interface AnswerSection {
  heading: string;
  facts: readonly FactName[];
}

export const ANSWER_SECTIONS: readonly AnswerSection[] = [
  { heading: "review.section.you", facts: ["perspective", "birthDate", "citizenship"] },
  {
    heading: "review.section.case",
    facts: ["court", "courtState", "caseStatus", "convictionVacated", "offenseDate", "felony", "fsaExcludedOffense", "violentOffense", "childVictim", "recordProblem"],
  },
  { heading: "review.section.drugs", facts: ["simplePossession", "marijuanaOnly", "disposition3607", "drugOffense", "crackOffense", "crackMandatoryMinimum", "prior404Motion"] },
  { heading: "review.section.earlier", facts: ["priorDrugConviction", "prior3607"] },
  {
    heading: "review.section.sentence",
    facts: ["lifeSentence", "prisonMonths", "prisonExtraDays", "supervisedReleaseOrdered", "jailCreditDays", "sentenced3559c", "mandatoryLife", "statusPoints", "criminalHistoryPoints", "zeroPointExclusion"],
  },
  {
    heading: "review.section.appeal",
    facts: ["judgmentDate", "appeal", "appealDecisionDate", "certiorari", "certiorariDate", "prior2255", "legalError", "continuingConsequences"],
  },
  {
    heading: "review.section.now",
    facts: ["custody", "custodyStartDate", "releaseDate", "supervisionStartDate", "supervisionMonths", "supervisionEndDate", "supervisionViolations", "diplomaOrGed", "riskLevel", "removalOrder"],
  },
  { heading: "review.section.compassionate", facts: ["crReasons", "wardenRequest", "wardenRequestDate"] },
  { heading: "review.section.trafficking", facts: ["traffickingSurvivor", "traffickingNexus"] },
];

/** The sections that have answers, each with its facts in the order given (the order they were asked). */
export function groupAnswers(facts: readonly FactName[]): { heading: string; facts: FactName[] }[] {
  return ANSWER_SECTIONS.map((section) => ({ heading: section.heading, facts: facts.filter((fact) => section.facts.includes(fact)) })).filter(
    (section) => section.facts.length > 0,
  );
}

const SECTION_OF = new Map<FactName, string>(ANSWER_SECTIONS.flatMap((section) => section.facts.map((fact) => [fact, section.heading] as const)));

/** Where a question page is: its section, that section's number and how many sections there are. */
export interface Progress {
  heading: string;
  number: number;
  total: number;
}

/**
 * The section of the page at `cursor`, numbered in the order the route first reaches each section. The
 * total is the sections the route has reached plus those of every fact an undecided path may still ask:
 * it can only shrink as answers rule paths in or out, never grow past what the person was told.
 */
export function progressOf(route: Route, cursor: number, asOf: IsoDate): Progress | undefined {
  const step = route.steps[cursor];
  if (!step) return undefined;
  const reached = [...new Set(route.steps.map((visit) => SECTION_OF.get(visit.lead[0])!))];
  const later = evaluateAll(route.kept, asOf)
    .filter(({ evaluation }) => evaluation.status === "incomplete")
    .flatMap(({ rule }) => rule.facts)
    .filter((fact) => route.kept[fact] === undefined)
    .map((fact) => SECTION_OF.get(fact)!);
  const heading = SECTION_OF.get(step.lead[0])!;
  return { heading, number: reached.indexOf(heading) + 1, total: new Set([...reached, ...later]).size };
}
