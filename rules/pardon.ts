/**
 * Presidential pardon — U.S. Const. art. II, § 2, cl. 1; 28 C.F.R. § 1.2; the marijuana proclamations.
 *
 * Art. II, § 2, cl. 1: the President "shall have Power to grant Reprieves and Pardons for Offences against
 *   the United States" — federal, D.C. Code and court-martial convictions, never state ones (rules/README.md § court).
 * 28 C.F.R. § 1.2 [V-stat, read in full]: "No petition for pardon should be filed until the expiration of a
 *   waiting period of at least five years after the date of the release of the petitioner from confinement
 *   or, in case no prison sentence was imposed, until the expiration of a period of at least five years
 *   after the date of the conviction of the petitioner. Generally, no petition should be submitted by a
 *   person who is on probation, parole, or supervised release."
 * Proclamations of 2022-10-06 and 2023-12-22 [V-off]: simple possession of marijuana committed on or before
 *   the proclamation date is already pardoned for citizens and lawful permanent residents (data in
 *   rules/data/marijuana-proclamations.ts).
 *
 * Source: rules/README.md § pardon; https://www.ecfr.gov/current/title-28/chapter-I/part-1
 * Not modelled: the OPA's "most recent conviction" gloss (we use the latest release the person gives);
 * the OPA's older "date of sentencing" wording (the rule says conviction: 28 C.F.R. § 1.2); waivers of the
 * waiting period ("rarely granted"); unpaid fines and restitution; pending charges; the regulations are
 * advisory and bind no President (28 C.F.R. § 1.11).
 */
import type { Facts } from "@/rules/facts/schema";
import { later, plusMonths, plusYears } from "@/rules/calendar/dates";
import { LAST_COVERED_OFFENSE_DATE, proclamationCovering } from "./data/marijuana-proclamations";
import { ask, defineReasons, isIncomplete, type Incomplete, likely, notApplicable, notYet, possible, unlikely } from "./kit";
import { clemencyCourt } from "./shared/clemency-court";
import { prisonWasImposed } from "./shared/prison-imposed";
import type { Evaluation, IsoDate, Reason, RuleModule } from "./types";

const CONSTITUTION = "U.S. Const. art. II, § 2, cl. 1";
const RULE = "28 C.F.R. § 1.2";
const OPA = "U.S. Dep't of Justice, Office of the Pardon Attorney, https://www.justice.gov/pardon";
const [PROCLAMATION_2022, PROCLAMATION_2023] = [
  "Presidential Proclamation of Oct. 6, 2022 (simple possession of marijuana)",
  "Presidential Proclamation of Dec. 22, 2023 (simple possession of marijuana)",
];

const reason = defineReasons({
  stateConviction: CONSTITUTION,
  unsureWhichCourt: CONSTITUTION,
  noConviction: CONSTITUTION,
  convictionVacated: CONSTITUTION,
  unsureConvictionVacated: CONSTITUTION,
  unsureCaseStatus: CONSTITUTION,
  notYetSentenced: RULE,
  militaryPetition: "28 C.F.R. § 1.1",
  dcCodeConviction: CONSTITUTION,
  // The marijuana proclamations
  coveredBy2022Proclamation: PROCLAMATION_2022,
  coveredBy2023Proclamation: PROCLAMATION_2023,
  citizenshipConditions: PROCLAMATION_2023,
  requestCertificate: OPA,
  unsureSimplePossession: PROCLAMATION_2023,
  unsureMarijuanaOnly: PROCLAMATION_2023,
  citizenshipNotCovered: PROCLAMATION_2023,
  unsureCitizenship: PROCLAMATION_2023,
  // 28 C.F.R. § 1.2
  inPrisonCommutationRoute: RULE,
  waitOverSinceRelease: RULE,
  waitOverSinceConviction: RULE,
  waitRunsFromRelease: RULE,
  waitRunsFromConviction: RULE,
  supervisionMustEnd: RULE,
  supervisionEndUnknown: RULE,
  presidentDecides: CONSTITUTION,
  notExpungement: OPA,
});

/** 28 C.F.R. § 1.2: "at least five years". */
const WAITING_YEARS = 5;

/** A step of the screening that still needs facts. */

/** What the marijuana proclamations say about this case. */
type Proclamation = { kind: "covered" | "maybe"; reasons: Reason[] } | { kind: "none" };

/**
 * The marijuana proclamations (rules/README.md § pardon): simple possession of marijuana (21 U.S.C. § 844 or D.C. Code
 * § 48-904.01(d)(1)) committed on or before 2023-12-22; a U.S. citizen or lawful permanent resident on the
 * proclamation date who was a citizen or lawfully present at the offense; charged or convicted.
 */
