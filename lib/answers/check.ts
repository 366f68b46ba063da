/**
 * Checking untrusted input as a facts object (answers files, this tab's stored answers, the CLI): the
 * strict zod/mini schema built from the fact table in rules/facts/schema.ts, then the contradictions of rules/README.md § bad-input.
 * Each problem is one line that names the fact involved. Loaded by the browser only when a file or stored
 * answers are read, never for the first screen.
 */
import * as z from "zod/mini";
import { ANSWERS_FORMAT, ANSWERS_VERSION, type SavedScreening } from "./answers-file";
import { checkLetterFields } from "./letter-fields";
import { EARLIEST_YEAR, isIsoDate, LATEST_YEAR } from "@/rules/calendar/dates";
import { contradictions, PAST_FACTS, type Contradiction } from "@/rules/facts/contradictions";
import { DATE_FACTS, FACT_KINDS, type FactKind, type Facts } from "@/rules/facts/schema";
import { PATH_IDS, STATUSES, type IsoDate } from "@/rules/types";

const AT_LEAST_ONE = { error: "must list at least one answer" };
const YEARS_OUT_OF_RANGE = `is out of range: the year must be ${EARLIEST_YEAR} to ${LATEST_YEAR}`;
/** The year of a date-shaped string is one the calendar covers (a malformed date is the format check's to name). */
const inCalendarYears = (value: string) => {
  const year = Number(value.slice(0, 4));
  return !/^\d{4}-/.test(value) || (year >= EARLIEST_YEAR && year <= LATEST_YEAR);
};

function validatorOf(kind: FactKind) {
  switch (kind.kind) {
    case "choice":
      return z.enum(kind.values);
    case "list":
      return z.array(z.enum(kind.values)).check(z.minLength(1, AT_LEAST_ONE));
    case "count":
      return z.int({ error: "must be a whole number" }).check(z.gte(0, { error: "must be 0 or more" }));
    case "date":
      // A real calendar date: the ISO format and no 2026-02-30; years the calendar covers only.
      return z.iso.date({ error: "must be a real date written YYYY-MM-DD" }).check(z.refine(inCalendarYears, { error: YEARS_OUT_OF_RANGE }));
  }
}

/** A year the calendar covers, for a date given as its year only. */
const year = z.int({ error: "must be a whole number (a year)" }).check(
  z.gte(EARLIEST_YEAR, { error: YEARS_OUT_OF_RANGE }),
  z.lte(LATEST_YEAR, { error: YEARS_OUT_OF_RANGE }),
);

/** The date companions (rules/facts/schema.ts `DateCompanions`): years by date fact, and a list of dates not known. */
const companions = {
  dateYears: z.optional(z.strictObject(Object.fromEntries(DATE_FACTS.map((name) => [name, z.optional(year)])))),
  datesUnknown: z.optional(z.array(z.enum(DATE_FACTS)).check(z.minLength(1, AT_LEAST_ONE))),
};

/** The facts object, strict: every fact optional, an unknown key or a wrong type is an error, never silently dropped. */
export const factsSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(FACT_KINDS).map(([name, kind]) => [name, z.optional(validatorOf(kind))])),
  ...companions,
});

/** A date answered twice (exactly, as a year, as not known), and a year after `asOf` for a date that has happened. */
function companionProblems(facts: Facts, asOf: IsoDate): string[] {
  const problems: string[] = [];
  for (const name of DATE_FACTS) {
    const ways = [facts[name] !== undefined, facts.dateYears?.[name] !== undefined, facts.datesUnknown?.includes(name) === true];
    if (ways.filter(Boolean).length > 1) problems.push(`${name}: given more than once (as a date, a year in dateYears, or in datesUnknown)`);
    if (facts.datesUnknown && facts.datesUnknown.indexOf(name) !== facts.datesUnknown.lastIndexOf(name)) problems.push(`datesUnknown: lists ${name} twice`);
  }
  for (const name of PAST_FACTS) {
    const given = facts.dateYears?.[name];
    if (given !== undefined && given > Number(asOf.slice(0, 4))) problems.push(`dateYears.${name}: ${given} is after the as-of date ${asOf}`);
  }
  return problems;
}

