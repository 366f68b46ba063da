/**
 * The prison term and its good-conduct-time release date, read from the facts, shared by the
 * `good-conduct-time` and `fsa-time-credits` paths (time credits count down to the GCT release date,
 * rules/README.md § fsa-credits-calculator). Asks only for the facts the next step needs, in the order a person is asked.
 *
 * The yearly rate (28 C.F.R. § 523.20, https://www.ecfr.gov/current/title-28/section-523.20):
 * - (b): the 54-day-per-year-imposed method applies to offenses committed on or after 1987-11-01;
 *   earlier ("old law") offenses are outside it and are not estimated here.
 * - (d)(2): for an offense on or after 1996-04-26, up to 54 days with a diploma, GED or satisfactory
 *   progress (i), otherwise up to 42 (ii) — rules/README.md § gct-calculator.
 * - (d)(3): a noncitizen under a final order of removal need not take part in literacy programs to earn
 *   the yearly award — read here as the full 54 days.
 */
import type { Facts, FactName } from "@/rules/facts/schema";
import {
  estimateGoodConductTime,
  termOverOneYear,
  withinGctDomain,
  type GctEstimate,
  type GctRate,
} from "@/rules/calculators/good-conduct-time";
import { incomplete, missing, notApplicable } from "../kit";
import type { Evaluation, Reason } from "../types";

/** 28 C.F.R. § 523.20(b): the current GCT method covers offenses committed on or after this day. */
export const SENTENCING_REFORM_ACT_OFFENSES_FROM = "1987-11-01";
/** 28 C.F.R. § 523.20(d)(2): the diploma/GED condition (54 vs 42) covers offenses on or after this day. */
export const LITERACY_CONDITION_OFFENSES_FROM = "1996-04-26";

/** Why a rate was used. */
export type RateBasis =
  | "diploma" // § 523.20(d)(2)(i)
  | "noDiploma" // § 523.20(d)(2)(ii)
  | "removalOrderExempt" // § 523.20(d)(3)
  | "offenseBefore1996" // § 523.20(d)(2) does not reach the offense
  | "rateUnsure"; // diploma or removal order unsure: 42 used, 54 shown as the alternative

/** What the facts say about the term, for both paths. */
export type PrisonTerm =
  | { kind: "incomplete"; needs: FactName[] }
  /** The judgment imposed no prison term (0 months and 0 days). */
  | { kind: "noTerm" }
  /** The offense is before 1987-11-01: § 523.20(b) does not apply. */
  | { kind: "oldLaw" }
  /** The facts are outside what the calculator can estimate (e.g. thousands of years). */
  | { kind: "outOfRange" }
  | {
      kind: "estimate";
      overOneYear: boolean;
      basis: RateBasis;
      estimate: GctEstimate;
      /** With `rateUnsure`: the same term at 54 days a year. */
      ifFullRate?: GctEstimate;
    };

/** Why a prison-credit path does not fit before the term is looked at; each path cites its own law. */
export type NotServingReason = "noPrisonSentence" | "notSentencedYet" | "notInPrison" | "alreadyReleased";

/**
 * The first question of both prison-credit paths: is the person serving a federal prison sentence now?
 * Undefined when they are (prison, a halfway house or home confinement under the BOP), else the
 * evaluation. GCT (§ 3624(b)) and time credits (§ 3632(d)(4)) are both earned on a term being served:
 * - no sentence (acquitted, dismissed, never charged): nothing to earn on;
 * - not yet sentenced: time before sentencing is jail credit, and § 3632(d)(4)(B)(ii) gives no time
 *   credits before the sentence commences;
 * - probation: no prison term;
 * - released: GCT has vested (§ 3624(b)(2)) and is counted in the release; time credits can no longer be
 *   earned or applied (§ 3632(d)(4)(C)). `not-applicable`, not `unlikely`: no criterion failed.
 *   Interpretation for GCT not yet reviewed by a lawyer (issue #3 leaves it open).
 */