function proclamations(f: Facts): Proclamation | Incomplete {
  // TODO(legal): court-martial marijuana offenses are not named by the proclamations (rules/README.md § pardon).
  if (f.court === "military") return { kind: "none" };
  const possession = ask(f, "simplePossession");
  if (isIncomplete(possession)) return possession;
  if (f.simplePossession === "no") return { kind: "none" };
  const marijuana = ask(f, "marijuanaOnly");
  if (isIncomplete(marijuana)) return marijuana;
  if (f.marijuanaOnly === "no") return { kind: "none" };
  const offense = ask(f, "offenseDate");
  if (isIncomplete(offense)) return offense;
  const proclamation = proclamationCovering(offense.offenseDate);
  if (!proclamation) return { kind: "none" };
  const status = ask(f, "citizenship");
  if (isIncomplete(status)) return status;

  const unsure: Reason[] = [];
  if (f.simplePossession === "unsure") unsure.push(reason("unsureSimplePossession"));
  if (f.marijuanaOnly === "unsure") unsure.push(reason("unsureMarijuanaOnly"));
  // The condition is status on the proclamation date and lawful presence at the offense: today's answer
  // "other" could still have been covered then, and "unsure" is unsettled — both `possible`.
  if (f.citizenship === "other") unsure.push(reason("citizenshipNotCovered", { date: LAST_COVERED_OFFENSE_DATE }));
  if (f.citizenship === "unsure") unsure.push(reason("unsureCitizenship"));
  if (unsure.length > 0) return { kind: "maybe", reasons: unsure };

  const covered = proclamation.coversOffensesThrough === "2022-10-06" ? "coveredBy2022Proclamation" : "coveredBy2023Proclamation";
  return {
    kind: "covered",
    reasons: [reason(covered), reason("citizenshipConditions"), reason("requestCertificate"), reason("notExpungement")],
  };
}

/** When the waiting period runs from: release from confinement, or conviction when no prison was imposed. */
function waitingFrom(f: Facts): { from: IsoDate; event: "release" | "conviction" } | Incomplete {
  const prisonImposed = prisonWasImposed(f);
  if (isIncomplete(prisonImposed)) return prisonImposed;
  if (prisonImposed) {
    const released = ask(f, "releaseDate");
    return isIncomplete(released) ? released : { from: released.releaseDate, event: "release" };
  }
  const judged = ask(f, "judgmentDate");
  if (isIncomplete(judged)) return judged;
  // The latest release counts (rules/README.md § pardon); a release after the judgment means later confinement.
  return { from: f.releaseDate ? later(judged.judgmentDate, f.releaseDate) : judged.judgmentDate, event: "conviction" };
}

/** Extra words for the courts beyond the federal district courts. */
function courtNotes(f: Facts): Reason[] {
  if (f.court === "military") return [reason("militaryPetition")];
  if (f.court === "dc-superior") return [reason("dcCodeConviction")];
  return [];
}

/** 28 C.F.R. § 1.2: the ordinary petition, after the sentence. */
function petition(f: Facts, asOf: IsoDate): Evaluation {
  const givenCustody = ask(f, "custody");
  if (isIncomplete(givenCustody)) return givenCustody;
  if (f.custody === "not-sentenced") return notApplicable(reason("notYetSentenced"));
  // Issue #3's decision: still in prison, no release date to count from → unlikely; commutation is the
  // clemency route while a prison term is being served.
  if (f.custody === "prison") return unlikely(reason("inPrisonCommutationRoute"));

  const wait = waitingFrom(f);
  if (isIncomplete(wait)) return wait;
  const waitEnds = plusYears(wait.from, WAITING_YEARS);
  const over = wait.event === "release" ? "waitOverSinceRelease" : "waitOverSinceConviction";
  const runs = wait.event === "release" ? "waitRunsFromRelease" : "waitRunsFromConviction";

  if (f.custody === "supervised-release" || f.custody === "probation") {
    // "Generally, no petition … on probation, parole, or supervised release": not-yet only when the end
    // of supervision can be computed (issue #3), i.e. its expected end is still ahead.
    const supervision = ask(f, "supervisionStartDate", "supervisionMonths");
    if (isIncomplete(supervision)) return supervision;
    const supervisionEnds = plusMonths(supervision.supervisionStartDate, supervision.supervisionMonths);
    if (supervisionEnds <= asOf) return unlikely(reason("supervisionEndUnknown"));
    const from = later(waitEnds, supervisionEnds);
    const waitReason = waitEnds <= asOf ? reason(over, { date: waitEnds }) : reason(runs, { date: waitEnds });
    return notYet([waitReason, reason("supervisionMustEnd", { date: supervisionEnds }), ...courtNotes(f), reason("notExpungement")], {
      availableFrom: from,
    });
  }

  // custody "none": every part of the sentence is finished.
  if (waitEnds > asOf) {
    return notYet([reason(runs, { date: waitEnds }), ...courtNotes(f), reason("notExpungement")], { availableFrom: waitEnds });
  }
  return likely([reason(over, { date: waitEnds }), reason("presidentDecides"), ...courtNotes(f), reason("notExpungement")], {
    availableFrom: waitEnds,
  });
}

