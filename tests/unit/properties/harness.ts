/**
 * The shared harness of the rules engine's property tests (issue #15 item 5, issue #18 item 2): one
 * arbitrary of screenings — an as-of date and a facts object consistent with it — drawn so that most
 * paths get far enough to decide, and helpers that read every date a result carries.
 *
 * The arbitrary leaves out contradictory fact sets: a fact that rules/facts/contradictions.ts blames
 * (dates out of order, a past event after the as-of date) is dropped, as the answers check would refuse it.
 * It is built from the schema alone (no zod), and its arbitraries are built once, never per draw.
 */
import fc from "fast-check";
import { plusDays, type IsoDate } from "@/rules/calendar/dates";
import { contradictions } from "@/rules/facts/contradictions";
import { FACT_KINDS, FACT_NAMES, type Facts, type FactName } from "@/rules/facts/schema";
import { RULES } from "@/rules";
import type { Evaluation } from "@/rules/types";

/** Random fact sets per property (issue #15 item 5: at least 50,000; `PROPERTY_RUNS=2000` for a quick local try). */
export const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? 50_000);
/** Time allowed per property test (the first one also draws and evaluates the shared fact sets). */
export const PROPERTY_TIMEOUT = 300_000;
/** The as-of date most screenings are drawn at (the day the rules were first reviewed). */
export const AS_OF = "2026-11-23";

/** A day between `from` and `to`, inclusive. */
export const dayBetween = (from: IsoDate, to: IsoDate): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: 0, max: Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) }).map((n) => plusDays(from, n));

/** As-of dates: mostly the review date, often the last dozen years, sometimes back to 1985 (before most of the laws). */
export const arbitraryAsOf: fc.Arbitrary<IsoDate> = fc.oneof(
  { arbitrary: fc.constant(AS_OF), weight: 2 },
  { arbitrary: dayBetween("2014-01-01", "2027-06-30"), weight: 2 },
  { arbitrary: dayBetween("1985-01-01", "2027-06-30"), weight: 1 },
);

/**
 * A date is drawn as a number of days before the as-of date (negative: after it), and put on the calendar
 * once the as-of date is known: the arbitraries are built once, never per draw, which keeps 50,000 draws cheap.
 */
class DaysBack {
  constructor(readonly days: number) {}
}
const dateBack: fc.Arbitrary<DaysBack> = fc
  .oneof(fc.integer({ min: -3 * 366, max: 15 * 366 }), fc.integer({ min: 0, max: 80 * 366 }))
  .map((days) => new DaysBack(days));
const onCalendar = (value: unknown, asOf: IsoDate): unknown => {
  if (!(value instanceof DaysBack)) return value;
  const day = plusDays(asOf, -value.days);
  return day < "1900-01-01" ? "1900-01-01" : day;
};

/** A count: ordinary, and now and then absurd (thousands of years; property 5). */
const countOf = (name: FactName): fc.Arbitrary<number> => {
  const ordinary = name === "prisonMonths" || name === "supervisionMonths" ? fc.integer({ min: 0, max: 600 }) : fc.integer({ min: 0, max: 400 });
  return fc.oneof({ arbitrary: ordinary, weight: 30 }, { arbitrary: fc.integer({ min: 0, max: 2_000_000_000 }), weight: 1 });
};

/** Values that reach deeper into the rules more often: a federal, sentenced case. */
const BIASED: Partial<Record<FactName, readonly unknown[]>> = {
  court: ["federal", "federal", "federal", "dc-superior", "state", "military", "unsure"],
  caseStatus: ["sentenced", "sentenced", "sentenced", "charged", "found-guilty", "acquitted", "dismissed", "arrested-not-charged", "unsure"],
};

function valueOf(name: FactName): fc.Arbitrary<unknown> {
  const kind = FACT_KINDS[name];
  switch (kind.kind) {
    case "choice":
      return fc.constantFrom(...(BIASED[name] ?? kind.values));
    case "list":
      return fc.uniqueArray(fc.constantFrom(...kind.values), { minLength: 1, maxLength: 3 });
    case "count":
      return countOf(name);
    case "date":
      return dateBack;
  }
}

/** Drop every fact a contradiction blames until none is left. */
export function withoutContradictions(facts: Facts, asOf: IsoDate): Facts {
  let current = facts;
  for (let problems = contradictions(current, asOf); problems.length > 0; problems = contradictions(current, asOf)) {
    current = { ...current };
    for (const problem of problems) delete current[problem.fact];
  }
  return current;
}

/** Every fact present (mostly) or absent, dates still as days back. */
const someFacts = fc.record(Object.fromEntries(FACT_NAMES.map((name) => [name, fc.option(valueOf(name), { freq: 4, nil: undefined })])));

/** Draw `name` as the schema allows, or one of `values`. */
const p = (name: FactName, ...values: unknown[]) => (values.length > 0 ? fc.constantFrom(...values) : valueOf(name));

/**
 * Cases that reach deep into the rules, laid over the random facts: a federal sentence served in prison,
 * on supervision or finished, a § 2255 case after an appeal, a crack or trafficking case. Without them most
 * random fact sets stop at an early question, and the estimates and deadlines would seldom be computed.
 */
