/**
 * Runs every relief path on one facts object and puts each reason into words.
 * Pure: the words are passed in (read from content/ at build time or by the CLI).
 */
import type { Facts, FactName } from "@/rules/facts/schema";
import { RULES } from "@/rules";
import type { Evaluation, IsoDate, PathId, Reason, RuleModule } from "@/rules/types";
import { fillIn, type Perspective } from "@/lib/words/fill";

/** Words for reasons: per path, key → sentence; `common` holds keys shared by several paths. */
export type ReasonWords = Readonly<Record<PathId | "common", Readonly<Record<string, string>>>>;

/** A reason as the contract § 2 gives it: key, plain-language text, citation. */
export interface WordedReason extends Reason {
  text: string;
}

/** One path's result (contract § 2). */
export interface PathResult extends Omit<Evaluation, "reasons"> {
  path: PathId;
  reasons: readonly WordedReason[];
}

export interface Screening {
  asOf: IsoDate;
  results: PathResult[];
}

/** The reason every `incomplete` result gives: it still needs facts. */
const needsMoreFacts = (rule: RuleModule): Reason => ({ key: "needsMoreFacts", cite: rule.citation });

/** The words for one reason, for the person answering. */
export function wordReason(words: ReasonWords, path: PathId, reason: Reason, perspective: Perspective): string {
  const template = words[path]?.[reason.key] ?? words.common[reason.key];
  if (template === undefined) throw new Error(`No words for reason "${reason.key}" of path ${path} in content/reasons/`);
  return fillIn(template, perspective, reason.vars);
}

/** Evaluate every path, in the contract's order. */
export function evaluateAll(facts: Facts, asOf: IsoDate): { rule: RuleModule; evaluation: Evaluation }[] {
  return RULES.map((rule) => ({ rule, evaluation: rule.evaluate(facts, asOf) }));
}

/** Screen one facts object: one worded result per path id. */
export function screen(facts: Facts, asOf: IsoDate, words: ReasonWords): Screening {
  const perspective = facts.perspective ?? "self";
  const results = evaluateAll(facts, asOf).map(({ rule, evaluation }): PathResult => {
    const reasons = evaluation.status === "incomplete" && evaluation.reasons.length === 0 ? [needsMoreFacts(rule)] : evaluation.reasons;
    return {
      path: rule.id,
      ...evaluation,
      reasons: reasons.map((reason) => ({ ...reason, text: wordReason(words, rule.id, reason, perspective) })),
    };
  });
  return { asOf, results };
}

/** The fact to ask next: the earliest, in the order of the facts schema, that any undecided path needs. */
export function nextFact(facts: Facts, asOf: IsoDate, order: readonly FactName[]): FactName | undefined {
  const needed = new Set(evaluateAll(facts, asOf).flatMap(({ evaluation }) => evaluation.needs ?? []));
  return order.find((name) => needed.has(name));
}
