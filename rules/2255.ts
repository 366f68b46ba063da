import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const section2255 = pendingRule("2255", "Motion to vacate, set aside or correct a sentence", "28 U.S.C. § 2255", ["court", "caseStatus", "custody", "judgmentDate", "appeal"]);
