/**
 * Sample answers for model-based tests of the screener machine: every option of a choice, each box of a
 * checkbox question, and boundary values for numbers and dates (around 21 at the offense, the 2010 Fair
 * Sentencing Act date, a judgment less or more than a year ago, a warden request under or over 30 days old).
 */
import { checkFacts } from "@/lib/answers/check";
import type { Facts, FactName } from "@/rules/facts/schema";
import { FIELDS } from "@/components/screener/fields";
import { revealedFacts, type Step } from "@/lib/screener/route";

export const AS_OF = "2026-11-23";

const DATES: Partial<Record<FactName, string[]>> = {
  birthDate: ["1990-01-01", "2006-04-20", "1955-06-01"],
  offenseDate: ["2019-02-01", "2026-03-15", "2008-05-01"],
  judgmentDate: ["2025-12-01", "2020-03-01", "2013-06-10"],
  custodyStartDate: ["2020-06-01", "2026-01-05"],
  releaseDate: ["2022-07-01", "2011-03-01"],
  supervisionStartDate: ["2022-07-01"],
  supervisionEndDate: ["2024-07-01"],
  appealDecisionDate: ["2026-06-01", "2021-01-01"],
  certiorariDate: ["2026-09-01"],
  wardenRequestDate: ["2026-11-10", "2026-09-01"],
};
const NUMBERS: Partial<Record<FactName, number[]>> = {
  prisonMonths: [30, 0, 12, 240],
  prisonExtraDays: [0, 1],
  supervisionMonths: [36],
  jailCreditDays: [0],
  criminalHistoryPoints: [2, 0, 7],
};

/** Extra dates for random interviews only: a person over 70 who has served 30 years (the § 3582(c)(1)(A)(ii) prong). */
const OLD_CASE: Partial<Record<FactName, string>> = {
  birthDate: "1950-01-01",
  offenseDate: "1993-01-01",
  judgmentDate: "1993-06-01",
  custodyStartDate: "1994-01-01",
};

/** Values for random whole interviews: the traversal's samples plus the rarer old-case dates. */
export function wideSamples(fact: FactName): unknown[] {
  return OLD_CASE[fact] ? [...samples(fact), OLD_CASE[fact]] : samples(fact);
}

/** A small seeded generator, so random interviews are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The values to try for one fact, the most common first. */
export function samples(fact: FactName): unknown[] {
  const field = FIELDS[fact];
  if (field.kind === "date") return DATES[fact] ?? ["2020-01-01"];
  if (field.kind === "number") return NUMBERS[fact] ?? [0, 12];
  if (field.kind === "checkboxes") return field.options.map((option) => [option]);
  // "No" first: the plain answer keeps the other paths open, so the traversal goes deep before it goes wide.
  return [...field.options].sort((a, b) => Number(b === "no") - Number(a === "no"));
}

/**
 * Submissions for a page: the first sample of every fact, then each other sample of one fact at a time
 * (not the full product, which is what keeps the traversal small). Revealed questions are filled too,
 * and submissions whose dates contradict each other are left out, as the form refuses them.
 */
export function submissions(step: Step, answers: Facts, asOf = AS_OF): Facts[] {
  const out = new Map<string, Facts>();
  const complete = (values: Record<string, unknown>): Facts => {
    let current = { ...values };
    for (let i = 0; i < 6; i++) {
      const shown = revealedFacts(step, answers, current as Facts, asOf);
      const next = Object.fromEntries(shown.map((fact) => [fact, fact in current ? current[fact] : samples(fact)[0]]));
      if (Object.keys(next).length === Object.keys(current).length) return next as Facts;
      current = next;
    }
    return current as Facts;
  };
  const base = complete(Object.fromEntries(step.lead.map((fact) => [fact, samples(fact)[0]])));
  const tries = [base];
  for (const fact of Object.keys(base) as FactName[]) {
    for (const value of samples(fact).slice(1)) tries.push(complete({ ...base, [fact]: value }));
  }
  for (const values of tries) {
    if (!checkFacts({ ...answers, ...values }, asOf).ok) continue;
    out.set(JSON.stringify(values), values);
  }
  return [...out.values()];
}
