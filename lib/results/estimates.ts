/**
 * The rows of a result's calculator estimate, in the order content lists them. Content may mark a known
 * projection `null` (not shown: the reasons already say it); a projection content does not know at all
 * is shown with a label made from its name, so nothing a calculator says is hidden by accident.
 */
import type { Estimate } from "@/rules/types";
import type { Variant } from "@/lib/words/say";
import type { ResultsWords } from "./words-schema";

export interface EstimateRow {
  name: string;
  /** The label from content, or a label made from the name. */
  label: Variant;
  value: string | number;
}

/** `gctReleaseAt54` → "Gct release at 54". */
export function labelFromName(name: string): string {
  const spaced = name.replace(/([a-z])([A-Z0-9])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function estimateRows(estimate: Estimate | undefined, labels: ResultsWords["estimates"]): EstimateRow[] {
  if (!estimate) return [];
  const order = Object.keys(labels);
  const position = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return Object.entries(estimate)
    .filter(([name]) => labels[name] !== null)
    .sort(([a], [b]) => position(a) - position(b))
    .map(([name, value]) => ({ name, label: labels[name] ?? labelFromName(name), value }));
}
