/**
 * Judicial ("equitable") expungement — a federal court's inherent or ancillary power, circuit by circuit.
 *
 * Kokkonen v. Guardian Life Ins. Co. of America, 511 U.S. 375, 379–80 (1994): ancillary jurisdiction exists
 * only "to permit disposition by a single court of claims that are, in varying respects and degrees,
 * factually interdependent" and "to enable a court to function successfully, that is, to manage its
 * proceedings, vindicate its authority, and effectuate its decrees." Every circuit that has applied it to
 * equitable expungement of a valid conviction has found no jurisdiction; the D.C. Circuit has not ruled.
 *
 * Source: rules/README.md §§ judicial-expungement, circuits (circuit table, state → circuit map),
 * the table is data in rules/data/circuits.ts, each row with its source. Kokkonen as quoted in
 * United States v. Wahi, 850 F.3d 296 (7th Cir. 2017) [V-case].
 * Not modelled: FBI/executive records versus the court's own records (rules/README.md § judicial-expungement: executive records are
 * usually beyond reach — said in the words, not decided); FYCA set-asides (rules/README.md § out-of-scope); the person's
 * equitable reasons themselves (a balancing only a judge does).
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, because, defineReasons, isIncomplete, notApplicable, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import { circuitOf, type Circuit, type Stance } from "./data/circuits";
import type { Evaluation, Reason, RuleModule } from "./types";

const KOKKONEN = "Kokkonen v. Guardian Life Ins. Co. of America, 511 U.S. 375 (1994)";

/**
 * Keys whose citation is the circuit's own case from rules/data/circuits.ts; the table gives Kokkonen,
 * the authority every one of those cases applies.
 */
const CIRCUIT_KEYS = [
  "validConvictionNo", "validConvictionUnsettled", "evenIfPardoned", "unpublishedOnly",
  "arrestRecordsNo", "arrestRecordsPossible", "unlawfulRecordsNo", "unlawfulRecordsPossible",
  "unlawfulRecordsUndecided", "unlawfulRecordsUnsettled", "unsureVacated", "unsureRecordProblem",
] as const;
type CircuitKey = (typeof CIRCUIT_KEYS)[number];

const reason = defineReasons({
  caseStillOpen: KOKKONEN,
  unsureCaseStatus: KOKKONEN,
  ...(Object.fromEntries(CIRCUIT_KEYS.map((key) => [key, KOKKONEN])) as Record<CircuitKey, string>),
  // rules/README.md § judicial-expungement: route to the statutes instead.
  tsraRoute: "18 U.S.C. § 3771A",
  section3607Route: "18 U.S.C. § 3607(c)",
});

/** A reason resting on the circuit's own case for `stance`. */
const circuitReason = (key: CircuitKey, stance: Stance, circuit: Circuit): Reason =>
  because(key, stance.case, { circuit: circuit.name });

/** Which records the request is about (rules/README.md § judicial-expungement). */
type Avenue = "valid" | "arrest" | "unlawful";

const stanceFor = (circuit: Circuit, avenue: Avenue): Stance =>
  avenue === "valid" ? circuit.validConviction : avenue === "arrest" ? circuit.arrestRecords : circuit.unlawfulRecords;

/** rules/README.md § judicial-expungement: `no` → unlikely; `possible` and `unsettled` → possible. */
const opens = (circuit: Circuit, avenue: Avenue): boolean => stanceFor(circuit, avenue).stance !== "no";

/** The reasons for one avenue in one circuit: its holding, and whether it binds. */
function avenueReasons(circuit: Circuit, avenue: Avenue): Reason[] {
  const stance = stanceFor(circuit, avenue);
  const reasons: Reason[] = [];
  if (avenue === "valid") {
    reasons.push(circuitReason(stance.stance === "no" ? "validConvictionNo" : "validConvictionUnsettled", stance, circuit));
    if (stance.stance === "no" && circuit.pardonedIncluded) reasons.push(circuitReason("evenIfPardoned", stance, circuit));
  } else if (avenue === "arrest") {
    reasons.push(circuitReason(stance.stance === "no" ? "arrestRecordsNo" : "arrestRecordsPossible", stance, circuit));
  } else if (stance.stance === "unsettled") {
    // Only an unpublished decision against (4th: Mettetal; 11th: Adalikwu): its words say it does not bind.
    reasons.push(circuitReason("unlawfulRecordsUnsettled", stance, circuit));
    return reasons;
  } else {
    const key = stance.stance === "no" ? "unlawfulRecordsNo" : stance.addressed ? "unlawfulRecordsPossible" : "unlawfulRecordsUndecided";
    reasons.push(circuitReason(key, stance, circuit));
  }
  // Issue #3: the 4th Circuit has unpublished decisions only — say so. Same for any unpublished controlling case.
  if (!stance.published) reasons.push(circuitReason("unpublishedOnly", stance, circuit));
  return reasons;
}

