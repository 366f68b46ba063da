/**
 * Which court: the court-based federal paths need a case in a U.S. district court. A state,
 * D.C. Superior Court (D.C. Code) or military case never fits them (28 U.S.C. § 2255(a); rules/README.md § court).
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, because, isIncomplete, notApplicable, possible } from "../kit";
import type { Evaluation } from "../types";

/** Reason keys shared by every court-based path; their words live in content/reasons/common.md. */
export const COURT_REASON_KEYS = ["unsureWhichCourt", "notFederalDistrictCourt"] as const;

/**
 * `undefined` when the case is in a federal district court and the rule may go on; otherwise the
 * outcome to return: `incomplete` (court not given), `not-applicable` (not a federal district court),
 * or `possible` (the person is not sure which court). `cite` is the path's own authority.
 */
export function federalCourtOnly(facts: Facts, cite: string): Evaluation | undefined {
  const given = ask(facts, "court");
  if (isIncomplete(given)) return given;
  if (facts.court === "federal") return undefined;
  if (facts.court === "unsure") return possible(because("unsureWhichCourt", cite));
  return notApplicable(because("notFederalDistrictCourt", cite));
}
