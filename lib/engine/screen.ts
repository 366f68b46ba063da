/**
 * The engine: the one place that runs the rules (the registry `@/rules`). Everything above the rules —
 * the question flow, the form, the results and the CLI — asks it:
 * - `evaluateAll`: every path on one facts object as of one date, memoized, so the same answers are never
 *   evaluated twice however often routing, the form and the results ask;
 * - `needs`: the facts some undecided path still needs;
 * - `screen`: one worded result per path (the words are passed in, read from content/ at build time or by
 *   the CLI).
 * The counterfactual search ("which single answer would change this") is ./what-would-change.ts.
 */
import type { Facts, FactName } from "@/rules/facts/schema";
import { RULES } from "@/rules";
import { PATH_IDS, type Evaluation, type IsoDate, type PathId, type Reason, type RuleModule, type Status } from "@/rules/types";
import { say, type Variant } from "@/lib/words/say";
import { perspectiveOf, type Perspective } from "@/lib/words/perspective";

/** Words for reasons: per path, key → sentence (one for all, or one per perspective); `common` holds keys shared by several paths. */
export type ReasonWords = Readonly<Record<PathId | "common", Readonly<Record<string, Variant>>>>;

/** A reason as rules/README.md § results gives it: key, plain-language text, citation. */
export interface WordedReason extends Reason {
  text: string;
}

/** One path's result (rules/README.md § results). */
export interface PathResult extends Omit<Evaluation, "reasons"> {
  path: PathId;
  reasons: readonly WordedReason[];
  /** The day this path's rule was last reviewed against the law. */
  lawAsOf: IsoDate;
}

export interface Screening {
  asOf: IsoDate;
  results: PathResult[];
}

export interface PathEvaluation {
  rule: RuleModule;
  evaluation: Evaluation;
}

interface Memo {
  evaluations: readonly PathEvaluation[];
  needs?: ReadonlySet<FactName>;
}

/** Evaluations already made, by date and answers; the oldest go first once there are this many. */
const MEMO_SIZE = 5000;
const memo = new Map<string, Memo>();
/** Single paths evaluated on answers no one asked every path about (what-would-change.ts), by path and key. */
const pathMemo = new Map<string, PathEvaluation>();

/** The same answers give the same key whatever order they were given in (the key list applies at every level, so it holds `dateYears`' keys too). */
const keyOf = (facts: Facts, asOf: IsoDate) => `${asOf}|${JSON.stringify(facts, [...Object.keys(facts), ...Object.keys(facts.dateYears ?? {})].sort())}`;

function remembered(facts: Facts, asOf: IsoDate): Memo {
  const key = keyOf(facts, asOf);
  let entry = memo.get(key);
  if (!entry) {
    entry = { evaluations: RULES.map((rule) => ({ rule, evaluation: rule.evaluate(facts, asOf) })) };
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(key, entry);
  }
  return entry;
}

/** Every path evaluated, in the order of rules/README.md § paths. The rules are pure, so the result is shared: do not change it. */
export function evaluateAll(facts: Facts, asOf: IsoDate): readonly PathEvaluation[] {
  return remembered(facts, asOf).evaluations;
}

/**
 * One path evaluated: from the memo of `evaluateAll` when these answers were evaluated already, else that
 * path's rule alone (a counterfactual needs one rule, not thirteen), remembered by path.
 */
export function evaluatePath(facts: Facts, asOf: IsoDate, path: PathId): PathEvaluation {
  const key = keyOf(facts, asOf);
  const all = memo.get(key);
  if (all) return all.evaluations[PATH_IDS.indexOf(path)];
  const pathKey = `${path}|${key}`;
  let entry = pathMemo.get(pathKey);
  if (!entry) {
    const rule = RULES[PATH_IDS.indexOf(path)];
    entry = { rule, evaluation: rule.evaluate(facts, asOf) };
    if (pathMemo.size >= MEMO_SIZE) pathMemo.delete(pathMemo.keys().next().value!);
    pathMemo.set(pathKey, entry);
  }
  return entry;
}

/** Every fact some undecided path needs now (the union of their `needs`). */
export function needs(facts: Facts, asOf: IsoDate): ReadonlySet<FactName> {
  const entry = remembered(facts, asOf);
  entry.needs ??= new Set(entry.evaluations.flatMap(({ evaluation }) => evaluation.needs ?? []));
  return entry.needs;
}

/** The reason every `incomplete` result gives: it still needs facts. */
const needsMoreFacts = (rule: RuleModule): Reason => ({ key: "needsMoreFacts", cite: rule.citation });

/** The words for one reason, for the person answering. */
export function wordReason(words: ReasonWords, path: PathId, reason: Reason, perspective: Perspective): string {
  const template = words[path]?.[reason.key] ?? words.common[reason.key];
  if (template === undefined) throw new Error(`No words for reason "${reason.key}" of path ${path} in content/reasons/`);
  return say(template, perspective, reason.vars);
}

/** Screen one facts object: one worded result per path id. */
export function screen(facts: Facts, asOf: IsoDate, words: ReasonWords): Screening {
  const perspective = perspectiveOf(facts);
  const results = evaluateAll(facts, asOf).map(({ rule, evaluation }): PathResult => {
    const reasons = evaluation.status === "incomplete" && evaluation.reasons.length === 0 ? [needsMoreFacts(rule)] : evaluation.reasons;
    return {
      path: rule.id,
      ...evaluation,
      reasons: reasons.map((reason) => ({ ...reason, text: wordReason(words, rule.id, reason, perspective) })),
      lawAsOf: rule.lawAsOf,
    };
  });
  return { asOf, results };
}

/** The rules' version: the latest day any rule was reviewed against the law. */
export const RULES_VERSION: IsoDate = RULES.reduce((latest, rule) => (rule.lawAsOf > latest ? rule.lawAsOf : latest), "");

/** Each path's status for these answers on this day. */
export function statusesOf(facts: Facts, asOf: IsoDate): Record<PathId, Status> {
  return Object.fromEntries(evaluateAll(facts, asOf).map(({ rule, evaluation }) => [rule.id, evaluation.status])) as Record<PathId, Status>;
}