/** The statutory routes worth naming next to an equitable request (rules/README.md § judicial-expungement). */
function statutoryRoutes(f: Facts): Reason[] {
  const routes: Reason[] = [];
  if (f.caseStatus === "dismissed" && f.disposition3607 !== "none" && f.simplePossession !== "no") {
    routes.push(reason("section3607Route"));
  }
  if (f.traffickingSurvivor !== "no") routes.push(reason("tsraRoute"));
  return routes;
}

/** The outcome of one avenue, with the statutory routes where the courts say no. */
function decide(f: Facts, circuit: Circuit, avenue: Avenue): Evaluation {
  const reasons = avenueReasons(circuit, avenue);
  return opens(circuit, avenue) ? possible(reasons) : unlikely([...reasons, ...statutoryRoutes(f)]);
}

/** A conviction: valid (equitable grounds only) or vacated/unlawful. Asks only what can change the outcome. */
function conviction(f: Facts, circuit: Circuit): Evaluation {
  // Where both avenues end the same way (D.C.: both open), neither fact can change the outcome.
  if (opens(circuit, "valid") === opens(circuit, "unlawful")) {
    return decide(f, circuit, f.convictionVacated === "yes" || f.recordProblem === "yes" ? "unlawful" : "valid");
  }
  const givenConvictionVacated = ask(f, "convictionVacated");
  if (isIncomplete(givenConvictionVacated)) return givenConvictionVacated;
  // A vacated conviction is not expunged automatically (rules/README.md § 2255); its records are those of an
  // invalid conviction (Sumner, Pinto).
  if (f.convictionVacated === "yes") return decide(f, circuit, "unlawful");
  const givenRecordProblem = ask(f, "recordProblem");
  if (isIncomplete(givenRecordProblem)) return givenRecordProblem;
  if (f.recordProblem === "yes") return decide(f, circuit, "unlawful");
  if (f.recordProblem === "unsure") return possible([circuitReason("unsureRecordProblem", circuit.unlawfulRecords, circuit)]);
  if (f.convictionVacated === "unsure") return possible([circuitReason("unsureVacated", circuit.unlawfulRecords, circuit)]);
  return decide(f, circuit, "valid");
}

/** Arrest, acquittal or dismissal records: the equitable avenue, plus the unlawful one if the arrest was unlawful. */
function arrestRecords(f: Facts, circuit: Circuit): Evaluation {
  if (opens(circuit, "arrest") || !opens(circuit, "unlawful")) return decide(f, circuit, "arrest");
  const givenRecordProblem = ask(f, "recordProblem");
  if (isIncomplete(givenRecordProblem)) return givenRecordProblem;
  if (f.recordProblem === "yes") return decide(f, circuit, "unlawful");
  if (f.recordProblem === "unsure") return possible([circuitReason("unsureRecordProblem", circuit.unlawfulRecords, circuit)]);
  return decide(f, circuit, "arrest");
}

function evaluate(f: Facts): Evaluation {
  const court = federalCourtOnly(f, KOKKONEN);
  if (court) return court;

  const givenCourtState = ask(f, "courtState");
  if (isIncomplete(givenCourtState)) return givenCourtState;
  // 28 U.S.C. § 41; rules/README.md § circuits: the circuit of the district court that entered the judgment (or heard the charge).
  const circuit = circuitOf(givenCourtState.courtState);

  const givenCaseStatus = ask(f, "caseStatus");
  if (isIncomplete(givenCaseStatus)) return givenCaseStatus;
  // Nothing to expunge while the case is still going.
  if (f.caseStatus === "charged" || f.caseStatus === "found-guilty") return notApplicable(reason("caseStillOpen"));
  if (f.caseStatus === "unsure") return possible(reason("unsureCaseStatus"));
  if (f.caseStatus === "sentenced") return conviction(f, circuit);
  return arrestRecords(f, circuit);
}

export const judicialExpungement: RuleModule = {
  id: "judicial-expungement",
  title: "Judicial expungement",
  citation: KOKKONEN,
  lawAsOf: "2026-11-23",
  reasons: reason.table,
  facts: [
    "court", "courtState", "caseStatus", "convictionVacated", "simplePossession", "disposition3607",
    "recordProblem", "traffickingSurvivor",
  ],
  evaluate,
};
