/**
 * First Step Act of 2018 § 404 — retroactive Fair Sentencing Act of 2010 (crack cocaine).
 *
 * § 404(a): "covered offense" means "a violation of a Federal criminal statute, the statutory penalties for
 *   which were modified by section 2 or 3 of the Fair Sentencing Act of 2010, that was committed before
 *   August 3, 2010."
 * § 404(b): "A court that imposed a sentence for a covered offense may … impose a reduced sentence as if
 *   sections 2 and 3 of the Fair Sentencing Act of 2010 were in effect at the time the covered offense was
 *   committed."
 * § 404(c): no motion if the sentence was already imposed or reduced in accordance with FSA 2010 §§ 2–3,
 *   or a previous § 404 motion was denied after a complete review on the merits [paraphrase; exact text
 *   UNVERIFIED]; "Nothing in this section shall be construed to require a court to reduce any sentence
 *   pursuant to this section." [V-case, quoted in United States v. Lewis (8th Cir. 2020)]
 *
 * Source: rules/README.md § fsa-404 (Pub. L. 115-391, § 404, 132 Stat. 5222, quoted in United States v. Wirsing
 *   (4th Cir. 2019) [V-case]); https://www.congress.gov/115/plaws/publ391/PLAW-115publ391.pdf
 * Not modelled: which statute and subsection each count falls under (asked as `crackOffense` and
 * `crackMandatoryMinimum`); resentencings after 2010; what the court weighs (Concepcion v. United States,
 * No. 20-1650 (U.S. June 27, 2022)).
 */
import type { Facts } from "@/rules/facts/schema";
import { FSA_ENACTED } from "@/rules/calculators/fsa-time-credits";
import { ask, defineReasons, isIncomplete, likely, notApplicable, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import type { Evaluation, IsoDate, Reason, RuleModule } from "./types";

const SECTION = (sub: string) => `First Step Act of 2018, Pub. L. 115-391, § 404${sub}, 132 Stat. 5222`;
const TERRY = "Terry v. United States, 593 U.S. 486 (2021)";

const reason = defineReasons({
  noSentence: SECTION("(b)"),
  notCrack: SECTION("(a)"),
  unsureCrack: SECTION("(a)"),
  offenseOnOrAfterAugust2010: SECTION("(a)"),
  noMandatoryMinimum: TERRY,
  unsureMandatoryMinimum: TERRY,
  sentenceCompleted: "United States v. Martin, 974 F.3d 124 (2d Cir. 2020)",
  supervisionOnly: "United States v. Holloway, 956 F.3d 660 (2d Cir. 2020)",
  sentencedUnderFsa2010: SECTION("(c)"),
  sentencedDuringTransition: SECTION("(c)"),
  priorMotionDenied: SECTION("(c)"),
  alreadyReduced: SECTION("(c)"),
  unsurePriorMotion: SECTION("(c)"),
  mayAskForReduction: SECTION("(b)"),
  noRequirementToReduce: SECTION("(c)"),
  notYetLaw: "First Step Act of 2018, Pub. L. 115-391, 132 Stat. 5194 (approved Dec. 21, 2018)",
});

/** § 404(a): "committed before August 3, 2010" — the Fair Sentencing Act's enactment date. */
const FSA_2010_ENACTED = "2010-08-03";
/**
 * Dorsey v. United States (decided 2012-06-21) held that FSA 2010's new thresholds apply to everyone
 * sentenced after 2010-08-03, whenever the offense [UNVERIFIED: Dorsey is not in the research sources]. Before that
 * decision courts split, so a sentence imposed between the two dates may or may not have used them.
 * Used only to choose the words; never to rule the path out (rules/README.md § fsa-404: § 404(c) keys on whether the sentence
 * was imposed "under the new thresholds", a fact only the sentencing record shows).
 */
const DORSEY_DECIDED = "2012-06-21";

/**
 * Issue #15 item 5: no path is open before the law that creates it. Screened as of a day before the First
 * Step Act, what the facts would open is `unlikely`, with the day the law began.
 */
function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  const result = evaluateUnderAct(f);
  if (asOf >= FSA_ENACTED || (result.status !== "likely" && result.status !== "possible")) return result;
  return unlikely(reason("notYetLaw", { date: FSA_ENACTED }));
}