const sentenced = { court: p("court", "federal", "federal", "dc-superior"), caseStatus: p("caseStatus", "sentenced"), convictionVacated: p("convictionVacated", "no", "no", "unsure") };
const term = {
  prisonMonths: fc.oneof(fc.integer({ min: 1, max: 480 }), fc.constant(12), fc.constant(13)),
  prisonExtraDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
  custodyStartDate: dateBack,
  jailCreditDays: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
  offenseDate: dateBack,
  lifeSentence: p("lifeSentence", "no", "no", "no", "unsure", "yes"),
};
const profile: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({
    ...sentenced, ...term, custody: p("custody", "prison"),
    fsaExcludedOffense: p("fsaExcludedOffense", "no", "no", "unsure"), removalOrder: p("removalOrder", "no", "no", "unsure"),
    riskLevel: p("riskLevel"), diplomaOrGed: p("diplomaOrGed"), supervisedReleaseOrdered: p("supervisedReleaseOrdered"),
    birthDate: dateBack, crReasons: p("crReasons"), wardenRequest: p("wardenRequest"), wardenRequestDate: dateBack,
  }),
  fc.record({
    ...sentenced, custody: p("custody", "supervised-release", "probation"), supervisionStartDate: dateBack,
    supervisionMonths: fc.integer({ min: 0, max: 120 }), felony: p("felony"), releaseDate: dateBack, judgmentDate: dateBack,
  }),
  fc.record({ ...sentenced, ...term, custody: p("custody", "none"), releaseDate: dateBack, judgmentDate: dateBack }),
  fc.record({
    ...sentenced, custody: p("custody", "prison", "supervised-release", "probation"), judgmentDate: dateBack,
    appeal: p("appeal"), appealDecisionDate: dateBack, certiorari: p("certiorari"), certiorariDate: dateBack,
    prior2255: p("prior2255", "no", "no", "unsure"), legalError: p("legalError"),
  }),
  fc.record({
    ...sentenced, ...term, crackOffense: p("crackOffense", "yes", "unsure"), prior404Motion: p("prior404Motion", "none", "unsure"),
    traffickingSurvivor: p("traffickingSurvivor", "yes", "unsure"), traffickingNexus: p("traffickingNexus", "yes", "unsure"),
  }),
);

/** One screening: an as-of date and a facts object consistent with it. */
export interface Screening {
  asOf: IsoDate;
  facts: Facts;
}

/** The shared arbitrary every property draws from: random facts, four times in five under a deep case. */
export const arbitraryScreening: fc.Arbitrary<Screening> = fc
  .tuple(arbitraryAsOf, someFacts, fc.option(profile, { freq: 5, nil: undefined }))
  .map(([asOf, drawn, deep]) => {
    const facts: Record<string, unknown> = {};
    for (const [name, value] of Object.entries({ ...drawn, ...deep })) if (value !== undefined) facts[name] = onCalendar(value, asOf);
    return { asOf, facts: withoutContradictions(facts as Facts, asOf) };
  });

/** Every date a result carries: its date fields, the ISO values of its estimate and of its reasons' blanks. */
export function datesOf(evaluation: Evaluation): { field: string; value: string }[] {
  const dates: { field: string; value: string }[] = [];
  for (const field of ["deadline", "earliestDeadline", "availableFrom"] as const) {
    const value = evaluation[field];
    if (value !== undefined) dates.push({ field, value });
  }
  const looksLikeDate = (value: unknown): value is string => typeof value === "string" && /^\d+-\d{2}-\d{2}$/.test(value);
  for (const [name, value] of Object.entries(evaluation.estimate ?? {})) if (looksLikeDate(value)) dates.push({ field: `estimate.${name}`, value });
  for (const reason of evaluation.reasons) {
    for (const [name, value] of Object.entries(reason.vars ?? {})) if (looksLikeDate(value)) dates.push({ field: `${reason.key}.${name}`, value });
  }
  return dates;
}

/** A facts object printed on one line, for a failure message. */
export const show = (asOf: IsoDate, facts: Facts) => `asOf ${asOf}, facts ${JSON.stringify(facts)}`;

/** A date written `YYYY-MM-DD` with a four-digit year, and a real day of the calendar. */
export function isFourDigitDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** The seed of the shared draw: random each run (printed with any failure), or fixed with PROPERTY_SEED. */
export const SEED = Number(process.env.PROPERTY_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** A screening and every path's evaluation of it, in the order of rules/README.md § paths. */
export interface Screened extends Screening {
  evaluations: readonly Evaluation[];
}

let drawn: readonly Screened[] | undefined;

/**
 * The shared draw: PROPERTY_RUNS screenings, each evaluated once on every path, then checked by every
 * property. Drawing and evaluating once (not once per property) is what keeps six properties over 50,000
 * fact sets fast enough for CI.
 */
export function screenings(): readonly Screened[] {
  drawn ??= fc
    .sample(arbitraryScreening, { numRuns: PROPERTY_RUNS, seed: SEED })
    .map(({ asOf, facts }) => ({ asOf, facts, evaluations: RULES.map((rule) => rule.evaluate(facts, asOf)) }));
  return drawn;
}

/** Collects the first few counterexamples of a property, for one readable failure. */
export class Counterexamples {
  readonly found: string[] = [];
  add(what: string, asOf: IsoDate, facts: Facts) {
    if (this.found.length < 5) this.found.push(`${what} (seed ${SEED}): ${show(asOf, facts)}`);
  }
}
