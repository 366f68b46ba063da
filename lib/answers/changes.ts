/**
 * What changed since an answers file was saved. A version-2 file records its as-of date, the rules' version
 * and each path's status then (./answers-file.ts). Opened later, it is screened again **at its saved as-of
 * date** with today's rules: a status that differs there is a change in the law or a correction, named from
 * the dated change log (content/changes/law-changes.md); a status that is the same there but differs today
 * changed only because time has passed.
 */
import type { SavedScreening } from "./answers-file";
import { statusesOf } from "@/lib/engine/screen";
import type { Facts } from "@/rules/facts/schema";
import { PATH_IDS, type IsoDate, type PathId, type Status } from "@/rules/types";

/** One entry of the change log. */
export interface LawChange {
  date: IsoDate;
  paths: readonly PathId[];
  summary: string;
}

export type ResultChange =
  | { path: PathId; kind: "law"; saved: Status; atSavedDate: Status; now: Status; changes: readonly LawChange[] }
  | { path: PathId; kind: "time"; saved: Status; now: Status };

/** Each path whose result is not what the file recorded, and why: the law (with its log entries) or time. */
export function changesSince(facts: Facts, saved: SavedScreening, today: IsoDate, log: readonly LawChange[]): ResultChange[] {
  const atSavedDate = statusesOf(facts, saved.asOf);
  const now = statusesOf(facts, today);
  const found: ResultChange[] = [];
  for (const path of PATH_IDS) {
    const before = saved.statuses[path];
    if (before === undefined) continue;
    if (atSavedDate[path] !== before) {
      const changes = log.filter((entry) => entry.date > saved.rulesVersion && entry.paths.includes(path));
      found.push({ path, kind: "law", saved: before, atSavedDate: atSavedDate[path], now: now[path], changes });
    } else if (now[path] !== before) {
      found.push({ path, kind: "time", saved: before, now: now[path] });
    }
  }
  return found;
}
