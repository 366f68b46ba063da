/**
 * § 2255 (28 U.S.C. § 2255(f)): every date threshold on the day before, the day, and the day after — the
 * 14 days to appeal (FRAP 4(b)(1)(A)), the 90 days to petition for certiorari (Sup. Ct. R. 13.1; Clay), the
 * one-year deadline and its stricter un-rolled day (28 U.S.C. § 2255(f); rules/README.md § finality), and the 30-day act-now window.
 */
import { section2255 } from "@/rules/2255";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const SRC_YEAR = "28 U.S.C. § 2255(f)(1): one year from the date the judgment became final [V-stat]; 28 U.S.C. § 2255(f); rules/README.md § finality (anniversary method)";
const SRC_APPEAL = "Fed. R. App. P. 4(b)(1)(A)(i): 14 days to appeal [V-stat]; § 2255(f)(1)";
const SRC_CERT = "Sup. Ct. R. 13.1: 90 days to petition; Clay v. United States, 537 U.S. 522 (2003)";
const SRC_ROLL = "Fed. R. App. P. 26(a) / Fed. R. Civ. P. 6(a) roll-forward [UNVERIFIED]; 28 U.S.C. § 2255(f); rules/README.md § finality (never 'safe' on a borderline date)";
const SRC_URGENT = "28 U.S.C. § 2255(f); rules/README.md § finality: \"warn if within 30 days\"";

/** Judgment Monday 2025-11-03, no appeal: final Monday 2025-11-17, deadline Tuesday 2026-11-17. */
const plain = {
  court: "federal", caseStatus: "sentenced", custody: "prison", appeal: "none", judgmentDate: "2025-11-03",
  prior2255: "no", legalError: ["ineffective-lawyer"],
} as const;
const finalNov17 = { key: "finalNoAppeal", vars: { finalDate: "2025-11-17" } } as const;
/** Judgment Sunday 2025-11-02: the 14th day is Sunday 2025-11-16, rolled to Monday 2025-11-17. */
const rolled = { ...plain, judgmentDate: "2025-11-02" } as const;
const rolledWhy = [
  { key: "finalNoAppeal", vars: { finalDate: "2025-11-17" } },
  { key: "finalityRolledForward", vars: { dueDate: "2025-11-16", finalDate: "2025-11-17" } },
] as const;
/** Judgment Friday 2025-11-07: final Friday 2025-11-21; its anniversary is Saturday 2026-11-21, rolled to Monday. */
const saturday = { ...plain, judgmentDate: "2025-11-07" } as const;
const saturdayWhy = [
  { key: "finalNoAppeal", vars: { finalDate: "2025-11-21" } },
  { key: "deadlineRolledForward", vars: { anniversary: "2026-11-21", deadline: "2026-11-23" } },
] as const;
/** Appeal decided Tuesday 2025-08-19, no certiorari petition: final on the 90th day, Monday 2025-11-17. */
const noCert = { ...plain, appeal: "decided", appealDecisionDate: "2025-08-19", certiorari: "none", judgmentDate: "2025-03-03" } as const;

const ahead = (deadline: string, daysLeft: number) => ({ key: "deadlineAhead", vars: { deadline, daysLeft } });
const today = (deadline: string) => ({ key: "deadlineToday", vars: { deadline } });
const passed = (deadline: string, daysAgo: number) => ({ key: "deadlinePassed", vars: { deadline, daysAgo } });

