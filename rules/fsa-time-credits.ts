/**
 * First Step Act earned time credits — 18 U.S.C. § 3632(d)(4) (earning) and § 3624(g) (applying).
 *
 * § 3632(d)(4)(A) "(i) A prisoner shall earn 10 days of time credits for every 30 days of successful
 *   participation in evidence-based recidivism reduction programming or productive activities. (ii) A
 *   prisoner determined by the Bureau of Prisons to be at a minimum or low risk for recidivating, who, over
 *   2 consecutive assessments, has not increased their risk of recidivism, shall earn an additional 5 days".
 * § 3632(d)(4)(D) "A prisoner is ineligible to receive time credits … if the prisoner is serving a sentence
 *   for a conviction under any of the following provisions of law" — 68 clauses (rules/data/fsa-excluded-offenses.ts).
 * § 3632(d)(4)(E)(i) a prisoner subject to a final order of removal "may not apply time credits".
 * § 3624(g)(3) early transfer to supervised release "not to exceed 12 months"; § 3624(g)(10) the
 *   § 3624(b)/(c) time limits do not apply to prerelease custody under (g).
 *
 * Source: https://www.law.cornell.edu/uscode/text/18/3632 ; https://www.law.cornell.edu/uscode/text/18/3624
 * (18 U.S.C. §§ 3632(d)(4), 3624(g) [V-stat]; 28 C.F.R. § 523.42 [V-off]; rules/README.md §§ fsa-time-credits, fsa-credits-calculator).
 * Not modelled: whether the person actually takes part in the recommended programs (F3 — the estimate
 * assumes steady participation); BOP day-counting (UNVERIFIED, rules/README.md § fsa-time-credits); the warden-petition route
 * to prerelease custody for higher-risk prisoners (§ 3624(g)(1)(D)(i)(II)) beyond naming it; the 85%
 * home-confinement rule (§ 3624(g)(2)(A)(iv)); bed space; immigration detainers without a final order
 * (18 U.S.C. § 3632(d)(4)(E) keys only on a final order; BOP practice UNVERIFIED).
 */
import type { Facts } from "@/rules/facts/schema";
import { estimateTimeCredits, FSA_ENACTED, type CreditRate } from "@/rules/calculators/fsa-time-credits";
import { ask, defineReasons, incomplete, isIncomplete, likely, notApplicable, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import { compactEstimate, notServingPrisonTerm, prisonTerm } from "./shared/good-conduct-time";
import type { Evaluation, IsoDate, Reason, RuleModule } from "./types";

const reason = defineReasons({
  noPrisonSentence: "18 U.S.C. § 3632(d)(4)(B)(ii)",
  notSentencedYet: "18 U.S.C. § 3632(d)(4)(B)(ii)",
  notInPrison: "18 U.S.C. § 3632(d)(4)(A)",
  alreadyReleased: "18 U.S.C. § 3632(d)(4)(C)",
  excludedOffense: "18 U.S.C. § 3632(d)(4)(D)",
  unsureExcludedOffense: "18 U.S.C. § 3632(d)(4)(D)",
  removalOrderBarsApplying: "18 U.S.C. § 3632(d)(4)(E)(i)",
  unsureRemovalOrder: "18 U.S.C. § 3632(d)(4)(E)(i)",
  lifeNoReleaseDate: "18 U.S.C. § 3624(g)(1)(A)",
  unsureLifeSentence: "18 U.S.C. § 3624(g)(1)(A)",
  noPrisonTerm: "18 U.S.C. § 3632(d)(4)(A)",
  lowRiskRate: "18 U.S.C. § 3632(d)(4)(A)(ii)",
  higherRiskRate: "18 U.S.C. § 3632(d)(4)(A)(i)",
  riskMustDropToApply: "18 U.S.C. § 3624(g)(1)(D)",
  unsureRiskLevel: "18 U.S.C. § 3632(d)(4)(A)(ii)",
  oldLawNoEstimate: "18 U.S.C. § 3624(g)(1)(C)",
  cannotEstimate: "18 U.S.C. § 3624(g)(1)(C)",
  earnedFromFsaEnactment: "18 U.S.C. § 3632(d)(4)(B)(i)",
  earliestPrerelease: "18 U.S.C. § 3624(g)(1)(A)",
  supervisedReleaseTransfer: "18 U.S.C. § 3624(g)(3)",
  prereleaseSurplus: "18 U.S.C. § 3624(g)(10)",
  noSupervisedReleaseTerm: "18 U.S.C. § 3624(g)(3)",
  unsureSupervisedRelease: "18 U.S.C. § 3624(g)(3)",
  bopComputes: "18 U.S.C. § 3632(d)(4)(C)",
  projectedDatePassed: "18 U.S.C. § 3624(g)(1)(A)",
  dcCodeUnsettled: "FSA Time Credits, 87 Fed. Reg. 2705 (Jan. 19, 2022)",
  notYetLaw: "First Step Act of 2018, Pub. L. 115-391, § 101(a), 132 Stat. 5194 (approved Dec. 21, 2018)",
});

/** § 3632(d)(4)(A): 15 days per 30 at minimum or low risk held over two assessments (the fact asks exactly that), else 10. */
const rateFor = (f: Facts): CreditRate => (f.riskLevel === "minimum" || f.riskLevel === "low" ? 15 : 10);

/**
 * Issue #18 item 7: whether D.C. Code sentences in BOP custody earn time credits is unsettled. The Bureau's
 * final rule (87 Fed. Reg. 2705, 2706 (Jan. 19, 2022)) says those eligible to apply credits "include
 * individuals sentenced under the U.S. Code", after it reopened comment on D.C. Code offenders alone
 * (86 Fed. Reg. 57612 (Oct. 18, 2021)); its answer to those comments could not be read [UNVERIFIED]. So a D.C.
 * Code sentence is at best `possible`, naming the question (rules/README.md §§ statuses, results: unsettled law).
 */
function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  const result = evaluateAnyCourt(f, asOf);
  // Issue #15 item 5: no path is open before the law that creates it. Screened as of a day before the
  // First Step Act, what the facts would open is `unlikely`, with the day the law began.
  if (asOf >= FSA_ENACTED || (result.status !== "likely" && result.status !== "possible")) return result;
  return unlikely(reason("notYetLaw", { date: FSA_ENACTED }));
}

