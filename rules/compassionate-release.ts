import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const compassionateRelease = pendingRule("compassionate-release", "Compassionate release", "18 U.S.C. § 3582(c)(1)(A)", ["court", "custody", "crReasons", "wardenRequest"]);
