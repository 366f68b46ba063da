/**
 * Where answers live between reloads: this tab's sessionStorage only (gone when the tab closes). Never
 * localStorage, never cookies, never the URL. Everything read back is checked as untrusted input.
 */
import type { Snapshot } from "xstate";
import type { SavedScreening } from "@/lib/answers/answers-file";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import { checkLetterFields } from "@/lib/answers/letter-fields";

/** The screening in progress (the machine's persisted snapshot). */
export const SCREENING_KEY = "federal-relief-screener";
/** Facts opened from a file on the start page, handed to the screener once. */
const PENDING_KEY = "federal-relief-screener:opened";
/** What the person typed on the letters' pages (app/letters/), field id → text. */
const LETTERS_KEY = "federal-relief-screener:letters";
/** Every key this tab may keep: if any is set, the screener has answers to bring back. */
export const KEPT_KEYS = [SCREENING_KEY, PENDING_KEY] as const;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveSnapshot(snapshot: unknown): void {
  storage()?.setItem(SCREENING_KEY, JSON.stringify(snapshot));
}

interface StoredShape {
  status?: unknown;
  value?: unknown;
  context?: { answers?: unknown; stash?: unknown; cursor?: unknown; changeFrom?: unknown };
}

/** Whether this tab keeps answers to bring back (a screening or a pending file), without reading them. */
export function hasKeptAnswers(): boolean {
  const store = storage();
  return KEPT_KEYS.some((key) => store?.getItem(key) != null);
}

/**
 * The screen a kept screening was on, unchecked: only a hint for what to fetch early (the results code),
 * never trusted for anything else.
 */
export function keptScreen(): unknown {
  const raw = storage()?.getItem(SCREENING_KEY);
  return raw ? parse(raw, (value) => (value as StoredShape | null)?.value) : undefined;
}

/** What this tab had kept: the screening in progress, and facts the start page opened from a file. */
export interface Restored {
  snapshot?: Snapshot<unknown>;
  pending?: Facts;
  /** What a version-2 file opened on the start page recorded of its screening (to say what changed since). */
  pendingSaved?: SavedScreening;
}

/**
 * What this tab had kept, checked as untrusted input with "today" set to `asOf`. A stored snapshot that
 * does not check out is dropped (the screener starts afresh rather than trusting it), and so is a bad
 * pending file. The checker is loaded only when there is something to check, so a first visit never
 * fetches it.
 */
export async function restore(asOf: IsoDate): Promise<Restored> {
  const store = storage();
  const rawSnapshot = store?.getItem(SCREENING_KEY);
  const rawPending = store?.getItem(PENDING_KEY);
  if (!rawSnapshot && !rawPending) return {};
  const { checkAnswers, checkSaved } = await import("@/lib/answers/check");
  const check = (value: unknown) => {
    const checked = checkAnswers(value, asOf);
    return checked.ok ? checked.facts : undefined;
  };
  const opened = rawPending ? parse(rawPending, (value) => (typeof value === "object" && value !== null ? (value as { facts?: unknown; saved?: unknown }) : undefined)) : undefined;
  const saved = typeof opened?.saved === "object" && opened.saved !== null ? checkSaved(opened.saved as Record<string, unknown>) : undefined;
  return {
    snapshot: rawSnapshot ? snapshotFrom(rawSnapshot, asOf, check) : undefined,
    pending: opened ? check(opened.facts) : undefined,
    pendingSaved: saved?.ok ? saved.saved : undefined,
  };
}

function parse<T>(raw: string, then: (value: unknown) => T | undefined): T | undefined {
  try {
    return then(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

function snapshotFrom(raw: string, asOf: IsoDate, check: (value: unknown) => Facts | undefined): Snapshot<unknown> | undefined {
  return parse(raw, (value) => {
    const stored = value as StoredShape;
    const context = stored?.context;
    if (!context || typeof stored.value !== "string" || !["asking", "review", "results"].includes(stored.value)) return undefined;
    const answers = check(context.answers ?? {});
    const stash = check(context.stash ?? {});
    if (!answers || !stash || typeof context.cursor !== "number" || !Number.isInteger(context.cursor) || context.cursor < 0) return undefined;
    const changeFrom = typeof context.changeFrom === "number" ? context.changeFrom : null;
    return { ...stored, context: { asOf, answers, stash, cursor: context.cursor, changeFrom } } as unknown as Snapshot<unknown>;
  });
}

/** The pending facts have been taken into the screening (or were refused): they are not kept. */
export function forgetPending(): void {
  storage()?.removeItem(PENDING_KEY);
}

/**
 * Hands facts opened on the start page to the screener, with what a version-2 file recorded of its
 * screening, in this tab's sessionStorage: never in the URL.
 */
export function setPendingFacts(facts: Facts, saved?: SavedScreening): void {
  storage()?.setItem(PENDING_KEY, JSON.stringify({ facts, saved }));
}

/** "Start again" and quick exit: nothing of this screening is left in the tab. */
export function clearStored(): void {
  storage()?.removeItem(SCREENING_KEY);
  storage()?.removeItem(PENDING_KEY);
  storage()?.removeItem(LETTERS_KEY);
}

/** The letters' fields kept in this tab, checked as untrusted input (lib/answers/letter-fields.ts). */
export function readLetterFields(): Record<string, string> {
  const raw = storage()?.getItem(LETTERS_KEY);
  return raw ? (parse(raw, checkLetterFields) ?? {}) : {};
}

/** Keeps the letters' fields in this tab only. */
export function saveLetterFields(fields: Readonly<Record<string, string>>): void {
  storage()?.setItem(LETTERS_KEY, JSON.stringify(fields));
}
