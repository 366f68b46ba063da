/**
 * The first question of the court's sentence-reduction paths (18 U.S.C. § 3582(c)(1)(A) and (c)(2)):
 * is there a term of imprisonment being served right now? Decided from the early, common facts
 * `caseStatus` and `custody`, so that nobody outside prison is asked anything path-specific.
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, isIncomplete, notApplicable } from "../kit";
import type { Evaluation, Reason } from "../types";

export interface PrisonTermReasons {
  /** Not sentenced, sentence finished, or no case: nothing to reduce. */
  noPrisonTerm: Reason;
  /** On supervised release or probation: no prison term to reduce (early termination is the path). */
  onSupervision: Reason;
}

/**
 * `undefined` when the person is serving a term of imprisonment (`custody: "prison"`, which includes BOP
 * halfway houses and home confinement); otherwise `incomplete` or `not-applicable`.
 */
export function servingPrisonTerm(facts: Facts, reasons: PrisonTermReasons): Evaluation | undefined {
  const status = ask(facts, "caseStatus");
  if (isIncomplete(status)) return status;
  // "unsure" goes on: where the person is today (custody) settles whether a prison term is being served.
  if (facts.caseStatus !== "sentenced" && facts.caseStatus !== "unsure") return notApplicable(reasons.noPrisonTerm);
  const custody = ask(facts, "custody");
  if (isIncomplete(custody)) return custody;
  if (facts.custody === "prison") return undefined;
  if (facts.custody === "supervised-release" || facts.custody === "probation") return notApplicable(reasons.onSupervision);
  return notApplicable(reasons.noPrisonTerm);
}
