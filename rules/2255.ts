/**
 * 28 U.S.C. § 2255 — Federal custody; remedies on motion attacking sentence.
 *
 * (a) "A prisoner in custody under sentence of a court established by Act of Congress claiming the right
 *     to be released upon the ground that the sentence was imposed in violation of the Constitution or laws
 *     of the United States … may move the court which imposed the sentence to vacate, set aside or correct
 *     the sentence."
 * (f) "A 1-year period of limitation shall apply to a motion under this section. The limitation period
 *     shall run from the latest of — (1) the date on which the judgment of conviction becomes final; …"
 * (h) A second or successive motion must be certified by a court of appeals to contain (1) newly
 *     discovered evidence … or (2) a new rule of constitutional law, made retroactive … by the Supreme Court.
 *
 * Source: https://www.law.cornell.edu/uscode/text/28/2255 [V-stat]; finality and the
 * deadline: rules/shared/finality.ts (rules/README.md § finality).
 * Not modelled: collateral-attack waivers in plea agreements (rules/README.md § 2255, circuit-specific, UNVERIFIED);
 * procedural default of claims not raised on appeal; the actual-innocence gateway (McQuiggin, UNVERIFIED);
 * § 2255(f)(2) government-created impediments; rehearing petitions and voluntarily dismissed appeals
 * (rules/README.md § finality, UNVERIFIED); the prison mailbox rule; a new judgment after resentencing (UNVERIFIED).
 */
