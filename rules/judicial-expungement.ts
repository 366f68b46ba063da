import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const judicialExpungement = pendingRule("judicial-expungement", "Judicial expungement", "Kokkonen v. Guardian Life Ins. Co. of America, 511 U.S. 375 (1994)", ["court", "courtState", "caseStatus"]);
