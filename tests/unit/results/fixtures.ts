/**
 * Hand-made results for the results-page tests: one per path, in the order of rules/README.md § paths, with every status,
 * so the page can be tested without depending on how far the rules engine has got.
 */
import type { Facts } from "@/rules/facts/schema";
import type { PathResult, Screening } from "@/lib/engine/screen";
import { readResultsWords } from "@/lib/content/results";
import type { PathCardContent, ResultResource, ResultsWords } from "@/components/screener/results/results";
import { PATH_IDS, type PathId, type Status } from "@/rules/types";

export const AS_OF = "2026-11-23";

const reason = (key: string, text: string, cite: string) => ({ key, text, cite });

const STATUS_OF: Record<PathId, Status> = {
  "3607": "not-applicable",
  "2255": "likely",
  "coram-nobis": "not-applicable",
  "compassionate-release": "not-yet",
  "retroactive-amendment": "unlikely",
  "fsa-time-credits": "possible",
  "good-conduct-time": "likely",
  "fsa-404": "not-applicable",
  tsra: "possible",
  "judicial-expungement": "unlikely",
  pardon: "unlikely",
  commutation: "possible",
  "early-termination": "not-applicable",
};

const EXTRA: Partial<Record<PathId, Partial<PathResult>>> = {
  "2255": { deadline: "2026-12-15", earliestDeadline: "2026-12-14" },
  "compassionate-release": { availableFrom: "2026-12-20" },
  "good-conduct-time": { estimate: { gctRelease: "2028-04-06", gctDays: 270, imposedDays: 1826, newThing: 3 } },
  tsra: { remedies: ["vacatur", "arrest-expungement"] },
};

export function resultsFixture(): PathResult[] {
  return PATH_IDS.map((path) => ({
    path,
    status: STATUS_OF[path],
    reasons: [reason(`${path}Reason`, `Reason words for ${path}.`, `Cite for ${path}`)],
    lawAsOf: "2026-12-03",
    ...EXTRA[path],
  }));
}

export const screeningFixture = (results = resultsFixture()): Screening => ({ asOf: AS_OF, results });

export const factsFixture: Facts = {
  perspective: "family",
  court: "federal",
  courtState: "NY",
  birthDate: "1990-05-01",
  caseStatus: "sentenced",
  simplePossession: "no",
  prisonMonths: 60,
  traffickingSurvivor: "unsure",
};

export const pathPagesFixture: PathCardContent[] = PATH_IDS.map((path) => ({
  path,
  title: `Title of ${path}`,
  summary: `Summary of ${path}.`,
  nextSteps: [`First step for ${path}`, `Second step for ${path}`],
  whoCanHelp: path === "2255" ? ["defenders"] : [],
}));

export const resourcesFixture: ResultResource[] = [
  { id: "defenders", name: "Defenders", what: "Free lawyers.", howToReach: "Call them.", url: "https://example.org/defenders", paths: ["2255", "compassionate-release"] },
  { id: "hotline", name: "Hotline", what: "A hotline.", howToReach: "Text it.", url: "https://example.org/hotline", paths: ["tsra"] },
];

export const questionsFixture = {
  court: { summary: "Court", options: { federal: "A federal district court", state: "A state court", "dc-superior": "D.C. Superior Court", military: "Military", unsure: "Not sure" } },
  birthDate: { summary: "{Your} date of birth" },
  caseStatus: { summary: "Where the case is now", options: { sentenced: "Sentenced" } },
  prisonMonths: { summary: "Prison term in months" },
  traffickingSurvivor: { summary: "Trafficking", options: { unsure: "Not sure" } },
};

/** The real words, with "Who can help" grouping the fixture's two organisations. */
export const wordsFixture = (): ResultsWords => {
  const words = readResultsWords();
  const groups = [
    { heading: "Lawyers", resources: ["defenders"] },
    { heading: "Survivors", resources: ["hotline"] },
  ];
  return { ...words, help: { ...words.help, groups } };
};
