import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const coramNobis = pendingRule("coram-nobis", "Writ of error coram nobis", "28 U.S.C. § 1651(a)", ["court", "caseStatus", "custody", "legalError", "continuingConsequences"]);
