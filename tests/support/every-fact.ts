import type { Facts } from "@/rules/facts/schema";

/** A complete, consistent fact set: every fact of the schema (rules/README.md § facts), each with a valid value. */
export const everyFact: Facts = {
  perspective: "family", court: "federal", courtState: "TX", birthDate: "1970-04-02", citizenship: "citizen",
  caseStatus: "sentenced", convictionVacated: "no", offenseDate: "2012-05-01", simplePossession: "no",
  marijuanaOnly: "no", drugOffense: "no", priorDrugConviction: "yes", prior3607: "no", disposition3607: "none", crackOffense: "no",
  crackMandatoryMinimum: "no", fsaExcludedOffense: "no", violentOffense: "no", childVictim: "no", recordProblem: "no",
  prisonMonths: 180, prisonExtraDays: 0, lifeSentence: "no", mandatoryLife: "no", supervisedReleaseOrdered: "yes", custody: "prison",
  custodyStartDate: "2013-09-10", jailCreditDays: 120, releaseDate: "2013-09-10", supervisionStartDate: "2026-01-01",
  supervisionMonths: 60, supervisionEndDate: "2026-06-01", supervisionViolations: "no", felony: "yes", diplomaOrGed: "yes",
  judgmentDate: "2013-08-20", appeal: "decided", appealDecisionDate: "2014-06-02", certiorari: "denied",
  certiorariDate: "2014-11-03", prior2255: "no", legalError: ["none-known"], continuingConsequences: "yes",
  crReasons: ["terminal-illness"], wardenRequest: "submitted", wardenRequestDate: "2026-10-20", sentenced3559c: "no",
  statusPoints: "no", criminalHistoryPoints: 3, zeroPointExclusion: "no", riskLevel: "low", removalOrder: "no",
  prior404Motion: "none", traffickingSurvivor: "no", traffickingNexus: "no",
};
