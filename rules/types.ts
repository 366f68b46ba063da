/**
 * The shared vocabulary of the rules engine, fixed in
 * rules/README.md §§ paths, statuses, results. Names here are fixed: never rename one.
 */
import type { Facts, FactName } from "./facts/schema";
import type { IsoDate } from "./calendar/dates";

export type { IsoDate };

/** Relief path ids, in the order of rules/README.md § paths. Results always come in this order. */
export const PATH_IDS = [
  "3607",
  "2255",
  "coram-nobis",
  "compassionate-release",
  "retroactive-amendment",
  "fsa-time-credits",
  "good-conduct-time",
  "fsa-404",
  "tsra",
  "judicial-expungement",
  "pardon",
  "commutation",
  "early-termination",
] as const;
export type PathId = (typeof PATH_IDS)[number];

/** Outcome statuses (§ 2). */
export const STATUSES = ["likely", "possible", "not-yet", "unlikely", "not-applicable", "incomplete"] as const;
export type Status = (typeof STATUSES)[number];


/**
 * Why a rule decided as it did. `key` names the legal condition (its words live in
 * `content/reasons/<path>.md`); `cite` is the subsection, rule or case, written as a lawyer writes it.
 * `vars` fills named blanks in the words, e.g. `{deadline}`.
 */
export interface Reason {
  key: string;
  cite: string;
  vars?: Readonly<Record<string, string | number>>;
}

/** TSRA and § 3607 remedies (§ 2). */
export type Remedy = "vacatur" | "arrest-expungement" | "sentence-reduction" | "dismissal" | "expungement";

/** Named projections of a calculator: ISO dates and day counts, always shown as estimates. */
export type Estimate = Readonly<Record<string, string | number>>;

/** What a rule returns for one path (§ 2), before its reasons are put into words. */
export interface Evaluation {
  status: Status;
  reasons: readonly Reason[];
  deadline?: IsoDate;
  earliestDeadline?: IsoDate;
  availableFrom?: IsoDate;
  remedies?: readonly Remedy[];
  estimate?: Estimate;
  /** Facts the path still needs before it can decide (only with `incomplete`). */
  needs?: readonly FactName[];
}

/** One relief path, encoded as a pure, total function of the facts and "today". */
export interface RuleModule {
  id: PathId;
  /** Short plain title, for code and logs; the words people read live in content/. */
  title: string;
  /** The main authority, as the table of rules/README.md § paths gives it. */
  citation: string;
  /** The day this rule was last reviewed against the law (issue #18 item 8); the engine puts it on each result. */
  lawAsOf: IsoDate;
  /** Every reason key this path may give, with the citation it rests on (words live in content/reasons/). */
  reasons: Readonly<Record<string, string>>;
  /** Every fact this path may read. */
  facts: readonly FactName[];
  /** Pure and total: no clock, no I/O, never throws. `asOf` is "today". */
  evaluate(facts: Facts, asOf: IsoDate): Evaluation;
}
