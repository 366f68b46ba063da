import { pendingRule } from "./pending";

/** Not encoded yet (issue #3): says only which facts it would need. */
export const tsra = pendingRule("tsra", "Trafficking Survivors Relief Act", "18 U.S.C. § 3771A", ["court", "traffickingSurvivor"]);
