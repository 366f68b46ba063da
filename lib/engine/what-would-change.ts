/**
 * "What a lawyer may check" (issue 12): for one path, the answers that, changed on their own, would give a
 * better result — only answers a court record or a lawyer could show to be different (`LAWYER_CAN_CHECK`),
 * never where the person is in their sentence, their court's state, who is answering, or anything else the
 * person simply knows. Found by asking the engine (./screen.ts) to evaluate the answers with one answered
 * fact set to each other value it can take — never by logic of its own. Only facts with a fixed set of
 * answers are tried (a choice, or one item of a list); dates and numbers are not guessed at. "Not sure" is
 * never offered as a change.
 */
import { FACT_KINDS, FACT_NAMES, type FactName, type Facts } from "@/rules/facts/schema";
import { evaluatePath } from "./screen";
import type { IsoDate, PathId, Status } from "@/rules/types";

/** How good a status is for the person. `not-applicable` and `incomplete` are never an improvement. */
const RANK: Partial<Record<Status, number>> = { unlikely: 0, possible: 1, "not-yet": 2, likely: 3 };

/** Answers that are never offered as "what would change this". */
const NOT_A_CHANGE = new Set(["unsure", "prefer-not-to-say"]);

/**
 * The facts a record or a lawyer could show to be different from what the person answered: what the
 * offense and the conviction legally were, what the record holds, and the legal history of the case.
 * Left out on purpose: who is answering, the court and its state, citizenship, where the case and the
 * person are now (case status, custody, supervision), appeals the person took, illness and requests the
 * person made, risk level, being a survivor, and every date and number.
 */
export const LAWYER_CAN_CHECK: ReadonlySet<FactName> = new Set<FactName>([
  "convictionVacated",
  "simplePossession",
  "marijuanaOnly",
  "drugOffense",
  "priorDrugConviction",
  "prior3607",
  "disposition3607",
  "crackOffense",
  "crackMandatoryMinimum",
  "fsaExcludedOffense",
  "violentOffense",
  "childVictim",
  "recordProblem",
  "mandatoryLife",
  "felony",
  "prior2255",
  "legalError",
  "sentenced3559c",
  "statusPoints",
  "zeroPointExclusion",
  "removalOrder",
  "prior404Motion",
  "traffickingNexus",
]);

export type FactValue = string | readonly string[];

export interface Change {
  fact: FactName;
  /** The other answer. For a list fact, a list of one item. */
  value: FactValue;
  /** The status the path would have. */
  status: Status;
}

/** The values a fact can take, when it has a fixed set: `choice` or `list`; else undefined. */
export function valuesOf(fact: FactName): { kind: "choice" | "list"; values: readonly string[] } | undefined {
  const kind = FACT_KINDS[fact];
  return kind.kind === "choice" || kind.kind === "list" ? kind : undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The single-answer changes that would improve `path`'s status, at most one per fact (the best, and the
 * first of equals in the schema's order), in the order the facts are asked. Nothing for a path that does
 * not fit the case or is not decided.
 */
export function whatWouldChange(facts: Facts, asOf: IsoDate, path: PathId): Change[] {
  const { rule, evaluation } = evaluatePath(facts, asOf, path);
  const current = evaluation.status;
  const currentRank = RANK[current];
  if (currentRank === undefined) return [];

  const changes: Change[] = [];
  for (const fact of rule.facts) {
    if (!LAWYER_CAN_CHECK.has(fact) || facts[fact] === undefined) continue;
    const values = valuesOf(fact);
    if (!values) continue;
    let best: Change | undefined;
    for (const value of values.values) {
      if (NOT_A_CHANGE.has(value)) continue;
      const candidate: FactValue = values.kind === "list" ? [value] : value;
      if (same(candidate, facts[fact])) continue;
      const status = evaluatePath({ ...facts, [fact]: candidate } as Facts, asOf, path).evaluation.status;
      const rank = RANK[status];
      if (rank === undefined || rank <= currentRank) continue;
      if (!best || rank > RANK[best.status]!) best = { fact, value: candidate, status };
    }
    if (best) changes.push(best);
  }
  return changes.sort((a, b) => FACT_NAMES.indexOf(a.fact) - FACT_NAMES.indexOf(b.fact));
}
