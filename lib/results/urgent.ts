/**
 * The one thing to do first, for the summary at the top of the results: the nearest deadline that has
 * not passed; else the paths the person may qualify for; else the nearest date an option opens; else a
 * path that depends on something a lawyer can check; else nothing.
 */
import type { PathResult } from "@/lib/engine/screen";
import type { IsoDate, PathId } from "@/rules/types";
import { daysFrom } from "@/lib/words/dates";

export type UrgentAction =
  /** `date` is the deadline; `actBy` the earlier, safer last day when a stricter reading gives one. */
  | { kind: "deadline"; path: PathId; date: IsoDate; days: number; actBy?: { date: IsoDate; days: number } }
  | { kind: "likely"; paths: PathId[] }
  | { kind: "available"; path: PathId; date: IsoDate; days: number }
  | { kind: "possible"; path: PathId }
  | { kind: "none" };

/** A deadline matters only on a path that may still be open. */
const OPEN_STATUSES = new Set(["likely", "possible", "not-yet"]);

export function mostUrgentAction(results: readonly PathResult[], asOf: IsoDate): UrgentAction {
  const deadlines = results
    .filter((r) => OPEN_STATUSES.has(r.status) && r.deadline !== undefined && daysFrom(asOf, r.deadline) >= 0)
    .map((r) => {
      const actBy =
        r.earliestDeadline !== undefined && r.earliestDeadline < r.deadline! && daysFrom(asOf, r.earliestDeadline) >= 0
          ? r.earliestDeadline
          : undefined;
      return { r, first: actBy ?? r.deadline!, actBy };
    })
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  if (deadlines.length > 0) {
    const { r, actBy } = deadlines[0];
    return {
      kind: "deadline",
      path: r.path,
      date: r.deadline!,
      days: daysFrom(asOf, r.deadline!),
      ...(actBy ? { actBy: { date: actBy, days: daysFrom(asOf, actBy) } } : {}),
    };
  }

  const likely = results.filter((r) => r.status === "likely").map((r) => r.path);
  if (likely.length > 0) return { kind: "likely", paths: likely };

  const opening = results
    .filter((r) => r.status === "not-yet" && r.availableFrom !== undefined && daysFrom(asOf, r.availableFrom) >= 0)
    .sort((a, b) => (a.availableFrom! < b.availableFrom! ? -1 : a.availableFrom! > b.availableFrom! ? 1 : 0));
  if (opening.length > 0) {
    const r = opening[0];
    return { kind: "available", path: r.path, date: r.availableFrom!, days: daysFrom(asOf, r.availableFrom!) };
  }

  const possible = results.find((r) => r.status === "possible");
  if (possible) return { kind: "possible", path: possible.path };
  return { kind: "none" };
}
