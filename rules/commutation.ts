/**
 * Presidential commutation of sentence — U.S. Const. art. II, § 2, cl. 1; 28 C.F.R. § 1.3.
 *
 * A commutation shortens or ends a sentence being served; the conviction remains (rules/README.md § commutation).
 * 28 C.F.R. § 1.3 [UNVERIFIED text: not in the copy read; rules/README.md § commutation]: "No petition for commutation
 *   of sentence, including remission of fine, should be filed if other forms of judicial or administrative
 *   relief are available, except upon a showing of exceptional circumstances." — encoded as rules/README.md § commutation
 *   states it, as advice in the words, not as a bar.
 *
 * Source: rules/README.md § commutation; BOP Program Statement 1330.15 (V-off, partial);
 *   https://www.ecfr.gov/current/title-28/chapter-I/part-1
 * Not modelled: remission of fines and restitution after the prison term ends; the President's discretion
 * and current practice (rules/README.md § commutation, UNVERIFIED); reprieves.
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, defineReasons, isIncomplete, likely, notApplicable, possible } from "./kit";
import { clemencyCourt } from "./shared/clemency-court";
import type { Evaluation, Reason, RuleModule } from "./types";

const CONSTITUTION = "U.S. Const. art. II, § 2, cl. 1";
const RULE = "28 C.F.R. § 1.3";

const reason = defineReasons({
  stateConviction: CONSTITUTION,
  unsureWhichCourt: CONSTITUTION,
  noSentence: RULE,
  servingPrisonTerm: RULE,
  onSupervision: RULE,
  sentenceFinishedPardonRoute: "28 C.F.R. § 1.2",
  otherRemediesFirst: RULE,
  presidentDecides: CONSTITUTION,
  militaryPetition: "28 C.F.R. § 1.1",
  dcCodeConviction: CONSTITUTION,
});

/** Extra words for the courts beyond the federal district courts. */
function courtNotes(f: Facts): Reason[] {
  if (f.court === "military") return [reason("militaryPetition")];
  if (f.court === "dc-superior") return [reason("dcCodeConviction")];
  return [];
}

function evaluate(f: Facts): Evaluation {
  const court = clemencyCourt(f, { state: reason("stateConviction"), unsure: reason("unsureWhichCourt") });
  if (court) return court;

  // CM1: a sentence being served. Decided from the early, common facts only.
  const givenCaseStatus = ask(f, "caseStatus");
  if (isIncomplete(givenCaseStatus)) return givenCaseStatus;
  if (f.caseStatus !== "sentenced" && f.caseStatus !== "unsure") return notApplicable(reason("noSentence"));
  // An "unsure" case status goes on: any custody answer but "not sentenced" already implies a sentence
  // (issue #15 item 5: kept, since the other answer settles the doubt).
  const givenCustody = ask(f, "custody");
  if (isIncomplete(givenCustody)) return givenCustody;

  // CM2 (§ 1.3, UNVERIFIED): other remedies are expected first — said in the words, never a bar.
  const advice = [reason("otherRemediesFirst"), reason("presidentDecides"), ...courtNotes(f)];
  if (f.custody === "prison") return likely([reason("servingPrisonTerm"), ...advice]);
  // rules/README.md § commutation: "prison, or possibly supervision" — the sentence is still running, but that is unsettled.
  if (f.custody === "supervised-release" || f.custody === "probation") return possible([reason("onSupervision"), ...advice]);
  if (f.custody === "none") return notApplicable(reason("sentenceFinishedPardonRoute"));
  return notApplicable(reason("noSentence"));
}

export const commutation: RuleModule = {
  id: "commutation",
  title: "Presidential commutation",
  citation: RULE,
  lawAsOf: "2026-11-23",
  reasons: reason.table,
  facts: ["court", "caseStatus", "custody"],
  evaluate,
};
