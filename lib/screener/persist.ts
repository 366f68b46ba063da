/**
 * Where answers live between reloads: this tab's sessionStorage only (gone when the tab closes). Never
 * localStorage, never cookies, never the URL. Everything read back is checked as untrusted input.
 */
import type { Snapshot } from "xstate";
import { checkAnswers } from "@/lib/facts/answers-file";
import type { Facts } from "@/lib/facts/schema";
import type { IsoDate } from "@/rules/types";

import { PENDING_KEY } from "./pending";

export const STORAGE_KEY = "federal-relief-screener";
export { PENDING_KEY };

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveSnapshot(snapshot: unknown): void {
  storage()?.setItem(STORAGE_KEY, JSON.stringify(snapshot));
}

interface StoredShape {
  status?: unknown;
  value?: unknown;
  context?: { answers?: unknown; stash?: unknown; cursor?: unknown; changeFrom?: unknown };
}

/**
 * The stored machine snapshot, with "today" set to `asOf`, or undefined when there is none or it does not
 * check out (then the screener starts afresh rather than trusting it).
 */
export function loadSnapshot(asOf: IsoDate): Snapshot<unknown> | undefined {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return undefined;
  try {
    const stored = JSON.parse(raw) as StoredShape;
    const context = stored.context;
    if (!context || typeof stored.value !== "string" || !["asking", "review", "results"].includes(stored.value)) return undefined;
    const answers = checkAnswers(context.answers ?? {}, asOf);
    const stash = checkAnswers(context.stash ?? {}, asOf);
    if (!answers.ok || !stash.ok || typeof context.cursor !== "number" || !Number.isInteger(context.cursor) || context.cursor < 0) return undefined;
    const changeFrom = typeof context.changeFrom === "number" ? context.changeFrom : null;
    return { ...stored, context: { asOf, answers: answers.facts, stash: stash.facts, cursor: context.cursor, changeFrom } } as unknown as Snapshot<unknown>;
  } catch {
    return undefined;
  }
}

/** Facts the start page opened from a file, removed as they are read. */
export function takePendingFacts(): unknown {
  const store = storage();
  const raw = store?.getItem(PENDING_KEY);
  if (!raw) return undefined;
  store?.removeItem(PENDING_KEY);
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function setPendingFacts(facts: Facts): void {
  storage()?.setItem(PENDING_KEY, JSON.stringify(facts));
}

/** "Start again" and quick exit: nothing of this screening is left in the tab. */
export function clearStored(): void {
  storage()?.removeItem(STORAGE_KEY);
  storage()?.removeItem(PENDING_KEY);
}
