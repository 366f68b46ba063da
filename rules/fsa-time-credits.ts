import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const fsaTimeCredits = pendingRule("fsa-time-credits", "First Step Act time credits", "18 U.S.C. § 3632(d)(4)", ["court", "custody", "fsaExcludedOffense", "riskLevel", "removalOrder"]);