import type { Facts } from "@/rules/facts/schema";
import { daysBetween } from "@/rules/calendar/dates";
import { ask, defineReasons, incomplete, isIncomplete, likely, notApplicable, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import { finality, oneYearDeadline, type ClosureMoved, type FinalityKind } from "./shared/finality";
import type { Evaluation, IsoDate, Reason, RuleModule } from "./types";

const reason = defineReasons({
  noJudgmentYet: "28 U.S.C. § 2255(a)",
  noConviction: "28 U.S.C. § 2255(a)",
  unsureCaseStatus: "28 U.S.C. § 2255(a)",
  notSentenced: "28 U.S.C. § 2255(a)",
  notInCustody: "28 U.S.C. § 2255(a)",
  // rules/README.md § 2255: that supervised release and probation are custody is settled case law, but
  // it is marked [UNVERIFIED] (Jones v. Cunningham not read). Encoded as stated.
  supervisionIsCustody: "Jones v. Cunningham, 371 U.S. 236 (1963)",
  appealPending: "28 U.S.C. § 2255(f)(1)",
  certiorariPending: "28 U.S.C. § 2255(f)(1)",
  unsureAppeal: "Fed. R. App. P. 4(b)(1)(A)",
  unsureAppealDeadlinePassed: "28 U.S.C. § 2255(f)(1)",
  finalNoAppeal: "Fed. R. App. P. 4(b)(1)(A)",
  finalNoCertiorari: "Clay v. United States, 537 U.S. 522 (2003)",
  // 28 U.S.C. § 2255(f); rules/README.md § finality: finality on the day certiorari is denied / the Court decides is [UNVERIFIED], standard rule.
  finalCertiorariDenied: "28 U.S.C. § 2255(f)(1)",
  finalCertiorariDecided: "28 U.S.C. § 2255(f)(1)",
  // 28 U.S.C. § 2255(f); rules/README.md § finality: FRAP 26(a) and FRCP 6(a) roll-forward are [UNVERIFIED] ("widely applied", "most courts").
  finalityRolledForward: "Fed. R. App. P. 26(a)(1)(C)",
  // The 90 days to petition for certiorari are counted under the Supreme Court's own rules, not FRAP 26.
  // TODO(legal): the research sources do not cite Sup. Ct. R. 30.1 (only FRAP 26(a) for day counting); the rule's
  // text was read on LII, not in the research sources [UNVERIFIED].
  certiorariPeriodRolledForward: "Sup. Ct. R. 30.1",
  deadlineRolledForward: "Fed. R. Civ. P. 6(a)(1)(C)",
  // A day the President closed the executive departments, counted as a holiday (contested).
  finalityExecutiveClosure: "Fed. R. App. P. 26(a)(6)(B)",
  deadlineExecutiveClosure: "Fed. R. Civ. P. 6(a)(6)(B)",
  deadlineAhead: "28 U.S.C. § 2255(f)(1)",
  deadlineToday: "28 U.S.C. § 2255(f)(1)",
  actByEarliestDeadline: "28 U.S.C. § 2255(f)(1)",
  earliestDeadlinePassed: "28 U.S.C. § 2255(f)(1)",
  actNow: "28 U.S.C. § 2255(f)",
  deadlinePassed: "28 U.S.C. § 2255(f)(1)",
  newRuleRestart: "28 U.S.C. § 2255(f)(3)",
  newFactsRestart: "28 U.S.C. § 2255(f)(4)",
  equitableTolling: "Holland v. Florida, 560 U.S. 631 (2010)",
  claimedError: "28 U.S.C. § 2255(a)",
  noKnownError: "28 U.S.C. § 2255(a)",
  unsureError: "28 U.S.C. § 2255(a)",
  unsurePrior2255: "28 U.S.C. § 2255(h)",
  successiveNeedsAuthorization: "28 U.S.C. § 2255(h)",
  successiveNewEvidence: "28 U.S.C. § 2255(h)(1)",
  successiveNewRule: "28 U.S.C. § 2255(h)(2)",
  successiveUnsureGround: "28 U.S.C. § 2255(h)",
  successiveNoGround: "28 U.S.C. § 2255(h)",
});

/** 28 U.S.C. § 2255(f); rules/README.md § finality: "warn if within 30 days". */
const URGENT_DAYS = 30;

/** The kinds of error § 2255(a) reaches that the person can name (everything but "none-known"/"unsure"). */
const NAMED_ERRORS = new Set([
  "lawyer-ignored-appeal-request", "ineffective-lawyer", "new-supreme-court-rule", "new-evidence",
  "sentence-over-maximum", "other",
]);
const has = (f: Facts, error: NonNullable<Facts["legalError"]>[number]) => f.legalError?.includes(error) ?? false;
const namesAnError = (f: Facts) => f.legalError?.some((error) => NAMED_ERRORS.has(error)) ?? false;

type ReasonKey = Parameters<typeof reason>[0];

const FINALITY_REASON: Record<FinalityKind, ReasonKey> = {
  "no-appeal": "finalNoAppeal",
  "no-certiorari": "finalNoCertiorari",
  "certiorari-denied": "finalCertiorariDenied",
  "certiorari-decided": "finalCertiorariDecided",
};

/**
 * The rule that moved a last day off a weekend or holiday: the 14 days to appeal are counted under
 * FRAP 26(a), the 90 days to petition for certiorari under Sup. Ct. R. 30.1. (A date the Court sets itself,
 * certiorari denied or decided, is never rolled, so it never gives this reason.)
 */
const rolledReason = (kind: FinalityKind): ReasonKey =>
  kind === "no-certiorari" ? "certiorariPeriodRolledForward" : "finalityRolledForward";

/** A person on supervised release or probation often thinks § 2255 is closed to them (rules/README.md § 2255). */
const custodyNote = (f: Facts): Reason[] =>
  f.custody === "supervised-release" || f.custody === "probation" ? [reason("supervisionIsCustody")] : [];

/** § 2255(h): a second motion needs the court of appeals' permission and one of two grounds. */
function successive(f: Facts): Evaluation {
  const givenLegalError = ask(f, "legalError");
  if (isIncomplete(givenLegalError)) return givenLegalError;
  const grounds: Reason[] = [];
  if (has(f, "new-evidence")) grounds.push(reason("successiveNewEvidence")); // § 2255(h)(1)
  if (has(f, "new-supreme-court-rule")) grounds.push(reason("successiveNewRule")); // § 2255(h)(2)
  if (grounds.length > 0) return possible([reason("successiveNeedsAuthorization"), ...grounds]);
  if (has(f, "unsure")) return possible([reason("successiveNeedsAuthorization"), reason("successiveUnsureGround")]);
  return unlikely(reason("successiveNoGround"));
}

/** The words about finality and any roll-forward: why the deadline is the day it is. */
function finalityReasons(
  kind: FinalityKind, final: IsoDate, unrolled: IsoDate, anniversary?: IsoDate, deadline?: IsoDate,
  closed: { final?: ClosureMoved; deadline?: ClosureMoved } = {},
): Reason[] {
  const reasons = [reason(FINALITY_REASON[kind], { finalDate: final })];
  if (unrolled !== final) reasons.push(reason(rolledReason(kind), { dueDate: unrolled, finalDate: final }));
  if (closed.final) {
    const { closures, withoutClosures } = closed.final;
    reasons.push(reason("finalityExecutiveClosure", { closedDay: closures[0].date, finalDate: final, withoutClosures }));
  }
  if (anniversary && deadline) reasons.push(reason("deadlineRolledForward", { anniversary, deadline }));
  if (closed.deadline && deadline) {
    const { closures, withoutClosures } = closed.deadline;
    reasons.push(reason("deadlineExecutiveClosure", { closedDay: closures[0].date, deadline, withoutClosures }));
  }
  return reasons;
}

/**
 * While `deadline` has not passed: the stricter day a court could take (no roll-forward), and the
 * act-now warning when the day to act by is within 30 days (rules/README.md § finality).
 */
function strictDay(deadline: IsoDate, earliestDeadline: IsoDate | undefined, asOf: IsoDate): Reason[] {
  const reasons: Reason[] = [];
  let actBy = deadline;
  if (earliestDeadline !== undefined && earliestDeadline >= asOf) {
    actBy = earliestDeadline;
    reasons.push(reason("actByEarliestDeadline", { earliestDeadline }));
  } else if (earliestDeadline !== undefined) {
    reasons.push(reason("earliestDeadlinePassed", { earliestDeadline, deadline }));
  }
  if (daysBetween(asOf, actBy) <= URGENT_DAYS) reasons.push(reason("actNow"));
  return reasons;
}

/** What can start the year again once the § 2255(f)(1) year has run out, from the error named. */
function restartReasons(f: Facts): Reason[] {
  const restarts: Reason[] = [];
  // § 2255(f)(3): one year from the day the Supreme Court recognized a new, retroactive right.
  if (has(f, "new-supreme-court-rule")) restarts.push(reason("newRuleRestart"));
  // § 2255(f)(4): one year from when the facts could have been discovered — new evidence, or learning
  // late that the lawyer never filed the requested appeal (rules/README.md § 2255: a common claim).
  if (has(f, "new-evidence") || has(f, "lawyer-ignored-appeal-request")) restarts.push(reason("newFactsRestart"));
  return restarts;
}

/**
 * Not sure whether an appeal was filed: the no-appeal deadline is the earliest the deadline can be; an
 * appeal only makes it later. Showing it (with its stricter day, as for a known case) never tells the
 * person a later date is safe. Always `possible`: the docket decides.
 */
function unsureAppeal(f: Facts, asOf: IsoDate, prior: Reason[]): Evaluation {
  const noAppeal = finality({ ...f, appeal: "none" });
  if (noAppeal.state !== "final") return incomplete(["judgmentDate"]);
  const { deadline, earliestDeadline } = oneYearDeadline(noAppeal.final, noAppeal.unrolled);
  if (asOf > deadline) {
    // Past it, the year has run out only if there was no appeal; a restart or tolling may still help.
    const late = [...restartReasons(f), reason("equitableTolling")];
    return possible([reason("unsureAppealDeadlinePassed", { deadline }), ...late, ...prior, ...custodyNote(f)], { deadline });
  }
  // rules/README.md § results: `deadline` is the day with the roll-forward, `earliestDeadline` the stricter day.
  const timing = [reason("unsureAppeal", { deadline }), ...strictDay(deadline, earliestDeadline, asOf)];
  return possible([...timing, ...prior, ...custodyNote(f)], { deadline, earliestDeadline });
}

/** The year under § 2255(f)(1) has run out: only a restart or tolling can help, never `likely`. */
function afterDeadline(f: Facts, deadline: IsoDate, asOf: IsoDate, why: Reason[]): Evaluation {
  const passed = reason("deadlinePassed", { deadline, daysAgo: daysBetween(deadline, asOf) });
  const restarts = restartReasons(f);
  const tolling = reason("equitableTolling");
  if (restarts.length > 0) return possible([passed, ...restarts, tolling, ...why], { deadline });
  if (has(f, "unsure")) return possible([passed, reason("unsureError"), tolling, ...why], { deadline });
  // Interpretation: timeliness is a criterion not met on the facts given; equitable tolling (Holland)
  // needs an extraordinary circumstance the screener does not ask about, so it is named, not assumed.
  return unlikely([passed, tolling, ...why], { deadline });
}

function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  const court = federalCourtOnly(f, "28 U.S.C. § 2255(a)");
  if (court) return court;

  const givenCaseStatus = ask(f, "caseStatus");
  if (isIncomplete(givenCaseStatus)) return givenCaseStatus;
  // § 2255(a): "in custody under sentence" — there must be a judgment and a sentence to attack.
  if (f.caseStatus === "charged" || f.caseStatus === "found-guilty") return notApplicable(reason("noJudgmentYet"));
  if (f.caseStatus === "acquitted" || f.caseStatus === "dismissed" || f.caseStatus === "arrested-not-charged") {
    return notApplicable(reason("noConviction"));
  }

  const givenCustody = ask(f, "custody");
  if (isIncomplete(givenCustody)) return givenCustody;
  // § 2255(a) "in custody": once every part of the sentence is over, coram nobis is the remedy (rules/README.md § coram-nobis).
  if (f.custody === "none") return notApplicable(reason("notInCustody"));
  if (f.custody === "not-sentenced") return notApplicable(reason("notSentenced"));
  if (f.caseStatus === "unsure") return possible(reason("unsureCaseStatus"));

  // § 2255(f)(1): when did the judgment become final?
  const fin = finality(f);
  if (fin.state === "needs") return incomplete(fin.needs);
  // Interpretation (issue #3 asked us to decide): while the appeal or certiorari petition is pending the
  // judgment is not final and the year has not started. `not-yet` needs a date, and the day the appeal
  // ends is unknown; the outcome of the appeal may also make a motion unnecessary. So: `possible`, with
  // a reason saying when the clock will start.
  if (fin.state === "pending") {
    return possible([reason(fin.stage === "appeal" ? "appealPending" : "certiorariPending"), ...custodyNote(f)]);
  }
  if (fin.state === "unsure-appeal") {
    const givenJudgmentDate = ask(f, "judgmentDate");
    if (isIncomplete(givenJudgmentDate)) return givenJudgmentDate;
  }

  // § 2255(h): a second motion needs permission first, whatever the first motion's deadline was.
  const givenPrior2255 = ask(f, "prior2255");
  if (isIncomplete(givenPrior2255)) return givenPrior2255;
  if (f.prior2255 === "yes") return successive(f);
  const prior = f.prior2255 === "unsure" ? [reason("unsurePrior2255")] : [];

  const givenLegalError = ask(f, "legalError");
  if (isIncomplete(givenLegalError)) return givenLegalError;

  if (fin.state === "unsure-appeal") return unsureAppeal(f, asOf, prior);
  const { deadline, earliestDeadline, anniversary, contested } = oneYearDeadline(fin.final, fin.unrolled);
  const why = finalityReasons(fin.kind, fin.final, fin.unrolled, anniversary, deadline, { final: fin.contested, deadline: contested });

  if (asOf > deadline) return afterDeadline(f, deadline, asOf, [...why, ...custodyNote(f)]);

  // The year is still running: show the deadline, and the stricter day if a court could read it so.
  const daysLeft = daysBetween(asOf, deadline);
  const timing: Reason[] = [
    daysLeft === 0 ? reason("deadlineToday", { deadline }) : reason("deadlineAhead", { deadline, daysLeft }),
    ...strictDay(deadline, earliestDeadline, asOf),
  ];
  // Between the strict day and the deadline, the motion is on time only if the court rolls the day
  // forward past the weekend or holiday. rules/README.md § finality marks that roll-forward [UNVERIFIED]: never
  // tell a person they are "safe" on a borderline date; it differs between circuits (rules/README.md § calendar). rules/README.md § statuses: a result that turns on unsettled law is `possible`.
  const onlyIfRolledForward = earliestDeadline !== undefined && earliestDeadline < asOf;

  const details = { deadline, earliestDeadline };
  const context = [...why, ...custodyNote(f)];
  if (namesAnError(f)) {
    const claim = reason("claimedError");
    // § 2255(h): if an earlier motion was decided, this one would need permission first. Past the strict
    // day, timeliness turns on the roll-forward (above). Either way: `possible`, never `likely`.
    return prior.length > 0 || onlyIfRolledForward
      ? possible([...timing, claim, ...prior, ...context], details)
      : likely([...timing, claim, ...context], details);
  }
  // No error named yet: whether there is one is for a lawyer and the record, before the deadline.
  const error = has(f, "unsure") ? reason("unsureError") : reason("noKnownError");
  return possible([...timing, error, ...prior, ...context], details);
}

export const section2255: RuleModule = {
  id: "2255",
  title: "Motion to vacate, set aside or correct a sentence",
  citation: "28 U.S.C. § 2255",
  lawAsOf: "2026-11-23",
  reasons: reason.table,
  facts: [
    "court", "caseStatus", "custody", "judgmentDate", "appeal", "appealDecisionDate", "certiorari",
    "certiorariDate", "prior2255", "legalError",
  ],
  evaluate,
};
