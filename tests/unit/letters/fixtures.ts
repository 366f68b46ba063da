/**
 * Worked answers for each document (issue #13), shared by the unit tests and tests/e2e/letters.spec.ts.
 * Screened as of ASOF; each gives its path the result the document is for.
 */
import type { LetterSlug } from "@/lib/letters/documents";
import type { Facts } from "@/rules/facts/schema";

export const ASOF = "2026-12-03";

/** A family member whose relative in prison has a terminal illness; no request to the warden yet. */
export const wardenFamilyTerminal: Facts = {
  perspective: "family",
  court: "federal",
  caseStatus: "sentenced",
  custody: "prison",
  prisonMonths: 120,
  prisonExtraDays: 0,
  lifeSentence: "no",
  custodyStartDate: "2020-01-15",
  crReasons: ["terminal-illness"],
  wardenRequest: "not-submitted",
};

export const timeCredits: Facts = {
  perspective: "self",
  court: "federal",
  caseStatus: "sentenced",
  custody: "prison",
  prisonMonths: 60,
  prisonExtraDays: 0,
  lifeSentence: "no",
  custodyStartDate: "2024-01-10",
  jailCreditDays: 30,
  diplomaOrGed: "yes",
  riskLevel: "low",
  fsaExcludedOffense: "no",
  supervisedReleaseOrdered: "yes",
  removalOrder: "no",
  citizenship: "citizen",
  offenseDate: "2023-03-01",
};
export const earlyTermination: Facts = {
  perspective: "counselor",
  court: "federal",
  caseStatus: "sentenced",
  custody: "supervised-release",
  supervisionStartDate: "2025-01-15",
  supervisionMonths: 36,
  supervisionViolations: "no",
  felony: "yes",
};
export const pardon: Facts = {
  perspective: "self",
  court: "federal",
  caseStatus: "sentenced",
  custody: "none",
  releaseDate: "2022-05-01",
  prisonMonths: 24,
  prisonExtraDays: 0,
  felony: "yes",
  offenseDate: "2019-01-01",
  judgmentDate: "2020-04-01",
  convictionVacated: "no",
  simplePossession: "no",
};
export const tsra: Facts = {
  perspective: "self",
  court: "federal",
  caseStatus: "sentenced",
  custody: "none",
  traffickingSurvivor: "yes",
  traffickingNexus: "yes",
  violentOffense: "no",
  citizenship: "permanent-resident",
  offenseDate: "2015-06-01",
  convictionVacated: "no",
  prisonMonths: 24,
};
export const expungement3607: Facts = {
  perspective: "family",
  court: "federal",
  caseStatus: "found-guilty",
  simplePossession: "yes",
  priorDrugConviction: "no",
  prior3607: "no",
  disposition3607: "on-probation",
  birthDate: "2006-05-01",
  offenseDate: "2025-02-01",
};

/** The worked answers for each document's page. */
export const FIXTURES: Readonly<Record<LetterSlug, Facts>> = {
  "warden-request": wardenFamilyTerminal,
  "time-credits-request": timeCredits,
  "early-termination-request": earlyTermination,
  "pardon-checklist": pardon,
  "tsra-checklist": tsra,
  "expungement-3607-request": expungement3607,
};
