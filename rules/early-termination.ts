import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const earlyTermination = pendingRule("early-termination", "Early termination of supervision", "18 U.S.C. § 3583(e)(1)", ["court", "custody"]);