function evaluateUnderAct(f: Facts): Evaluation {
  const court = federalCourtOnly(f, SECTION("(a)"));
  if (court) return court;

  const givenCaseStatus = ask(f, "caseStatus");
  if (isIncomplete(givenCaseStatus)) return givenCaseStatus;
  if (f.caseStatus !== "sentenced" && f.caseStatus !== "unsure") return notApplicable(reason("noSentence"));

  // "Unsure" answers do not stop the screening: a later fact may still rule the path out, and only if
  // nothing does is the result `possible`, naming each fact that would settle it.
  const unsure: Reason[] = [];

  // H1: crack cocaine only — the first question, so that nobody else is asked anything more.
  const givenCrackOffense = ask(f, "crackOffense");
  if (isIncomplete(givenCrackOffense)) return givenCrackOffense;
  if (f.crackOffense === "no") return notApplicable(reason("notCrack"));
  if (f.crackOffense === "unsure") unsure.push(reason("unsureCrack"));

  // H2: committed before 2010-08-03 (2010-08-02 is the last covered day).
  const givenOffenseDate = ask(f, "offenseDate");
  if (isIncomplete(givenOffenseDate)) return givenOffenseDate;
  if (givenOffenseDate.offenseDate >= FSA_2010_ENACTED) return unlikely(reason("offenseOnOrAfterAugust2010"));

  // H3 (Terry): only crack offenses whose mandatory minimum FSA 2010 changed; not § 841(b)(1)(C).
  // Asked only of people who know it was crack: the question makes no sense otherwise.
  if (f.crackOffense === "yes") {
    const givenCrackMandatoryMinimum = ask(f, "crackMandatoryMinimum");
    if (isIncomplete(givenCrackMandatoryMinimum)) return givenCrackMandatoryMinimum;
    if (f.crackMandatoryMinimum === "no") return unlikely(reason("noMandatoryMinimum"));
    if (f.crackMandatoryMinimum === "unsure") unsure.push(reason("unsureMandatoryMinimum"));
  }

  // H6: still serving. Prison: the term can be reduced. Supervision only: a supervised-release term can
  // still be reduced in the 2nd Circuit (Holloway); elsewhere UNVERIFIED, hence `possible`. Nothing left:
  // a completed prison term cannot be reduced (Martin).
  const givenCustody = ask(f, "custody");
  if (isIncomplete(givenCustody)) return givenCustody;
  if (f.custody === "none") return notApplicable(reason("sentenceCompleted"));
  if (f.custody === "not-sentenced") return notApplicable(reason("noSentence"));
  const supervisionOnly = f.custody === "supervised-release" || f.custody === "probation";

  // H4 (§ 404(c), exact text UNVERIFIED — encoded as rules/README.md § fsa-404 states it): a sentence imposed in accordance
  // with FSA 2010 is barred. The test is whether the sentence was imposed under the new
  // thresholds, which only the sentencing record shows; the date alone settles it only
  // through Dorsey, which the research sources do not contain. So a sentence after 2010-08-03 is `possible` with a
  // reason naming the record, never `unlikely` on the date alone (rules/README.md §§ citing, statuses: UNVERIFIED
  // items are not hard-coded; `possible` covers a fact only a lawyer or the record can establish).
  // TODO(legal): confirm Dorsey, 567 U.S. 260 (2012), and § 404(c)'s text; with both, a post-Dorsey
  // sentence could be `unlikely`.
  const givenJudgmentDate = ask(f, "judgmentDate");
  if (isIncomplete(givenJudgmentDate)) return givenJudgmentDate;
  if (givenJudgmentDate.judgmentDate >= DORSEY_DECIDED) unsure.push(reason("sentencedUnderFsa2010"));
  else if (givenJudgmentDate.judgmentDate >= FSA_2010_ENACTED) unsure.push(reason("sentencedDuringTransition"));

  // H5 (§ 404(c)): an earlier motion denied on the merits bars another; one granted already reduced it.
  const givenPrior404Motion = ask(f, "prior404Motion");
  if (isIncomplete(givenPrior404Motion)) return givenPrior404Motion;
  if (f.prior404Motion === "denied-on-merits") return unlikely(reason("priorMotionDenied"));
  if (f.prior404Motion === "granted") return unlikely(reason("alreadyReduced"));
  if (f.prior404Motion === "unsure") unsure.push(reason("unsurePriorMotion"));

  if (supervisionOnly) return possible([...unsure, reason("supervisionOnly"), reason("noRequirementToReduce")]);
  if (unsure.length > 0) return possible([...unsure, reason("noRequirementToReduce")]);
  return likely([reason("mayAskForReduction"), reason("noRequirementToReduce")]);
}

export const fsa404: RuleModule = {
  id: "fsa-404",
  title: "First Step Act § 404 (crack cocaine)",
  citation: "First Step Act § 404",
  lawAsOf: "2026-12-03",
  reasons: reason.table,
  facts: ["court", "caseStatus", "offenseDate", "crackOffense", "crackMandatoryMinimum", "custody", "judgmentDate", "prior404Motion"],
  evaluate,
};
