/**
 * Pardon (28 C.F.R. § 1.2): the five-year wait on the day before, the day, and the day after — from
 * release when prison was imposed, from conviction when it was not — and the end of supervision.
 */
import { pardon } from "@/rules/pardon";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const SRC_WAIT = "28 C.F.R. § 1.2: no petition \"until the expiration of a waiting period of at least five years\" from release, or from conviction when no prison was imposed [V-reg]";
const SRC_SUPERVISION = "28 C.F.R. § 1.2: generally no petition while on probation, parole or supervised release [V-reg]; issue #3";

/** Sentence over; 24 months in prison, released 2021-11-23: the wait ends 2026-11-23. */
const released = {
  court: "federal", caseStatus: "sentenced", convictionVacated: "no", simplePossession: "no", custody: "none",
  lifeSentence: "no", prisonMonths: 24, prisonExtraDays: 0, judgmentDate: "2019-06-01", releaseDate: "2021-11-23",
} as const;
/** Probation only (no prison), judgment 2021-11-23: the wait runs from the conviction. */
const noPrison = { ...released, prisonMonths: 0, prisonExtraDays: 0, judgmentDate: "2021-11-23", releaseDate: undefined } as const;
const waitEnds = "2026-11-23";

const notYet = (asOf: string, name: string, facts: object, key: string): ThresholdCase => ({
  name, source: SRC_WAIT, asOf, facts,
  expected: { status: "not-yet", availableFrom: waitEnds, reasons: [{ key, vars: { date: waitEnds } }, "notExpungement"] },
});
const over = (asOf: string, name: string, facts: object, key: string): ThresholdCase => ({
  name, source: SRC_WAIT, asOf, facts,
  expected: { status: "likely", availableFrom: waitEnds, reasons: [{ key, vars: { date: waitEnds } }, "presidentDecides", "notExpungement"] },
});
/** On supervised release from 2021-11-23 (released that day), `months` long. */
const supervised = (months: number) => ({ ...released, custody: "supervised-release", supervisionStartDate: "2021-11-23", supervisionMonths: months });

const cases: ThresholdCase[] = [
  notYet("2026-11-22", "released 2021-11-23, the day before five years → not-yet from 2026-11-23", released, "waitRunsFromRelease"),
  over("2026-11-23", "five years after release to the day → likely", released, "waitOverSinceRelease"),
  over("2026-11-24", "five years and a day after release → likely", released, "waitOverSinceRelease"),
  notYet("2026-11-22", "prison of one day (0 months, 1 day) counts as prison: the wait runs from release", { ...released, prisonMonths: 0, prisonExtraDays: 1 }, "waitRunsFromRelease"),
  notYet("2026-11-22", "no prison, convicted 2021-11-23, the day before five years → not-yet", noPrison, "waitRunsFromConviction"),
  over("2026-11-23", "no prison, five years after conviction to the day → likely", noPrison, "waitOverSinceConviction"),
  over("2026-11-24", "no prison, five years and a day after conviction → likely", noPrison, "waitOverSinceConviction"),
  notYet("2026-11-22", "no prison, convicted 2021-06-01 but confined until 2021-11-23 → the wait runs from the later day", { ...noPrison, judgmentDate: "2021-06-01", releaseDate: "2021-11-23" }, "waitRunsFromConviction"),
  over("2026-11-23", "no prison, a release before the judgment does not move the wait", { ...noPrison, releaseDate: "2021-06-01" }, "waitOverSinceConviction"),
  {
    name: "on supervised release ending 2027-11-23, the day before the five years → not-yet from the end of supervision",
    source: `${SRC_WAIT}; ${SRC_SUPERVISION}`,
    asOf: "2026-11-22",
    facts: supervised(72),
    expected: {
      status: "not-yet", availableFrom: "2027-11-23",
      reasons: [{ key: "waitRunsFromRelease", vars: { date: waitEnds } }, { key: "supervisionMustEnd", vars: { date: "2027-11-23" } }, "notExpungement"],
    },
  },
  {
    name: "on supervised release ending 2027-11-23, five years to the day → the wait is over, supervision must end first",
    source: `${SRC_WAIT}; ${SRC_SUPERVISION}`,
    asOf: "2026-11-23",
    facts: supervised(72),
    expected: {
      status: "not-yet", availableFrom: "2027-11-23",
      reasons: [{ key: "waitOverSinceRelease", vars: { date: waitEnds } }, { key: "supervisionMustEnd", vars: { date: "2027-11-23" } }, "notExpungement"],
    },
  },
  {
    name: "supervised release expected to end 2026-11-23, the day before → not-yet from the later of its end and the five years",
    source: SRC_SUPERVISION,
    asOf: "2026-11-22",
    facts: supervised(60),
    expected: {
      status: "not-yet", availableFrom: "2026-11-23",
      reasons: [{ key: "waitRunsFromRelease", vars: { date: waitEnds } }, { key: "supervisionMustEnd", vars: { date: "2026-11-23" } }, "notExpungement"],
    },
  },
  {
    name: "the day supervision was expected to end, still on it → unlikely: its end can no longer be computed",
    source: SRC_SUPERVISION,
    asOf: "2026-11-23",
    facts: supervised(60),
    expected: { status: "unlikely", reasons: ["supervisionEndUnknown"] },
  },
  {
    name: "supervision ends 2027-01-23, before the five years from release on 2022-11-23 → not-yet from the five years",
    source: `${SRC_WAIT}; ${SRC_SUPERVISION}`,
    asOf: "2026-11-23",
    facts: { ...supervised(50), releaseDate: "2022-11-23", supervisionStartDate: "2022-11-23" },
    expected: {
      status: "not-yet", availableFrom: "2027-11-23",
      reasons: [{ key: "waitRunsFromRelease", vars: { date: "2027-11-23" } }, { key: "supervisionMustEnd", vars: { date: "2027-01-23" } }, "notExpungement"],
    },
  },
];

runThresholdCases(pardon, cases);
