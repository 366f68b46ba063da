/**
 * Which court, for presidential clemency: the pardon power reaches "offenses against the United States" —
 * federal district court cases, D.C. Superior Court (D.C. Code) and court-martial convictions — but never
 * a state conviction (U.S. Const. art. II, § 2, cl. 1; rules/README.md § court). So clemency cannot use `federalCourtOnly`.
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, isIncomplete, notApplicable, possible } from "../kit";
import type { Evaluation, Reason } from "../types";

/** The reasons a clemency path gives about the court, built by the path itself (its own keys and words). */
export interface ClemencyCourtReasons {
  state: Reason;
  unsure: Reason;
}

/**
 * `undefined` when the President's clemency can reach the case (federal, D.C. Superior Court, military);
 * otherwise `incomplete` (court not given), `not-applicable` (a state case) or `possible` (not sure which court).
 */
export function clemencyCourt(facts: Facts, reasons: ClemencyCourtReasons): Evaluation | undefined {
  const given = ask(facts, "court");
  if (isIncomplete(given)) return given;
  if (facts.court === "state") return notApplicable(reasons.state);
  if (facts.court === "unsure") return possible(reasons.unsure);
  return undefined;
}