export function notServingPrisonTerm(f: Facts, reason: (key: NotServingReason) => Reason): Evaluation | undefined {
  let need = missing(f, "caseStatus");
  if (need.length > 0) return incomplete(need);
  if (f.caseStatus === "acquitted" || f.caseStatus === "dismissed" || f.caseStatus === "arrested-not-charged") {
    return notApplicable(reason("noPrisonSentence"));
  }
  if (f.caseStatus === "charged" || f.caseStatus === "found-guilty") return notApplicable(reason("notSentencedYet"));

  need = missing(f, "custody");
  if (need.length > 0) return incomplete(need);
  if (f.custody === "not-sentenced") return notApplicable(reason("notSentencedYet"));
  if (f.custody === "probation") return notApplicable(reason("notInPrison"));
  if (f.custody === "supervised-release" || f.custody === "none") return notApplicable(reason("alreadyReleased"));
  return undefined;
}

/** The months and days imposed, once given. */
export function termImposed(f: Facts): { months: number; extraDays: number } | FactName[] {
  const need = missing(f, "prisonMonths", "prisonExtraDays");
  if (need.length > 0) return need;
  return { months: f.prisonMonths!, extraDays: f.prisonExtraDays! };
}

/**
 * Whether the term is more than one year as imposed; `undefined` while a needed fact is missing
 * (the start date, only for terms like "11 months and 30 days").
 */
export function overOneYear(f: Facts, months: number, extraDays: number): boolean | FactName[] {
  const over = termOverOneYear(months, extraDays, f.custodyStartDate);
  return over === undefined ? ["custodyStartDate"] : over;
}

/** The yearly rate and its basis, or the facts still needed to choose it. */
function rateFor(f: Facts): { rate: GctRate; basis: RateBasis } | FactName[] {
  if (f.offenseDate! < LITERACY_CONDITION_OFFENSES_FROM) return { rate: 54, basis: "offenseBefore1996" };
  let need = missing(f, "diplomaOrGed");
  if (need.length > 0) return need;
  if (f.diplomaOrGed === "yes") return { rate: 54, basis: "diploma" };
  need = missing(f, "removalOrder");
  if (need.length > 0) return need;
  if (f.removalOrder === "yes") return { rate: 54, basis: "removalOrderExempt" };
  if (f.diplomaOrGed === "unsure" || f.removalOrder === "unsure") return { rate: 42, basis: "rateUnsure" };
  return { rate: 42, basis: "noDiploma" };
}

/**
 * The term and its GCT estimate. The caller has settled the court, the case status, custody and the
 * life-sentence question. Facts are asked in this order: months and days imposed; the offense date (only
 * when the term earns GCT); the diploma/GED question and, without one, the removal order; then the start
 * date and jail credit.
 */
export function prisonTerm(f: Facts): PrisonTerm {
  const imposed = termImposed(f);
  if (Array.isArray(imposed)) return { kind: "incomplete", needs: imposed };
  const { months, extraDays } = imposed;
  if (months === 0 && extraDays === 0) return { kind: "noTerm" };

  const over = overOneYear(f, months, extraDays);
  if (Array.isArray(over)) return { kind: "incomplete", needs: over };

  let rate: { rate: GctRate; basis: RateBasis } = { rate: 54, basis: "diploma" };
  if (over) {
    const need = missing(f, "offenseDate");
    if (need.length > 0) return { kind: "incomplete", needs: need };
    if (f.offenseDate! < SENTENCING_REFORM_ACT_OFFENSES_FROM) return { kind: "oldLaw" };
    const chosen = rateFor(f);
    if (Array.isArray(chosen)) return { kind: "incomplete", needs: chosen };
    rate = chosen;
  }

  const need = missing(f, "custodyStartDate", "jailCreditDays");
  if (need.length > 0) return { kind: "incomplete", needs: need };
  const input = { startDate: f.custodyStartDate!, months, extraDays, jailCreditDays: f.jailCreditDays! };
  if (!withinGctDomain(input)) return { kind: "outOfRange" };

  const estimate = estimateGoodConductTime({ ...input, rate: rate.rate });
  return {
    kind: "estimate",
    overOneYear: over,
    basis: rate.basis,
    estimate,
    ...(rate.basis === "rateUnsure" ? { ifFullRate: estimateGoodConductTime({ ...input, rate: 54 }) } : {}),
  };
}

/** An estimate object without its absent fields, as rules/README.md § results gives `estimate` (ISO dates and day counts). */
export function compactEstimate(values: Readonly<Record<string, string | number | undefined>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) out[name] = value;
  return out;
}
