/**
 * 18 U.S.C. § 3624(b) — Credit toward service of sentence for satisfactory behavior (good conduct time).
 *
 * (b)(1) "a prisoner who is serving a term of imprisonment of more than 1 year other than a term of
 *        imprisonment for the duration of the prisoner's life, may receive credit toward the service of the
 *        prisoner's sentence of up to 54 days for each year of the prisoner's sentence imposed by the court,
 *        subject to determination by the Bureau of Prisons that, during that year, the prisoner has
 *        displayed exemplary compliance with institutional disciplinary regulations."
 * (b)(2) Credit vests on the date the prisoner is released.
 * 28 C.F.R. § 523.20(b)(2) "prorated credit for any partial final year"; (d)(2) up to 54 days a year with a
 * high school diploma, GED or satisfactory progress, otherwise up to 42; (d)(3) a noncitizen under a final
 * order of removal need not take part in literacy programs.
 *
 * Source: https://www.law.cornell.edu/uscode/text/18/3624 ; https://www.ecfr.gov/current/title-28/chapter-V/subchapter-B/part-523
 * (18 U.S.C. § 3624(b) [V-stat]; 28 C.F.R. § 523.20 [V-stat]; rules/README.md §§ good-conduct-time, gct-calculator).
 * Not modelled: credit lost or disallowed for discipline (GCT3: the estimate assumes every day is earned);
 * the exact proration arithmetic of BOP Program Statement 5880.28 (UNVERIFIED; the linear share of rules/README.md § gct-calculator is
 * used); offenses before 1987-11-01 ("old law", outside § 523.20(b): `possible`, no estimate);
 * how several consecutive or concurrent terms are aggregated.
 */
