/**
 * Puts the results in the groups a person reads: may qualify, it depends, not yet, unlikely — and,
 * folded away, the paths that do not fit the case. Every result lands in exactly one group, so all
 * 13 cards are always on the page. Within a group, the path order of rules/README.md § paths is kept.
 */
import type { PathResult } from "@/lib/engine/screen";
import type { Status } from "@/rules/types";

/** Shown open, in this order. `incomplete` never comes with a complete answer set; if it does, it shows last. */
export const OPEN_GROUPS = ["likely", "possible", "not-yet", "unlikely", "incomplete"] as const satisfies readonly Status[];

export interface ResultGroup {
  status: (typeof OPEN_GROUPS)[number];
  results: PathResult[];
}

export interface GroupedResults {
  /** Groups with at least one result, in reading order. */
  open: ResultGroup[];
  /** `not-applicable` results, shown inside a <details>. */
  folded: PathResult[];
}

export function groupResults(results: readonly PathResult[]): GroupedResults {
  return {
    open: OPEN_GROUPS.map((status) => ({ status, results: results.filter((r) => r.status === status) })).filter(
      (group) => group.results.length > 0,
    ),
    folded: results.filter((r) => r.status === "not-applicable"),
  };
}