function evaluateAnyCourt(f: Facts, asOf: IsoDate): Evaluation {
  if (f.court !== "dc-superior") return evaluateFederal(f, asOf);
  const result = evaluateFederal({ ...f, court: "federal" }, asOf);
  if (result.status !== "likely" && result.status !== "possible") return result;
  return possible([reason("dcCodeUnsettled"), ...result.reasons], { estimate: result.estimate });
}

function evaluateFederal(f: Facts, asOf: IsoDate): Evaluation {
  const court = federalCourtOnly(f, "18 U.S.C. § 3632(d)(4)");
  if (court) return court;

  const notServing = notServingPrisonTerm(f, reason);
  if (notServing) return notServing;

  // Things that may make the answer "possible" rather than "likely"; each names its fact.
  const doubts: Reason[] = [];

  // F2 — § 3632(d)(4)(D): any count on the list bars earning.
  const givenFsaExcludedOffense = ask(f, "fsaExcludedOffense");
  if (isIncomplete(givenFsaExcludedOffense)) return givenFsaExcludedOffense;
  if (f.fsaExcludedOffense === "yes") return unlikely(reason("excludedOffense"));
  if (f.fsaExcludedOffense === "unsure") doubts.push(reason("unsureExcludedOffense"));

  // G6 — § 3632(d)(4)(E)(i): credits are still earned but may not be applied.
  const givenRemovalOrder = ask(f, "removalOrder");
  if (isIncomplete(givenRemovalOrder)) return givenRemovalOrder;
  if (f.removalOrder === "yes") return unlikely(reason("removalOrderBarsApplying"));
  if (f.removalOrder === "unsure") doubts.push(reason("unsureRemovalOrder"));

  // G1/G3 — § 3624(g)(1)(A), (C): credits are applied against the remainder of a computed term.
  // TODO(legal): the research sources do not address life sentences; a life term has no release date for
  // credits to bring forward, so they cannot be applied. Confirm BOP practice.
  const givenLifeSentence = ask(f, "lifeSentence");
  if (isIncomplete(givenLifeSentence)) return givenLifeSentence;
  if (f.lifeSentence === "yes") return unlikely(reason("lifeNoReleaseDate"));
  if (f.lifeSentence === "unsure") return possible([...doubts, reason("unsureLifeSentence")]);

  // F4 — § 3632(d)(4)(A)(ii); G2/G4/G5 — § 3624(g)(1)(B), (D): applying credits needs minimum or low risk
  // (or, for prerelease custody, the warden's approval of a petition).
  const givenRiskLevel = ask(f, "riskLevel");
  if (isIncomplete(givenRiskLevel)) return givenRiskLevel;
  const rate = rateFor(f);
  const rateReasons: Reason[] = [];
  if (rate === 15) rateReasons.push(reason("lowRiskRate"));
  else if (f.riskLevel === "unsure") doubts.push(reason("unsureRiskLevel"));
  else {
    rateReasons.push(reason("higherRiskRate"));
    doubts.push(reason("riskMustDropToApply"));
  }

  const term = prisonTerm(f);
  if (term.kind === "incomplete") return incomplete(term.needs);
  if (term.kind === "noTerm") return notApplicable(reason("noPrisonTerm"));
  const decide = (reasons: Reason[], estimate?: Record<string, string | number>) =>
    doubts.length > 0 ? possible([...doubts, ...reasons], { estimate }) : likely(reasons, { estimate });
  // Without a GCT release date the credits cannot be projected; the path itself is still open.
  if (term.kind === "oldLaw") return possible([...doubts, ...rateReasons, reason("oldLawNoEstimate")]);
  if (term.kind === "outOfRange") return possible([...doubts, ...rateReasons, reason("cannotEstimate")]);

  // G5 — § 3624(g)(3): early supervised release needs a supervised-release term in the judgment.
  const givenSupervisedReleaseOrdered = ask(f, "supervisedReleaseOrdered");
  if (isIncomplete(givenSupervisedReleaseOrdered)) return givenSupervisedReleaseOrdered;
  const withSupervisedRelease = f.supervisedReleaseOrdered !== "no";

  const started = ask(f, "custodyStartDate");
  if (isIncomplete(started)) return started;
  const etc = estimateTimeCredits({
    startDate: started.custodyStartDate,
    gctRelease: term.estimate.gctRelease,
    creditRatePer30: rate,
    supervisedRelease: withSupervisedRelease,
  });

  const reasons: Reason[] = [...rateReasons];
  if (started.custodyStartDate < FSA_ENACTED) reasons.push(reason("earnedFromFsaEnactment", { earningStart: etc.earningStart }));
  reasons.push(reason("earliestPrerelease", { earliestPrerelease: etc.earliestPrerelease, gctRelease: etc.gctRelease }));
  if (withSupervisedRelease) {
    reasons.push(
      reason("supervisedReleaseTransfer", {
        supervisedReleaseTransfer: etc.supervisedReleaseTransfer!,
        creditsAppliedToSupervisedRelease: etc.creditsAppliedToSupervisedRelease!,
      }),
    );
    if (etc.creditsForPrerelease! > 0) {
      reasons.push(reason("prereleaseSurplus", { creditsForPrerelease: etc.creditsForPrerelease! }));
    }
    if (f.supervisedReleaseOrdered === "unsure") reasons.push(reason("unsureSupervisedRelease"));
  } else {
    reasons.push(reason("noSupervisedReleaseTerm"));
  }
  // The projection says credits could already be in use: the person should ask the case manager.
  if (etc.earliestPrerelease < asOf) reasons.push(reason("projectedDatePassed", { earliestPrerelease: etc.earliestPrerelease }));
  reasons.push(reason("bopComputes"));
  return decide(reasons, compactEstimate({ ...etc }));
}

export const fsaTimeCredits: RuleModule = {
  id: "fsa-time-credits",
  title: "First Step Act time credits",
  citation: "18 U.S.C. §§ 3632(d)(4), 3624(g)",
  lawAsOf: "2026-12-03",
  reasons: reason.table,
  facts: [
    "court", "caseStatus", "custody", "fsaExcludedOffense", "removalOrder", "lifeSentence", "riskLevel",
    "prisonMonths", "prisonExtraDays", "offenseDate", "diplomaOrGed", "custodyStartDate", "jailCreditDays",
    "supervisedReleaseOrdered",
  ],
  evaluate,
};
