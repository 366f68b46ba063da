/**
 * What to say when an answers file opens whose results differ from those it recorded (lib/answers/changes.ts):
 * the rule changes, once each, in the change log's own words; then how many differ only because time passed.
 */
import type { ResultChange } from "@/lib/answers/changes";
import type { SavedScreening } from "@/lib/answers/answers-file";
import { longDate } from "@/lib/words/dates";
import type { Say } from "@/lib/words/say";

export function sinceSaved(changes: readonly ResultChange[], saved: SavedScreening, say: Say): string[] {
  const date = longDate(saved.asOf);
  const summaries = [...new Set(changes.flatMap((change) => (change.kind === "law" ? change.changes.map((entry) => entry.summary) : [])))];
  const byTime = changes.filter((change) => change.kind === "time").length;
  const lines: string[] = [];
  if (changes.some((change) => change.kind === "law")) lines.push(say("file.lawChanged", { date }), ...summaries);
  if (byTime > 0) lines.push(say("file.timeChanged", { count: byTime, date }));
  return lines;
}
