import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const pardon = pendingRule("pardon", "Presidential pardon", "28 C.F.R. § 1.2", ["court", "custody"]);
