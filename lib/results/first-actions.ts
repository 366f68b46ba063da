/**
 * "What to do first", at the top of the results: one to three actions, most urgent first (issue 12).
 * 1. A legal deadline within 120 days on a path that may still be open, nearest first (judged by the safer
 *    act-by date when a stricter reading gives one).
 * 2. A terminal or serious illness, when compassionate release may be open: the written request to the
 *    warden, or the wait for its 30 days, or the motion in court once they have passed.
 * 3. The strongest path that may qualify: a "may qualify" path (the one with the nearest deadline, else the
 *    first in path order), else the nearest date a "not yet" path opens, else an "it depends" path.
 * Pure: "today" is `asOf`. Dates only; the words and who does each step come from content/results/results.md.
 */
import type { PathResult } from "@/lib/engine/screen";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate, PathId } from "@/rules/types";
import type { Variant } from "@/lib/words/say";
import { daysFrom } from "@/lib/words/dates";

/** A letter or checklist for one action (the letters issue fills these in; see `withDocuments`). */
export interface ActionDocument {
  href: string;
  label: Variant;
}

/** What the illness action asks for now. */
export type IllnessStep = "ask-warden" | "wait" | "court";

export type FirstAction = { document?: ActionDocument } & (
  | { kind: "deadline"; path: PathId; date: IsoDate; actBy?: IsoDate }
  | { kind: "illness"; path: "compassionate-release"; step: IllnessStep; date?: IsoDate }
  /** `date`: the path's deadline, when it has one further off than the deadlines above. */
  | { kind: "likely"; path: PathId; date?: IsoDate }
  | { kind: "not-yet"; path: PathId; date: IsoDate }
  | { kind: "possible"; path: PathId; date?: IsoDate }
  | { kind: "none" }
);

/** A deadline this close is an action of its own. */
export const DEADLINE_WINDOW_DAYS = 120;
/** At most this many actions. */
export const MAX_ACTIONS = 3;
/** The illnesses that put compassionate release first (rules/facts/schema.ts `CR_REASONS`). */
export const ILLNESS_REASONS: readonly string[] = ["terminal-illness", "serious-medical-condition"];

/** A deadline matters only on a path that may still be open. */
const OPEN = new Set(["likely", "possible", "not-yet"]);
const byDate = (a: IsoDate, b: IsoDate) => (a < b ? -1 : a > b ? 1 : 0);

/** The future deadline of an open path, with its safer act-by date when there is one. */
function deadlineOf(r: PathResult, asOf: IsoDate): { date: IsoDate; actBy?: IsoDate; first: IsoDate } | undefined {
  if (!OPEN.has(r.status) || r.deadline === undefined || daysFrom(asOf, r.deadline) < 0) return undefined;
  const actBy = r.earliestDeadline !== undefined && r.earliestDeadline < r.deadline && daysFrom(asOf, r.earliestDeadline) >= 0 ? r.earliestDeadline : undefined;
  return { date: r.deadline, actBy, first: actBy ?? r.deadline };
}

function illnessAction(results: readonly PathResult[], facts: Facts, asOf: IsoDate): FirstAction | undefined {
  const cr = results.find((r) => r.path === "compassionate-release");
  if (!cr || !OPEN.has(cr.status) || !(facts.crReasons ?? []).some((reason) => ILLNESS_REASONS.includes(reason))) return undefined;
  if (facts.wardenRequest !== "submitted") return { kind: "illness", path: "compassionate-release", step: "ask-warden" };
  if (cr.availableFrom !== undefined && daysFrom(asOf, cr.availableFrom) > 0) {
    return { kind: "illness", path: "compassionate-release", step: "wait", date: cr.availableFrom };
  }
  return { kind: "illness", path: "compassionate-release", step: "court" };
}

function strongestAction(results: readonly PathResult[], asOf: IsoDate, taken: ReadonlySet<PathId>): FirstAction | undefined {
  const left = results.filter((r) => !taken.has(r.path));
  const dated = (r: PathResult) => deadlineOf(r, asOf)?.date;
  const likely = left.filter((r) => r.status === "likely");
  if (likely.length > 0) {
    const withDeadline = likely.filter((r) => dated(r) !== undefined).sort((a, b) => byDate(dated(a)!, dated(b)!));
    const r = withDeadline[0] ?? likely[0];
    return { kind: "likely", path: r.path, ...(dated(r) ? { date: dated(r) } : {}) };
  }
  const opening = left
    .filter((r) => r.status === "not-yet" && r.availableFrom !== undefined && daysFrom(asOf, r.availableFrom) >= 0)
    .sort((a, b) => byDate(a.availableFrom!, b.availableFrom!));
  if (opening.length > 0) return { kind: "not-yet", path: opening[0].path, date: opening[0].availableFrom! };
  const possible = left.find((r) => r.status === "possible");
  return possible ? { kind: "possible", path: possible.path, ...(dated(possible) ? { date: dated(possible) } : {}) } : undefined;
}

/** One to three actions, most urgent first; `{ kind: "none" }` alone when nothing looks open. */
export function firstActions(results: readonly PathResult[], facts: Facts, asOf: IsoDate): FirstAction[] {
  const actions: FirstAction[] = results
    .map((r) => ({ r, d: deadlineOf(r, asOf) }))
    .filter(({ d }) => d !== undefined && daysFrom(asOf, d.first) <= DEADLINE_WINDOW_DAYS)
    .sort((a, b) => byDate(a.d!.first, b.d!.first))
    .map(({ r, d }) => ({ kind: "deadline", path: r.path, date: d!.date, ...(d!.actBy ? { actBy: d!.actBy } : {}) }));
  const illness = illnessAction(results, facts, asOf);
  if (illness) actions.push(illness);
  const taken = new Set(actions.map((action) => (action.kind === "none" ? undefined : action.path)).filter((path) => path !== undefined));
  const strongest = strongestAction(results, asOf, taken);
  if (strongest) actions.push(strongest);
  return actions.length > 0 ? actions.slice(0, MAX_ACTIONS) : [{ kind: "none" }];
}

/** The first letter or checklist of each path that has one. */
export function firstDocuments(documents: Readonly<Partial<Record<PathId, readonly ActionDocument[]>>>): Partial<Record<PathId, ActionDocument>> {
  return Object.fromEntries(Object.entries(documents).flatMap(([path, list]) => (list && list.length > 0 ? [[path, list[0]]] : [])));
}

/**
 * Whether an action is one its path's document serves. Compassionate release's only document is the request
 * to the warden: once it has been made, the action is to wait or to ask the court, and the request would be
 * the wrong paper to hand over (its card still lists it).
 */
const takesDocument = (action: FirstAction): action is Exclude<FirstAction, { kind: "none" }> =>
  action.kind !== "none" && (action.kind !== "illness" || action.step === "ask-warden");

/** The actions with the letter or checklist each path has, where it has one and the action is one it serves. */
export function withDocuments(actions: readonly FirstAction[], documents: Readonly<Partial<Record<PathId, ActionDocument>>>): FirstAction[] {
  return actions.map((action) => (takesDocument(action) && documents[action.path] ? { ...action, document: documents[action.path] } : action));
}
