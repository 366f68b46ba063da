/**
 * A placeholder for a relief path whose rules are not encoded yet: it only ever says which facts it
 * would need (`incomplete`), never an invented outcome. Removed once every path is encoded.
 */
import type { FactName } from "@/lib/facts/schema";
import { incomplete, missing } from "./kit";
import type { PathId, RuleModule } from "./types";

export function pendingRule(id: PathId, title: string, citation: string, facts: FactName[]): RuleModule {
  return {
    id,
    title,
    citation,
    reasons: {},
    facts,
    evaluate: (given) => incomplete(missing(given, ...facts).length > 0 ? missing(given, ...facts) : facts),
  };
}