const cases: ThresholdCase[] = [
  {
    name: "the day before the one-year deadline → likely, one day left, act now",
    source: `${SRC_YEAR}; ${SRC_APPEAL}`,
    asOf: "2026-11-16",
    facts: plain,
    expected: { status: "likely", deadline: "2026-11-17", reasons: [ahead("2026-11-17", 1), "actNow", "claimedError", finalNov17] },
  },
  {
    name: "the day of the one-year deadline → likely, deadline today",
    source: SRC_YEAR,
    asOf: "2026-11-17",
    facts: plain,
    expected: { status: "likely", deadline: "2026-11-17", reasons: [today("2026-11-17"), "actNow", "claimedError", finalNov17] },
  },
  {
    name: "the day after the one-year deadline, no restart named → unlikely, one day late, tolling named",
    source: `${SRC_YEAR}; Holland v. Florida, 560 U.S. 631 (2010)`,
    asOf: "2026-11-18",
    facts: plain,
    expected: { status: "unlikely", deadline: "2026-11-17", reasons: [passed("2026-11-17", 1), "equitableTolling", finalNov17] },
  },
  {
    name: "the day after the deadline, not sure of an error → possible, naming the doubt",
    source: `${SRC_YEAR}; rules/README.md §§ statuses, results (unsure → possible)`,
    asOf: "2026-11-18",
    facts: { ...plain, legalError: ["unsure"] },
    expected: { status: "possible", deadline: "2026-11-17", reasons: [passed("2026-11-17", 1), "unsureError", "equitableTolling", finalNov17] },
  },
  {
    name: "the day after the deadline, a new Supreme Court rule named → possible: § 2255(f)(3) may start a new year",
    source: "28 U.S.C. § 2255(f)(3) [V-stat]",
    asOf: "2026-11-18",
    facts: { ...plain, legalError: ["new-supreme-court-rule"] },
    expected: { status: "possible", deadline: "2026-11-17", reasons: [passed("2026-11-17", 1), "newRuleRestart", "equitableTolling", finalNov17] },
  },
  {
    name: "31 days before the deadline → likely, no act-now warning yet",
    source: SRC_URGENT,
    asOf: "2026-10-17",
    facts: plain,
    expected: { status: "likely", deadline: "2026-11-17", reasons: [ahead("2026-11-17", 31), "claimedError", finalNov17] },
  },
  {
    name: "30 days before the deadline → likely, act now",
    source: SRC_URGENT,
    asOf: "2026-10-18",
    facts: plain,
    expected: { status: "likely", deadline: "2026-11-17", reasons: [ahead("2026-11-17", 30), "actNow", "claimedError", finalNov17] },
  },
  {
    name: "29 days before the deadline → likely, act now",
    source: SRC_URGENT,
    asOf: "2026-10-19",
    facts: plain,
    expected: { status: "likely", deadline: "2026-11-17", reasons: [ahead("2026-11-17", 29), "actNow", "claimedError", finalNov17] },
  },
  {
    name: "the 14th day after judgment falls on a Sunday: final the Monday; the day before the stricter un-rolled deadline → likely, act by it",
    source: `${SRC_APPEAL}; ${SRC_ROLL}`,
    asOf: "2026-11-15",
    facts: rolled,
    expected: {
      status: "likely", deadline: "2026-11-17", earliestDeadline: "2026-11-16",
      reasons: [ahead("2026-11-17", 2), { key: "actByEarliestDeadline", vars: { earliestDeadline: "2026-11-16" } }, "actNow", "claimedError", ...rolledWhy],
    },
  },
  {
    name: "the day of the earliest deadline → still likely, act by that day",
    source: `${SRC_APPEAL}; ${SRC_ROLL}`,
    asOf: "2026-11-16",
    facts: rolled,
    expected: {
      status: "likely", deadline: "2026-11-17", earliestDeadline: "2026-11-16",
      reasons: [ahead("2026-11-17", 1), { key: "actByEarliestDeadline", vars: { earliestDeadline: "2026-11-16" } }, "actNow", "claimedError", ...rolledWhy],
    },
  },
  {
    name: "the day after the earliest deadline (the rolled deadline's day) → possible: on time only if the court rolls the day forward",
    source: `${SRC_ROLL}; rules/README.md §§ statuses, results (unsettled law → possible)`,
    asOf: "2026-11-17",
    facts: rolled,
    expected: {
      status: "possible", deadline: "2026-11-17", earliestDeadline: "2026-11-16",
      reasons: [
        today("2026-11-17"), { key: "earliestDeadlinePassed", vars: { earliestDeadline: "2026-11-16", deadline: "2026-11-17" } },
        "actNow", "claimedError", ...rolledWhy,
      ],
    },
  },
  {
    name: "the day after the rolled deadline → unlikely",
    source: SRC_YEAR,
    asOf: "2026-11-18",
    facts: rolled,
    expected: { status: "unlikely", deadline: "2026-11-17", reasons: [passed("2026-11-17", 1), "equitableTolling", ...rolledWhy] },
  },
  {
    name: "the anniversary falls on a Saturday: the deadline is the Monday, the Saturday the stricter day — on the Saturday → likely",
    source: `${SRC_YEAR}; ${SRC_ROLL}`,
    asOf: "2026-11-21",
    facts: saturday,
    expected: {
      status: "likely", deadline: "2026-11-23", earliestDeadline: "2026-11-21",
      reasons: [ahead("2026-11-23", 2), { key: "actByEarliestDeadline", vars: { earliestDeadline: "2026-11-21" } }, "actNow", "claimedError", ...saturdayWhy],
    },
  },
  {
    name: "the Sunday after the Saturday anniversary → possible (on time only with the roll-forward)",
    source: `${SRC_ROLL}; rules/README.md §§ statuses, results`,
    asOf: "2026-11-22",
    facts: saturday,
    expected: {
      status: "possible", deadline: "2026-11-23", earliestDeadline: "2026-11-21",
      reasons: [
        ahead("2026-11-23", 1), { key: "earliestDeadlinePassed", vars: { earliestDeadline: "2026-11-21", deadline: "2026-11-23" } },
        "actNow", "claimedError", ...saturdayWhy,
      ],
    },
  },
  {
    name: "no certiorari petition: final on the 90th day after the appeal was decided; the day of the deadline → likely",
    source: SRC_CERT,
    asOf: "2026-11-17",
    facts: noCert,
    expected: {
      status: "likely", deadline: "2026-11-17",
      reasons: [today("2026-11-17"), "actNow", "claimedError", { key: "finalNoCertiorari", vars: { finalDate: "2025-11-17" } }],
    },
  },
  {
    name: "no certiorari petition, the day after the deadline → unlikely",
    source: SRC_CERT,
    asOf: "2026-11-18",
    facts: noCert,
    expected: {
      status: "unlikely", deadline: "2026-11-17",
      reasons: [passed("2026-11-17", 1), "equitableTolling", { key: "finalNoCertiorari", vars: { finalDate: "2025-11-17" } }],
    },
  },
  {
    name: "certiorari denied 2025-11-17: final that day, never rolled; the day of the deadline → likely",
    source: "Clay v. United States, 537 U.S. 522 (2003) (final when certiorari is denied)",
    asOf: "2026-11-17",
    facts: { ...noCert, certiorari: "denied", certiorariDate: "2025-11-17" },
    expected: {
      status: "likely", deadline: "2026-11-17",
      reasons: [today("2026-11-17"), "actNow", "claimedError", { key: "finalCertiorariDenied", vars: { finalDate: "2025-11-17" } }],
    },
  },
  {
    name: "not sure an appeal was filed, the day of the no-appeal deadline → possible, the deadline shown",
    source: `${SRC_YEAR}; rules/2255.ts unsureAppeal (an appeal only makes the deadline later)`,
    asOf: "2026-11-17",
    facts: { ...plain, appeal: "unsure" },
    expected: { status: "possible", deadline: "2026-11-17", reasons: [{ key: "unsureAppeal", vars: { deadline: "2026-11-17" } }, "actNow"] },
  },
  {
    name: "not sure an appeal was filed, the day after the no-appeal deadline → possible, the deadline may have passed",
    source: SRC_YEAR,
    asOf: "2026-11-18",
    facts: { ...plain, appeal: "unsure" },
    expected: { status: "possible", deadline: "2026-11-17", reasons: [{ key: "unsureAppealDeadlinePassed", vars: { deadline: "2026-11-17" } }, "equitableTolling"] },
  },
];

runThresholdCases(section2255, cases);
