/**
 * The facts of one screening, exactly as rules/README.md § facts summarises them: each fact's name and the
 * kind of answer it takes. Plain data with no validation library, so the screener's first load can route
 * on it; lib/answers/check.ts builds the strict zod/mini validator from this same table.
 */

const YES_NO_UNSURE = ["yes", "no", "unsure"] as const;

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

/** What kind of answer a fact takes. */
export type FactKind =
  | { kind: "choice"; values: readonly string[] }
  | { kind: "list"; values: readonly string[] }
  | { kind: "count" }
  | { kind: "date" };

/** One of fixed values. */
const choice = <const V extends readonly string[]>(values: V) => ({ kind: "choice", values }) as const;
/** A non-empty list of fixed values (rules/README.md § facts). */
const list = <const V extends readonly string[]>(values: V) => ({ kind: "list", values }) as const;
/** A whole number, 0 or more. */
const count = { kind: "count" } as const;
/** A real calendar date written YYYY-MM-DD. */
const date = { kind: "date" } as const;
const yesNo = choice(YES_NO_UNSURE);

/** Every fact and its kind. Field order is the order a person is asked: who and where, the case, the sentence, then each path. */
export const FACT_KINDS = {
  // Who and where
  perspective: choice(["self", "family", "counselor"]),
  court: choice(COURTS),
  courtState: choice(COURT_STATES),
  birthDate: date,
  citizenship: choice(["citizen", "permanent-resident", "other", "unsure"]),
  // The case
  caseStatus: choice(CASE_STATUSES),
  convictionVacated: yesNo,
  offenseDate: date,
  simplePossession: yesNo,
  marijuanaOnly: yesNo,
  drugOffense: yesNo,
  priorDrugConviction: yesNo,
  prior3607: yesNo,
  disposition3607: choice(["none", "on-probation", "completed", "unsure"]),
  crackOffense: yesNo,
  crackMandatoryMinimum: yesNo,
  fsaExcludedOffense: yesNo,
  violentOffense: yesNo,
  childVictim: yesNo,
  recordProblem: yesNo,
  // The sentence and where the person is now
  prisonMonths: count,
  prisonExtraDays: count,
  lifeSentence: yesNo,
  mandatoryLife: yesNo,
  supervisedReleaseOrdered: yesNo,
  custody: choice(CUSTODY),
  custodyStartDate: date,
  jailCreditDays: count,
  releaseDate: date,
  supervisionStartDate: date,
  supervisionMonths: count,
  supervisionEndDate: date,
  supervisionViolations: yesNo,
  felony: yesNo,
  diplomaOrGed: yesNo,
  // Appeal and post-conviction
  judgmentDate: date,
  appeal: choice(["none", "pending", "decided", "unsure"]),
  appealDecisionDate: date,
  certiorari: choice(["none", "pending", "denied", "decided"]),
  certiorariDate: date,
  prior2255: yesNo,
  legalError: list(LEGAL_ERRORS),
  continuingConsequences: yesNo,
  // Compassionate release and sentence reductions
  crReasons: list(CR_REASONS),
  wardenRequest: choice(["not-submitted", "submitted", "unsure"]),
  wardenRequestDate: date,
  sentenced3559c: yesNo,
  statusPoints: yesNo,
  criminalHistoryPoints: count,
  zeroPointExclusion: yesNo,
  riskLevel: choice(["minimum", "low", "medium", "high", "unsure"]),
  removalOrder: yesNo,
  prior404Motion: choice(["none", "denied-on-merits", "granted", "unsure"]),
  // Trafficking
  traffickingSurvivor: choice(["yes", "no", "unsure", "prefer-not-to-say"]),
  traffickingNexus: yesNo,
} as const satisfies Record<string, FactKind>;

export type FactName = keyof typeof FACT_KINDS;

/** The answer a fact of this kind holds. */
type AnswerOf<K> = K extends { kind: "choice"; values: readonly (infer V)[] }
  ? V
  : K extends { kind: "list"; values: readonly (infer V)[] }
    ? V[]
    : K extends { kind: "count" }
      ? number
      : string;

/** The date facts (kind `date`), in the order a person is asked. */
export type DateFact = { [N in FactName]: (typeof FACT_KINDS)[N] extends { kind: "date" } ? N : never }[FactName];

/**
 * The companions of the date facts (README.md § fact reference), for a date the person could not give
 * exactly. A date fact stays a full `YYYY-MM-DD` date or is absent; when it is absent,
 * - `dateYears` holds the year of each date the person knows only the year of (`{ "offenseDate": 2019 }`);
 * - `datesUnknown` lists each date the person does not know at all.
 * A date given exactly is never in either. The rules decide only what every day the date could be would
 * decide the same way (rules/unknown-dates.ts).
 */
export interface DateCompanions {
  dateYears?: { [D in DateFact]?: number };
  datesUnknown?: DateFact[];
}

/** The names of the companion facts, beside FACT_NAMES (they are never a question of their own). */
export const COMPANION_NAMES = ["dateYears", "datesUnknown"] as const satisfies readonly (keyof DateCompanions)[];

/** A facts object: any of the facts, each with an answer of its kind, and the date companions. */
export type Facts = { [N in FactName]?: AnswerOf<(typeof FACT_KINDS)[N]> } & DateCompanions;

/** Every fact name, in the order a person is asked. */
export const FACT_NAMES = Object.keys(FACT_KINDS) as FactName[];

/** Every date fact, in the order a person is asked. */
export const DATE_FACTS = FACT_NAMES.filter((name) => FACT_KINDS[name].kind === "date") as DateFact[];
