/**
 * Writ of error coram nobis — 28 U.S.C. § 1651(a) (All Writs Act); United States v. Morgan, 346 U.S. 502 (1954).
 *
 * § 1651(a): "The Supreme Court and all courts established by Act of Congress may issue all writs necessary
 * or appropriate in aid of their respective jurisdictions and agreeable to the usages and principles of law."
 * Morgan: the district court may vacate a conviction after the sentence has been served, for errors "of the
 * most fundamental character", where "no other remedy [was] then available and sound reasons exist[ed] for
 * failure to seek appropriate earlier relief."
 * The common test (United States v. Riedl, 496 F.3d 1003, 1006 (9th Cir. 2007) [V-sec]): a more usual
 * remedy is not available; valid reasons for not attacking the conviction earlier; adverse consequences
 * from the conviction; an error of the most fundamental character.
 *
 * Source: https://www.law.cornell.edu/uscode/text/28/1651 ; https://casetext.com/case/united-states-v-morgan-6
 * (rules/README.md § coram-nobis).
 * Not modelled: whether the delay is justified (C3) — the screener cannot judge it, so no result is better
 * than `possible`; circuit variants of the test (rules/README.md § coram-nobis); relitigating issues already decided;
 * the non-retroactivity of Padilla-type claims (Chaidez, UNVERIFIED).
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, defineReasons, isIncomplete, notApplicable, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import type { Evaluation, Reason, RuleModule } from "./types";

const MORGAN = "United States v. Morgan, 346 U.S. 502 (1954)";
const RIEDL = "United States v. Riedl, 496 F.3d 1003 (9th Cir. 2007)";

const reason = defineReasons({
  noConviction: "28 U.S.C. § 1651(a)",
  unsureCaseStatus: "28 U.S.C. § 1651(a)",
  notSentenced: "28 U.S.C. § 1651(a)",
  stillInCustody: MORGAN,
  alreadyVacated: MORGAN,
  noKnownError: MORGAN,
  unsureError: MORGAN,
  // rules/README.md § coram-nobis: "not available for sentence-length complaints alone" is [UNVERIFIED]. Encoded as stated.
  sentenceOnly: MORGAN,
  fundamentalError: MORGAN,
  // rules/README.md § coram-nobis: some circuits presume consequences, others need a specific showing [UNVERIFIED split].
  noContinuingConsequences: RIEDL,
  unsureConsequences: RIEDL,
  continuingConsequences: RIEDL,
  soundReasonsForDelay: MORGAN,
});

/** Errors that can be "of the most fundamental character" (rules/README.md § coram-nobis): all but a sentence-length complaint. */
const FUNDAMENTAL = new Set(["lawyer-ignored-appeal-request", "ineffective-lawyer", "new-supreme-court-rule", "new-evidence", "other"]);

/** C5: an error of the most fundamental character (Morgan). `undefined` when one is named. */
function fundamentalErrorGap(f: Facts): Evaluation | undefined {
  const errors = f.legalError ?? [];
  if (errors.some((error) => FUNDAMENTAL.has(error))) return undefined;
  if (errors.includes("unsure")) return possible(reason("unsureError"));
  if (errors.includes("sentence-over-maximum")) return unlikely(reason("sentenceOnly"));
  return unlikely(reason("noKnownError"));
}

function evaluate(f: Facts): Evaluation {
  const court = federalCourtOnly(f, "28 U.S.C. § 1651(a)");
  if (court) return court;

  const givenCaseStatus = ask(f, "caseStatus");
  if (isIncomplete(givenCaseStatus)) return givenCaseStatus;
  // The writ attacks a federal conviction; without one there is nothing to vacate.
  if (f.caseStatus !== "sentenced" && f.caseStatus !== "unsure") return notApplicable(reason("noConviction"));

  const givenCustody = ask(f, "custody");
  if (isIncomplete(givenCustody)) return givenCustody;
  // C2: while any part of the sentence is being served, § 2255 is the "more usual remedy" (Morgan).
  if (f.custody === "prison" || f.custody === "supervised-release" || f.custody === "probation") {
    return notApplicable(reason("stillInCustody"));
  }
  if (f.custody === "not-sentenced") return notApplicable(reason("notSentenced"));
  if (f.caseStatus === "unsure") return possible(reason("unsureCaseStatus"));

  const givenConvictionVacated = ask(f, "convictionVacated");
  if (isIncomplete(givenConvictionVacated)) return givenConvictionVacated;
  // Already vacated: the writ's only result has happened. "unsure" goes on: the rest decides.
  if (f.convictionVacated === "yes") return notApplicable(reason("alreadyVacated"));

  const givenLegalError = ask(f, "legalError");
  if (isIncomplete(givenLegalError)) return givenLegalError;
  const gap = fundamentalErrorGap(f);
  if (gap) return gap;

  const givenContinuingConsequences = ask(f, "continuingConsequences");
  if (isIncomplete(givenContinuingConsequences)) return givenContinuingConsequences;
  if (f.continuingConsequences === "no") return unlikely(reason("noContinuingConsequences"));

  const reasons: Reason[] = [reason("fundamentalError")];
  reasons.push(reason(f.continuingConsequences === "unsure" ? "unsureConsequences" : "continuingConsequences"));
  // Interpretation: C3 ("sound reasons" for not seeking relief earlier) is a required element the screener
  // cannot judge, and the test varies by circuit (rules/README.md § coram-nobis; partly UNVERIFIED). Every criterion it
  // can check being met, the honest outcome is `possible` — a lawyer must weigh the delay — never `likely`.
  reasons.push(reason("soundReasonsForDelay"));
  return possible(reasons);
}

export const coramNobis: RuleModule = {
  id: "coram-nobis",
  title: "Writ of error coram nobis",
  citation: "28 U.S.C. § 1651(a)",
  lawAsOf: "2026-11-23",
  reasons: reason.table,
  facts: ["court", "caseStatus", "custody", "convictionVacated", "legalError", "continuingConsequences"],
  evaluate,
};
