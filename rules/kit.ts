/**
 * Small builders every rule module uses, so that each `return` in a rule reads as a legal conclusion
 * with its citation: `return unlikely(because("judgmentEntered", SUBSECTION.a))`.
 */
import type { Facts, FactName } from "@/rules/facts/schema";
import type { Evaluation, IsoDate, Reason, Remedy, Estimate } from "./types";

/** A reason: the legal condition's key, its citation, and any values its words need. */
export function because(key: string, cite: string, vars?: Reason["vars"]): Reason {
  return vars ? { key, cite, vars } : { key, cite };
}

/**
 * A rule's reasons as data: each legal condition's key and the citation it rests on. Returns a function
 * that builds a reason from a declared key only, so every reason a rule gives carries its citation,
 * and the table itself (`.table`) lets the tests check that every key has words in content/.
 *
 * @example
 * const reason = defineReasons({ judgmentEntered: "18 U.S.C. § 3607(a)" });
 * return unlikely(reason("judgmentEntered"));
 */
export function defineReasons<K extends string>(table: Readonly<Record<K, string>>) {
  const reason = (key: K, vars?: Reason["vars"]): Reason => because(key, table[key], vars);
  return Object.assign(reason, { table });
}

/** Extra fields a positive or dated outcome may carry. */
export interface Details {
  deadline?: IsoDate;
  earliestDeadline?: IsoDate;
  availableFrom?: IsoDate;
  remedies?: readonly Remedy[];
  estimate?: Estimate;
}

function outcome(status: Evaluation["status"], reasons: Reason | readonly Reason[], details: Details = {}): Evaluation {
  const list = Array.isArray(reasons) ? (reasons as readonly Reason[]) : [reasons as Reason];
  const result: Evaluation = { status, reasons: list };
  for (const [name, value] of Object.entries(details)) {
    if (value !== undefined) (result as unknown as Record<string, unknown>)[name] = value;
  }
  return result;
}

export const likely = (r: Reason | readonly Reason[], d?: Details) => outcome("likely", r, d);
export const possible = (r: Reason | readonly Reason[], d?: Details) => outcome("possible", r, d);
export const unlikely = (r: Reason | readonly Reason[], d?: Details) => outcome("unlikely", r, d);
export const notApplicable = (r: Reason | readonly Reason[], d?: Details) => outcome("not-applicable", r, d);
/** The criteria will be met on `availableFrom`. */
export const notYet = (r: Reason | readonly Reason[], d: Details & { availableFrom: IsoDate }) => outcome("not-yet", r, d);

/** The facts among `names` that have not been given, in the order asked for. */
export function missing(facts: Facts, ...names: FactName[]): FactName[] {
  return names.filter((name) => facts[name] === undefined);
}

/** A path that cannot decide until these facts are given. */
export function incomplete(needs: readonly FactName[]): Incomplete {
  return { status: "incomplete", reasons: [], needs };
}

/** The `incomplete` evaluation: a rule returns it as it is. */
export type Incomplete = Evaluation & { status: "incomplete"; needs: readonly FactName[] };

/** The named facts, every one given: what `ask` hands back once nothing is missing. */
export type Given<K extends FactName> = { readonly [N in K]-?: NonNullable<Facts[N]> };

/**
 * The named facts, or the `incomplete` evaluation that asks for those not yet given (in the order named).
 *
 * @example
 * const given = ask(f, "custodyStartDate", "prisonMonths");
 * if (isIncomplete(given)) return given;
 * plusMonths(given.custodyStartDate, given.prisonMonths);
 */
export function ask<K extends FactName>(facts: Facts, ...names: K[]): Given<K> | Incomplete {
  const needs = missing(facts, ...names);
  return needs.length > 0 ? incomplete(needs) : (facts as Given<K>);
}

/** True for what `ask` returns when facts are missing (and for any other `incomplete` evaluation). */
export function isIncomplete(value: unknown): value is Incomplete {
  return typeof value === "object" && value !== null && (value as Partial<Evaluation>).status === "incomplete";
}
