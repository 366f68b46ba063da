/**
 * The headings "Check your answers" groups its rows under (issue 11), each with the facts it shows. Every
 * fact is in exactly one section (a unit test checks); within a section, rows keep the order they were
 * asked in. `heading` is a key in content/screener/flow.md.
 */
import type { FactName } from "@/rules/facts/schema";

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