function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  const court = clemencyCourt(f, { state: reason("stateConviction"), unsure: reason("unsureWhichCourt") });
  if (court) return court;

  const givenCaseStatus = ask(f, "caseStatus");
  if (isIncomplete(givenCaseStatus)) return givenCaseStatus;
  if (f.caseStatus === "acquitted" || f.caseStatus === "arrested-not-charged") return notApplicable(reason("noConviction"));
  if (f.caseStatus === "sentenced" || f.caseStatus === "unsure") {
    const givenConvictionVacated = ask(f, "convictionVacated");
    if (isIncomplete(givenConvictionVacated)) return givenConvictionVacated;
    // A vacated conviction leaves nothing to pardon; "unsure" goes on, since a pardon would still help.
    if (f.convictionVacated === "yes") return notApplicable(reason("convictionVacated"));
  }
  const result = screen(f, asOf);
  // Issue #15 item 5 (contract § 2): where only an "unsure" stands between `likely` and not-applicable, the
  // result is `possible`, naming that fact: a conviction that may be vacated, or (for the proclamations,
  // which come before custody) a case that may have ended in acquittal or with no charge. Any custody but
  // "not sentenced" already implies a sentence, so then the case status is not in doubt.
  const doubts: Reason[] = [];
  if (f.convictionVacated === "unsure" && (f.caseStatus === "sentenced" || f.caseStatus === "unsure")) doubts.push(reason("unsureConvictionVacated"));
  const sentenceImplied = f.custody !== undefined && f.custody !== "not-sentenced";
  if (f.caseStatus === "unsure" && !sentenceImplied) doubts.push(reason("unsureCaseStatus"));
  if (result.status !== "likely" || doubts.length === 0) return result;
  return possible([...doubts, ...result.reasons], { availableFrom: result.availableFrom });
}

/** After the court, case status and vacatur: the proclamations, then the ordinary petition. */
function screen(f: Facts, asOf: IsoDate): Evaluation {
  // The proclamations come first: a person they cover is already pardoned, whatever the waiting period.
  const proclaimed = proclamations(f);
  if (isIncomplete(proclaimed)) return proclaimed;
  if (proclaimed.kind === "covered") return likely(proclaimed.reasons);

  // No conviction and sentence yet (charged, found guilty) or the case is over without one (dismissed):
  // nothing for an ordinary petition.
  const regular: Evaluation =
    f.caseStatus === "sentenced" || f.caseStatus === "unsure"
      ? petition(f, asOf)
      : notApplicable(reason(f.caseStatus === "dismissed" ? "noConviction" : "notYetSentenced"));
  if (isIncomplete(regular)) return regular;
  if (proclaimed.kind === "none") return regular;
  // The proclamation may cover the case: a sure petition stays `likely`; otherwise `possible`, naming the
  // fact that would settle it. A future date goes only with `not-yet`, so it stays in the words here.
  if (regular.status === "likely") return likely([...regular.reasons, ...proclaimed.reasons], { availableFrom: regular.availableFrom });
  return possible([...proclaimed.reasons, ...regular.reasons.filter((r) => r.key !== "notExpungement"), reason("notExpungement")]);
}

export const pardon: RuleModule = {
  id: "pardon",
  title: "Presidential pardon",
  citation: RULE,
  lawAsOf: "2026-12-03",
  reasons: reason.table,
  facts: [
    "court", "citizenship", "caseStatus", "convictionVacated", "offenseDate", "simplePossession", "marijuanaOnly",
    "prisonMonths", "prisonExtraDays", "lifeSentence", "custody", "releaseDate", "supervisionStartDate",
    "supervisionMonths", "judgmentDate",
  ],
  evaluate,
};