import type { Facts } from "@/rules/facts/schema";
import { isNonBusinessDay } from "@/rules/calendar/court-days";
import { plusDays } from "@/rules/calendar/dates";
import { ask, defineReasons, incomplete, isIncomplete, likely, notApplicable, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import { dcCodeFelonyAfter2000 } from "./shared/dc-code";
import { compactEstimate, notServingPrisonTerm, overOneYear, prisonTerm, termImposed, type RateBasis } from "./shared/good-conduct-time";
import type { Evaluation, IsoDate, Reason, RuleModule } from "./types";

const reason = defineReasons({
  noPrisonSentence: "18 U.S.C. § 3624(b)(1)",
  notSentencedYet: "18 U.S.C. § 3624(b)(1)",
  notInPrison: "18 U.S.C. § 3624(b)(1)",
  alreadyReleased: "18 U.S.C. § 3624(b)(2)",
  lifeSentence: "18 U.S.C. § 3624(b)(1)",
  unsureLifeSentence: "18 U.S.C. § 3624(b)(1)",
  noPrisonTerm: "18 U.S.C. § 3624(b)(1)",
  termNotOverOneYear: "18 U.S.C. § 3624(b)(1)",
  oldLawOffense: "28 C.F.R. § 523.20(b)",
  cannotEstimate: "18 U.S.C. § 3624(b)(1)",
  gctEstimate: "18 U.S.C. § 3624(b)(1)",
  partialYearProrated: "28 C.F.R. § 523.20(b)(2)",
  diplomaFullRate: "28 C.F.R. § 523.20(d)(2)(i)",
  noDiplomaLowerRate: "28 C.F.R. § 523.20(d)(2)(ii)",
  removalOrderLiteracyExempt: "28 C.F.R. § 523.20(d)(3)",
  offenseBefore1996FullRate: "28 C.F.R. § 523.20(d)(2)",
  unsureDiplomaRate: "28 C.F.R. § 523.20(d)(2)",
  conductCounts: "18 U.S.C. § 3624(b)(1)",
  weekendRelease: "18 U.S.C. § 3624(a)",
  estimateDatePassed: "18 U.S.C. § 3624(b)(1)",
  dcCodeFelony: "D.C. Code § 24-403.01(d-1)",
  dcCodeBeforeAugust2000: "D.C. Code § 24-403.01(d-1)",
  dcCodeNotFelony: "D.C. Code § 24-101(a)",
  dcCodeUnsureFelony: "D.C. Code § 24-403.01(d-1)",
});

/** The reason that explains the yearly rate. */
const RATE_REASON: Readonly<Record<RateBasis, Parameters<typeof reason>[0]>> = {
  diploma: "diplomaFullRate",
  noDiploma: "noDiplomaLowerRate",
  removalOrderExempt: "removalOrderLiteracyExempt",
  offenseBefore1996: "offenseBefore1996FullRate",
  rateUnsure: "unsureDiplomaRate",
};

/** The last weekday (not a federal holiday) on or before `iso`. */
function lastBusinessDayOnOrBefore(iso: string): string {
  let day = iso;
  while (isNonBusinessDay(day)) day = plusDays(day, -1);
  return day;
}

/** The person is in prison on a term of more than a year, not life: the estimate. */
function estimateFor(f: Facts, asOf: IsoDate): Evaluation {
  const term = prisonTerm(f);
  if (term.kind === "incomplete") return incomplete(term.needs);
  if (term.kind === "noTerm") return notApplicable(reason("noPrisonTerm"));
  // 28 C.F.R. § 523.20(b) covers offenses on or after 1987-11-01; earlier offenses follow older law.
  // TODO(legal): old-law good time (former 18 U.S.C. § 4161) is not in the research sources; a lawyer should check.
  if (term.kind === "oldLaw") return possible(reason("oldLawOffense"));
  if (term.kind === "outOfRange") return possible(reason("cannotEstimate"));

  const { estimate, basis, ifFullRate } = term;
  const reasons: Reason[] = [
    reason("gctEstimate", { gctDays: estimate.gctDays, gctRelease: estimate.gctRelease, fullTermRelease: estimate.fullTermRelease }),
    reason(RATE_REASON[basis], ifFullRate ? { gctDaysFullRate: ifFullRate.gctDays, gctReleaseFullRate: ifFullRate.gctRelease } : undefined),
  ];
  // § 523.20(b)(2): the partial final year earns a prorated share (rules/README.md § gct-calculator, UNVERIFIED).
  if (estimate.imposedDays % 365 !== 0) reasons.push(reason("partialYearProrated"));
  reasons.push(reason("conductCounts"));
  // § 3624(a): a release date on a weekend or holiday may be moved to the last weekday before it.
  // Never a weekday before the term began (issue #15 item 5): a release on the first day stays on it.
  const weekday = lastBusinessDayOnOrBefore(estimate.gctRelease);
  if (weekday !== estimate.gctRelease && weekday >= f.custodyStartDate!) reasons.push(reason("weekendRelease", { releaseWeekday: weekday }));
  // Still in prison after the estimated date: credit was lost, or a fact is off — say so, never hide it.
  if (estimate.gctRelease < asOf) reasons.push(reason("estimateDatePassed", { gctRelease: estimate.gctRelease }));
  return likely(reasons, {
    estimate: compactEstimate({
      ...estimate,
      gctDaysAt54: ifFullRate?.gctDays,
      gctReleaseAt54: ifFullRate?.gctRelease,
    }),
  });
}

function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  // Issue #18 item 7: a D.C. Code felony committed on or after 2000-08-05 earns good conduct time "only as
  // provided in 18 U.S.C. § 3624(b)" (D.C. Code § 24-403.01(d-1)), so this path applies to it in BOP custody.
  const dc = f.court === "dc-superior";
  const court = dc ? undefined : federalCourtOnly(f, "18 U.S.C. § 3624(b)(1)");
  if (court) return court;

  const notServing = notServingPrisonTerm(f, reason);
  if (notServing) return notServing;
  if (!dc) return inPrison(f, asOf);
  const fits = dcCodeFelonyAfter2000(f, {
    beforeAugust2000: reason("dcCodeBeforeAugust2000"),
    notFelony: reason("dcCodeNotFelony"),
    unsureFelony: reason("dcCodeUnsureFelony"),
  });
  if (fits) return fits;
  const result = inPrison(f, asOf);
  return isIncomplete(result) ? result : { ...result, reasons: [reason("dcCodeFelony"), ...result.reasons] };
}

/** Serving a prison term now (including a halfway house or home confinement under the BOP). */
function inPrison(f: Facts, asOf: IsoDate): Evaluation {
  // In prison (including a halfway house or home confinement under the BOP).
  const givenLifeSentence = ask(f, "lifeSentence");
  if (isIncomplete(givenLifeSentence)) return givenLifeSentence;
  if (f.lifeSentence === "yes") return unlikely(reason("lifeSentence")); // § 3624(b)(1) "other than … life"
  if (f.lifeSentence === "unsure") return possible(reason("unsureLifeSentence"));

  // § 3624(b)(1) "more than 1 year", as imposed: 12 months → none; 12 months and 1 day → credit.
  const imposed = termImposed(f);
  if (Array.isArray(imposed)) return incomplete(imposed);
  if (imposed.months === 0 && imposed.extraDays === 0) return notApplicable(reason("noPrisonTerm"));
  const over = overOneYear(f, imposed.months, imposed.extraDays);
  if (Array.isArray(over)) return incomplete(over);
  if (!over) return unlikely(reason("termNotOverOneYear"));

  return estimateFor(f, asOf);
}

export const goodConductTime: RuleModule = {
  id: "good-conduct-time",
  title: "Good conduct time",
  citation: "18 U.S.C. § 3624(b)",
  lawAsOf: "2026-12-03",
  reasons: reason.table,
  facts: [
    "court", "caseStatus", "custody", "lifeSentence", "prisonMonths", "prisonExtraDays", "offenseDate",
    "diplomaOrGed", "removalOrder", "custodyStartDate", "jailCreditDays", "felony",
  ],
  evaluate,
};
