/**
 * How facts are grouped onto pages. A page is one fact, or a few closely related facts that GOV.UK
 * patterns allow on one page (a prison term in months and days with "life"; small yes / no / not sure
 * radio groups about the same thing). Data only: which facts are *asked* is still decided by the rules
 * (lib/screener/route.ts shows just the facts of a page that an undecided rule needs right now).
 */
import { FACT_NAMES, type FactName } from "@/rules/facts/schema";

export interface PageDef {
  /** Stable id; for code and tests only, never put in a URL. */
  id: string;
  /** The facts this page may ask, in asking order. */
  facts: readonly FactName[];
}

/** Groups of more than one fact. Every other fact is a page of its own, with the fact's name as id. */
const GROUPS: readonly PageDef[] = [
  { id: "court", facts: ["court", "courtState"] },
  { id: "caseStatus", facts: ["caseStatus", "convictionVacated"] },
  { id: "drugs", facts: ["simplePossession", "marijuanaOnly", "crackOffense", "crackMandatoryMinimum", "prior404Motion"] },
  { id: "priorCases", facts: ["priorDrugConviction", "prior3607"] },
  { id: "offenseDetails", facts: ["fsaExcludedOffense", "violentOffense", "childVictim"] },
  { id: "sentence", facts: ["lifeSentence", "prisonMonths", "prisonExtraDays", "supervisedReleaseOrdered"] },
  { id: "prisonStart", facts: ["custodyStartDate", "jailCreditDays"] },
  { id: "supervision", facts: ["releaseDate", "supervisionStartDate", "supervisionMonths", "supervisionEndDate", "supervisionViolations", "felony"] },
  { id: "appeal", facts: ["judgmentDate", "appeal", "appealDecisionDate", "certiorari", "certiorariDate"] },
  { id: "challenge", facts: ["recordProblem", "prior2255", "legalError", "continuingConsequences"] },
  { id: "compassionate", facts: ["crReasons", "wardenRequest", "wardenRequestDate"] },
  { id: "criminalHistory", facts: ["sentenced3559c", "statusPoints", "criminalHistoryPoints", "zeroPointExclusion"] },
  { id: "bopStatus", facts: ["diplomaOrGed", "riskLevel", "removalOrder"] },
  { id: "trafficking", facts: ["traffickingSurvivor", "traffickingNexus"] },
];

/** Choices shown as a select rather than radios: a long list of places (GOV.UK: avoid selects unless the list is long). */
export const SELECT_FACTS: ReadonlySet<FactName> = new Set<FactName>(["courtState"]);

const grouped = new Set(GROUPS.flatMap((group) => group.facts));

/** Every page, in the order of its first fact (a group's facts are shown in the group's order). */
export const PAGES: readonly PageDef[] = [
  ...GROUPS,
  ...FACT_NAMES.filter((name) => !grouped.has(name)).map((name) => ({ id: name, facts: [name] })),
].sort((a, b) => FACT_NAMES.indexOf(a.facts[0]) - FACT_NAMES.indexOf(b.facts[0]));

const PAGE_OF = new Map<FactName, PageDef>(PAGES.flatMap((page) => page.facts.map((fact) => [fact, page] as const)));

/** The page that asks `fact`. */
export function pageOf(fact: FactName): PageDef {
  return PAGE_OF.get(fact)!;
}

/** The page with this id. */
export function pageById(id: string): PageDef | undefined {
  return PAGES.find((page) => page.id === id);
}
