import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const retroactiveAmendment = pendingRule("retroactive-amendment", "Retroactive guideline amendment", "18 U.S.C. § 3582(c)(2)", ["court", "custody", "statusPoints", "criminalHistoryPoints"]);