/** A checked file or facts object; `saved` is a version-2 file's record of the screening it was saved from. */
export type CheckResult =
  | { ok: true; facts: Facts; saved?: SavedScreening; letters?: Record<string, string> }
  | { ok: false; problems: string[] };

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    const within = issue.path.length > 0 ? `${issue.path.join(".")}.` : "";
    return issue.keys.map((key) => `${within}${key}: not a known fact`).join("\n");
  }
  const name = issue.path.length > 0 ? issue.path.join(".") : "facts";
  if (issue.code === "invalid_value") {
    return `${name}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (issue.code === "invalid_type" && issue.path.length === 0) return "facts: must be a JSON object";
  return `${name}: ${issue.message}`;
}

/** A contradiction as one line that starts with the fact it blames. */
function describeContradiction(problem: Contradiction): string {
  return problem.kind === "before"
    ? `${problem.fact}: ${problem.value} is before ${problem.other} ${problem.otherValue}`
    : `${problem.fact}: ${problem.value} is after the as-of date ${problem.asOf}`;
}

/** Validate unknown input as a facts object as of `asOf`: shape, enums, real dates, then contradictions. */
export function checkFacts(input: unknown, asOf: IsoDate): CheckResult {
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeIssue(issue).split("\n")) };
  }
  // The schema is built from FACT_KINDS, so what it accepts is a Facts object.
  const facts = parsed.data as Facts;
  const problems = [...companionProblems(facts, asOf), ...contradictions(facts, asOf).map(describeContradiction)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, facts };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Check an answers file (rules/README.md § answers-file), or a bare facts object as the CLI accepts, as of `asOf`. Anything
 * else, or a file from a newer version, is refused with a clear message.
 */
export function checkAnswers(input: unknown, asOf: IsoDate): CheckResult {
  if (!isRecord(input) || !("format" in input)) return checkFacts(input, asOf);
  if (input.format !== ANSWERS_FORMAT) return { ok: false, problems: [`format: not an answers file of this screener`] };
  if (typeof input.version !== "number" || !Number.isInteger(input.version) || input.version < 1) {
    return { ok: false, problems: ["version: must be a whole number"] };
  }
  if (input.version > ANSWERS_VERSION) {
    return { ok: false, problems: [`version: this file is from a newer version (${input.version}) of the screener`] };
  }
  const keys = input.version === 1 ? FILE_KEYS_V1 : FILE_KEYS_V2;
  const unknownKeys = Object.keys(input).filter((key) => !keys.includes(key));
  if (unknownKeys.length > 0) return { ok: false, problems: unknownKeys.map((key) => `${key}: not part of an answers file`) };
  if (!z.iso.datetime({ offset: true }).safeParse(input.savedAt).success) {
    return { ok: false, problems: ["savedAt: must be a date and time written like 2026-12-03T10:00:00Z"] };
  }
  if (input.version === 1) return checkFacts(input.facts, asOf);
  const saved = checkSaved(input);
  if (!saved.ok) return saved;
  const letters = input.letters === undefined ? undefined : checkLetterFields(input.letters);
  if (input.letters !== undefined && !letters) return { ok: false, problems: ["letters: must be short texts named like releaseHome"] };
  const checked = checkFacts(input.facts, asOf);
  if (!checked.ok) return checked;
  return letters ? { ...checked, saved: saved.saved, letters } : { ...checked, saved: saved.saved };
}

const FILE_KEYS_V1 = ["format", "version", "savedAt", "facts"];
/** `letters` is optional (issue #13): files without it, and version 1, open as before. */
const FILE_KEYS_V2 = [...FILE_KEYS_V1, "asOf", "rulesVersion", "statuses", "letters"];

/** A version-2 file's record of its screening: two real dates and a status per known path. */
export function checkSaved(input: Record<string, unknown>): { ok: true; saved: SavedScreening } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  for (const key of ["asOf", "rulesVersion"] as const) {
    if (!isIsoDate(input[key])) problems.push(`${key}: must be a real date written YYYY-MM-DD`);
  }
  const statuses = input.statuses;
  if (!isRecord(statuses)) problems.push("statuses: must be an object of path ids and statuses");
  else {
    for (const [path, status] of Object.entries(statuses)) {
      if (!(PATH_IDS as readonly string[]).includes(path)) problems.push(`statuses.${path}: not a relief path`);
      else if (!(STATUSES as readonly unknown[]).includes(status)) problems.push(`statuses.${path}: must be one of ${STATUSES.join(", ")}`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, saved: { asOf: input.asOf as IsoDate, rulesVersion: input.rulesVersion as IsoDate, statuses: statuses as SavedScreening["statuses"] } };
}
