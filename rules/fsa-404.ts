import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const fsa404 = pendingRule("fsa-404", "First Step Act § 404 (crack cocaine)", "First Step Act § 404", ["court", "crackOffense", "offenseDate"]);
