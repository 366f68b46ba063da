/**
 * The facts of one screening, exactly as the screening contract § 3 lists them.
 * Strict: an unknown key or a wrong type is an error, never silently dropped.
 * Built with `zod/mini` because the same schema ships to the browser (answers files, forms).
 */
import * as z from "zod/mini";

const yn = z.enum(["yes", "no", "unsure"]);
/** A real calendar date: the ISO format and no 2026-02-30. */
const isoDate = z.iso.date({ error: "must be a real date written YYYY-MM-DD" });
const count = z.int({ error: "must be a whole number" }).check(z.gte(0, { error: "must be 0 or more" }));

export const COURTS = ["federal", "dc-superior", "state", "military", "unsure"] as const;
export const COURT_STATES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
  "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
  "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
  "DC", "PR", "VI", "GU", "MP",
] as const;
export const CASE_STATUSES = [
  "charged", "found-guilty", "sentenced", "acquitted", "dismissed", "arrested-not-charged", "unsure",
] as const;
export const CUSTODY = ["prison", "supervised-release", "probation", "none", "not-sentenced"] as const;
export const LEGAL_ERRORS = [
  "lawyer-ignored-appeal-request", "ineffective-lawyer", "new-supreme-court-rule", "new-evidence",
  "sentence-over-maximum", "other", "none-known", "unsure",
] as const;
export const CR_REASONS = [
  "terminal-illness", "serious-medical-condition", "care-not-provided", "aging-decline",
  "caregiver-needed", "abuse-in-custody", "other", "none",
] as const;

/** Field order is the order a person is asked: who and where, the case, the sentence, then each path. */
export const factsShape = {
  // Who and where
  perspective: z.optional(z.enum(["self", "family", "counselor"])),
  court: z.optional(z.enum(COURTS)),
  courtState: z.optional(z.enum(COURT_STATES)),
  birthDate: z.optional(isoDate),
  citizenship: z.optional(z.enum(["citizen", "permanent-resident", "other", "unsure"])),
  // The case
  caseStatus: z.optional(z.enum(CASE_STATUSES)),
  convictionVacated: z.optional(yn),
  offenseDate: z.optional(isoDate),
  simplePossession: z.optional(yn),
  marijuanaOnly: z.optional(yn),
  priorDrugConviction: z.optional(yn),
  prior3607: z.optional(yn),
  disposition3607: z.optional(z.enum(["none", "on-probation", "completed", "unsure"])),
  crackOffense: z.optional(yn),
  crackMandatoryMinimum: z.optional(yn),
  fsaExcludedOffense: z.optional(yn),
  violentOffense: z.optional(yn),
  childVictim: z.optional(yn),
  recordProblem: z.optional(yn),
  // The sentence and where the person is now
  prisonMonths: z.optional(count),
  prisonExtraDays: z.optional(count),
  lifeSentence: z.optional(yn),
  supervisedReleaseOrdered: z.optional(yn),
  custody: z.optional(z.enum(CUSTODY)),
  custodyStartDate: z.optional(isoDate),
  jailCreditDays: z.optional(count),
  releaseDate: z.optional(isoDate),
  supervisionStartDate: z.optional(isoDate),
  supervisionMonths: z.optional(count),
  supervisionEndDate: z.optional(isoDate),
  supervisionViolations: z.optional(yn),
  felony: z.optional(yn),
  diplomaOrGed: z.optional(yn),
  // Appeal and post-conviction
  judgmentDate: z.optional(isoDate),
  appeal: z.optional(z.enum(["none", "pending", "decided", "unsure"])),
  appealDecisionDate: z.optional(isoDate),
  certiorari: z.optional(z.enum(["none", "pending", "denied", "decided"])),
  certiorariDate: z.optional(isoDate),
  prior2255: z.optional(yn),
  legalError: z.optional(z.array(z.enum(LEGAL_ERRORS)).check(z.minLength(1, { error: "must list at least one answer" }))),
  continuingConsequences: z.optional(yn),
  // Compassionate release and sentence reductions
  crReasons: z.optional(z.array(z.enum(CR_REASONS)).check(z.minLength(1, { error: "must list at least one answer" }))),
  wardenRequest: z.optional(z.enum(["not-submitted", "submitted", "unsure"])),
  wardenRequestDate: z.optional(isoDate),
  sentenced3559c: z.optional(yn),
  statusPoints: z.optional(yn),
  criminalHistoryPoints: z.optional(count),
  zeroPointExclusion: z.optional(yn),
  riskLevel: z.optional(z.enum(["minimum", "low", "medium", "high", "unsure"])),
  removalOrder: z.optional(yn),
  prior404Motion: z.optional(z.enum(["none", "denied-on-merits", "granted", "unsure"])),
  // Trafficking
  traffickingSurvivor: z.optional(z.enum(["yes", "no", "unsure", "prefer-not-to-say"])),
  traffickingNexus: z.optional(yn),
};

/** The facts object, strict: unknown keys are rejected. */
export const factsSchema = z.strictObject(factsShape);

export type Facts = z.infer<typeof factsSchema>;
export type FactName = keyof typeof factsShape;

/** Every fact name, in the order a person is asked. */
export const FACT_NAMES = Object.keys(factsShape) as FactName[];

/** The facts whose value is a date. */
export const DATE_FACTS = [
  "birthDate", "offenseDate", "custodyStartDate", "releaseDate", "supervisionStartDate", "supervisionEndDate",
  "judgmentDate", "appealDecisionDate", "certiorariDate", "wardenRequestDate",
] as const satisfies readonly FactName[];
