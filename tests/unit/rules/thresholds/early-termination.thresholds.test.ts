/**
 * Early termination (18 U.S.C. § 3583(e)(1), § 3564(c)): "after the expiration of one year" on the day
 * before, the day, and the day after — read as the day after the anniversary (rules/README.md § early-termination) — the one-year
 * term that is over first, and misdemeanor probation "at any time".
 */
import { earlyTermination } from "@/rules/early-termination";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const SRC_SR = "18 U.S.C. § 3583(e)(1): \"at any time after the expiration of one year of supervised release\" [V-stat]; rules/README.md § early-termination (released 2025-06-02 → 2026-06-03)";
const SRC_PROB = "18 U.S.C. § 3564(c): felony probation \"at any time after the expiration of one year\", misdemeanor \"at any time\" [V-stat]";

/** Supervised release from 2025-06-02, 36 months: anniversary 2026-06-02, open from 2026-06-03. */
const sr = { court: "federal", custody: "supervised-release", supervisionStartDate: "2025-06-02", supervisionMonths: 36, supervisionViolations: "no" } as const;
const probation = { ...sr, custody: "probation", felony: "yes" } as const;
const dates = { anniversary: "2026-06-02", availableFrom: "2026-06-03" };

const cases: ThresholdCase[] = [
  {
    name: "supervised release, the day before the anniversary → not-yet from the day after it",
    source: SRC_SR,
    asOf: "2026-06-01",
    facts: sr,
    expected: { status: "not-yet", availableFrom: "2026-06-03", reasons: [{ key: "srNotYet", vars: dates }] },
  },
  {
    name: "supervised release, the anniversary itself → still not-yet (the safe reading: no one files a day early)",
    source: `${SRC_SR} [UNVERIFIED whether the anniversary counts]`,
    asOf: "2026-06-02",
    facts: sr,
    expected: { status: "not-yet", availableFrom: "2026-06-03", reasons: [{ key: "srNotYet", vars: dates }] },
  },
  ...["2026-06-03", "2026-06-04"].map((asOf): ThresholdCase => ({
    name: `supervised release, ${asOf === "2026-06-03" ? "the day after the anniversary" : "two days after the anniversary"} → likely, open since 2026-06-03`,
    source: `${SRC_SR}; USSG § 5D1.4(b)`,
    asOf,
    facts: sr,
    expected: {
      status: "likely", availableFrom: "2026-06-03",
      reasons: [{ key: "srAfterOneYear", vars: { availableFrom: "2026-06-03" } }, "individualizedAssessment"],
    },
  })),
  {
    name: "supervised release with violations, past the year → likely, the violations weighed",
    source: "USSG § 5D1.4 commentary (conduct weighs, does not bar)",
    asOf: "2026-06-03",
    facts: { ...sr, supervisionViolations: "yes" },
    expected: {
      status: "likely", availableFrom: "2026-06-03",
      reasons: [{ key: "srAfterOneYear", vars: { availableFrom: "2026-06-03" } }, "individualizedAssessment", "srViolations"],
    },
  },
  {
    name: "a 12-month term of supervised release → unlikely: it ends before one year has expired",
    source: SRC_SR,
    asOf: "2026-01-01",
    facts: { ...sr, supervisionMonths: 12 },
    expected: { status: "unlikely", reasons: [{ key: "srTermTooShort", vars: { months: 12 } }] },
  },
  {
    name: "an 11-month term of supervised release → unlikely",
    source: SRC_SR,
    asOf: "2026-01-01",
    facts: { ...sr, supervisionMonths: 11 },
    expected: { status: "unlikely", reasons: [{ key: "srTermTooShort", vars: { months: 11 } }] },
  },
  {
    name: "a 13-month term of supervised release → not-yet from the day after the anniversary",
    source: SRC_SR,
    asOf: "2026-01-01",
    facts: { ...sr, supervisionMonths: 13 },
    expected: { status: "not-yet", availableFrom: "2026-06-03", reasons: [{ key: "srNotYet", vars: dates }] },
  },
  {
    name: "felony probation, the anniversary → not-yet from the next day",
    source: SRC_PROB,
    asOf: "2026-06-02",
    facts: probation,
    expected: { status: "not-yet", availableFrom: "2026-06-03", reasons: [{ key: "felonyProbationNotYet", vars: dates }] },
  },
  {
    name: "felony probation, the day after the anniversary → likely",
    source: SRC_PROB,
    asOf: "2026-06-03",
    facts: probation,
    expected: { status: "likely", availableFrom: "2026-06-03", reasons: [{ key: "felonyProbationAfterOneYear", vars: { availableFrom: "2026-06-03" } }] },
  },
  {
    name: "felony probation with violations, the day after the anniversary → likely, the violations weighed",
    source: SRC_PROB,
    asOf: "2026-06-03",
    facts: { ...probation, supervisionViolations: "yes" },
    expected: {
      status: "likely", availableFrom: "2026-06-03",
      reasons: [{ key: "felonyProbationAfterOneYear", vars: { availableFrom: "2026-06-03" } }, "probationViolations"],
    },
  },
  {
    name: "a 12-month felony probation → unlikely",
    source: SRC_PROB,
    asOf: "2026-01-01",
    facts: { ...probation, supervisionMonths: 12 },
    expected: { status: "unlikely", reasons: [{ key: "probationTermTooShort", vars: { months: 12 } }] },
  },
  {
    name: "probation, not sure it was a felony, the anniversary → possible, no date field (a misdemeanor could end now)",
    source: `${SRC_PROB}; rules/README.md §§ statuses, results (a future date only with not-yet)`,
    asOf: "2026-06-02",
    facts: { ...probation, felony: "unsure" },
    expected: { status: "possible", reasons: [{ key: "unsureFelony", vars: { availableFrom: "2026-06-03" } }] },
  },
  {
    name: "probation, not sure it was a felony, the day after the anniversary → likely: the grade no longer matters",
    source: SRC_PROB,
    asOf: "2026-06-03",
    facts: { ...probation, felony: "unsure" },
    expected: { status: "likely", availableFrom: "2026-06-03", reasons: [{ key: "felonyProbationAfterOneYear", vars: { availableFrom: "2026-06-03" } }] },
  },
  {
    name: "misdemeanor probation starting tomorrow → likely, with no date it is open from yet",
    source: SRC_PROB,
    asOf: "2025-06-01",
    facts: { ...probation, felony: "no" },
    expected: { status: "likely", reasons: ["misdemeanorProbationAnyTime"] },
  },
  {
    name: "misdemeanor probation, its first day → likely, open from that day",
    source: SRC_PROB,
    asOf: "2025-06-02",
    facts: { ...probation, felony: "no" },
    expected: { status: "likely", availableFrom: "2025-06-02", reasons: ["misdemeanorProbationAnyTime"] },
  },
  {
    name: "misdemeanor probation with violations, its second day → likely, the violations weighed",
    source: SRC_PROB,
    asOf: "2025-06-03",
    facts: { ...probation, felony: "no", supervisionViolations: "yes" },
    expected: { status: "likely", availableFrom: "2025-06-02", reasons: ["misdemeanorProbationAnyTime", "probationViolations"] },
  },
];

runThresholdCases(earlyTermination, cases);
