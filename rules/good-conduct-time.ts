import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const goodConductTime = pendingRule("good-conduct-time", "Good conduct time", "18 U.S.C. § 3624(b)", ["court", "custody", "prisonMonths", "lifeSentence"]);
