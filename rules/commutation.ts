import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const commutation = pendingRule("commutation", "Presidential commutation", "28 C.F.R. § 1.3", ["court", "custody"]);
