/**
 * 18 U.S.C. § 3607 — Special probation and expungement procedures for drug possessors.
 *
 * (a) A person found guilty of an offense described in 21 U.S.C. § 844 (simple possession) who
 *     (1) has not, before the offense, been convicted of a federal or state drug law, and
 *     (2) has not previously been the subject of a disposition under this subsection,
 *     may, with consent, be placed on probation for up to one year "without entering a judgment of
 *     conviction"; with no violation, the court "shall" dismiss the proceedings at the end.
 * (b) The disposition is not a conviction "for any other purpose"; the DOJ keeps a nonpublic record.
 * (c) If the person "was less than twenty-one years old at the time of the offense", the court "shall"
 *     enter an expungement order "upon the application of such person".
 *
 * Source: https://www.law.cornell.edu/uscode/text/18/3607 [V-stat]; rules/README.md § 3607.
 * Not modelled: the person's consent and the court's discretion under (a) ("may"); whether a plea
 * reduced from § 841 to § 844 qualifies (rules/README.md § 3607, UNVERIFIED) — we ask only whether the case is
 * simple possession.
 */
import type { Facts } from "@/rules/facts/schema";
import { ageOn } from "@/rules/calendar/dates";
import { ask, defineReasons, isIncomplete, likely, notApplicable, possible, type Given, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import type { Evaluation, RuleModule } from "./types";

const reason = defineReasons({
  judgmentEntered: "18 U.S.C. § 3607(a)",
  noFindingOfGuilt: "18 U.S.C. § 3607(a)",
  notSimplePossession: "18 U.S.C. § 3607(a)",
  unsureSimplePossession: "18 U.S.C. § 3607(a)",
  unsureCaseStatus: "18 U.S.C. § 3607(a)",
  askOnceFoundGuilty: "18 U.S.C. § 3607(a)",
  unsureDisposition: "18 U.S.C. § 3607(a)",
  dismissedWithoutDisposition: "18 U.S.C. § 3607(a)",
  mayAskForDisposition: "18 U.S.C. § 3607(a)",
  dismissalAfterProbation: "18 U.S.C. § 3607(a)",
  priorDrugConviction: "18 U.S.C. § 3607(a)(1)",
  unsurePriorDrugConviction: "18 U.S.C. § 3607(a)(1)",
  prior3607Disposition: "18 U.S.C. § 3607(a)(2)",
  unsurePrior3607: "18 U.S.C. § 3607(a)(2)",
  nonpublicRecordKept: "18 U.S.C. § 3607(b)",
  under21Expungement: "18 U.S.C. § 3607(c)",
  age21OrOlderNoExpungement: "18 U.S.C. § 3607(c)",
  applyForExpungementOrder: "18 U.S.C. § 3607(c)",
  alreadyDismissedNoExpungement: "18 U.S.C. § 3607(c)",
});

/** § 3607(c): "less than twenty-one years old at the time of the offense" — 21 exactly is too old. */
const under21AtOffense = (f: Given<"birthDate" | "offenseDate">) => ageOn(f.birthDate, f.offenseDate) < 21;

/**
 * § 3607(a) dismissal is open (or under way); § 3607(c) adds the expungement order when the person was
 * under 21 at the offense. `underWay`: the person is already on § 3607 probation.
 */
function dismissalAndMaybeExpungement(f: Facts, underWay: boolean): Evaluation {
  const givenBirthDate = ask(f, "birthDate", "offenseDate");
  if (isIncomplete(givenBirthDate)) return givenBirthDate;
  const dismissal = reason(underWay ? "dismissalAfterProbation" : "mayAskForDisposition");
  return under21AtOffense(givenBirthDate)
    ? likely([dismissal, reason("under21Expungement")], { remedies: ["dismissal", "expungement"] })
    : likely([dismissal, reason("age21OrOlderNoExpungement")], { remedies: ["dismissal"] });
}

/** The § 3607 probation is over and the case was dismissed: only the (c) order is left to ask for. */
function afterCompletedDisposition(f: Facts): Evaluation {
  const givenBirthDate = ask(f, "birthDate", "offenseDate");
  if (isIncomplete(givenBirthDate)) return givenBirthDate;
  if (under21AtOffense(givenBirthDate)) return likely(reason("applyForExpungementOrder"), { remedies: ["expungement"] });
  // Issue #3's decision: the dismissal already happened; the DOJ keeps a nonpublic record (§ 3607(b));
  // no (c) order is available to someone 21 or older at the offense.
  return unlikely([reason("alreadyDismissedNoExpungement"), reason("nonpublicRecordKept")]);
}

function evaluate(f: Facts): Evaluation {
  const court = federalCourtOnly(f, "18 U.S.C. § 3607(a)");
  if (court) return court;

  const givenCaseStatus = ask(f, "caseStatus");
  if (isIncomplete(givenCaseStatus)) return givenCaseStatus;
  if (f.caseStatus === "acquitted" || f.caseStatus === "arrested-not-charged") {
    return notApplicable(reason("noFindingOfGuilt"));
  }

  // rules/README.md § statuses (issue #18 item 9): a case that is not simple possession does not fit § 3607 at all —
  // `not-applicable`, even once sentenced; `unlikely` is kept for a possession case that fails a criterion.
  const givenSimplePossession = ask(f, "simplePossession");
  if (isIncomplete(givenSimplePossession)) return givenSimplePossession;
  if (f.simplePossession === "no") return notApplicable(reason("notSimplePossession"));
  // § 3607(a) works only "without entering a judgment of conviction".
  if (f.caseStatus === "sentenced") return unlikely(reason("judgmentEntered"));
  if (f.simplePossession === "unsure") return possible(reason("unsureSimplePossession"));

  if (f.caseStatus === "unsure") return possible(reason("unsureCaseStatus"));
  // Issue #3's decision: not yet found guilty, so too early — but it can be asked for once found guilty.
  if (f.caseStatus === "charged") return possible(reason("askOnceFoundGuilty"));

  const givenDisposition3607 = ask(f, "disposition3607");
  if (isIncomplete(givenDisposition3607)) return givenDisposition3607;
  // Issue #18 item 2: not knowing whether the disposition was asked for is no better than not having asked:
  // once found guilty, (a)(1) and (a)(2) are checked first, as for a person who has not asked yet.
  const unsureDisposition = f.disposition3607 === "unsure";
  if (unsureDisposition && f.caseStatus !== "found-guilty") return possible(reason("unsureDisposition"));
  if (f.disposition3607 === "completed") return afterCompletedDisposition(f);
  if (f.disposition3607 === "on-probation") return dismissalAndMaybeExpungement(f, true);
  // No § 3607 disposition and the case is already dismissed: nothing is left for § 3607 to do.
  if (f.caseStatus === "dismissed") return notApplicable(reason("dismissedWithoutDisposition"));

  // Found guilty, judgment not yet entered: the window of § 3607(a) is open now.
  const givenPriorDrugConviction = ask(f, "priorDrugConviction");
  if (isIncomplete(givenPriorDrugConviction)) return givenPriorDrugConviction;
  if (f.priorDrugConviction === "yes") return unlikely(reason("priorDrugConviction"));
  if (f.priorDrugConviction === "unsure") return possible(reason("unsurePriorDrugConviction"));

  const givenPrior3607 = ask(f, "prior3607");
  if (isIncomplete(givenPrior3607)) return givenPrior3607;
  if (f.prior3607 === "yes") return unlikely(reason("prior3607Disposition"));
  if (f.prior3607 === "unsure") return possible(reason("unsurePrior3607"));

  if (unsureDisposition) return possible(reason("unsureDisposition"));
  return dismissalAndMaybeExpungement(f, false);
}

export const section3607: RuleModule = {
  id: "3607",
  title: "Pre-judgment probation and dismissal for first-offense simple possession",
  citation: "18 U.S.C. § 3607",
  lawAsOf: "2026-12-03",
  reasons: reason.table,
  facts: [
    "court", "caseStatus", "simplePossession", "disposition3607", "priorDrugConviction", "prior3607",
    "birthDate", "offenseDate",
  ],
  evaluate,
};
