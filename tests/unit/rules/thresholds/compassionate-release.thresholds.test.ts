/**
 * Compassionate release (18 U.S.C. § 3582(c)(1)(A)): every date and age threshold on the day before, the
 * day, and the day after — the 30 days after the warden's receipt, age 65 and 10 years or 75 % served
 * (USSG § 1B1.13(b)(2)), the term ending first, age 70 and 30 years served (§ 3582(c)(1)(A)(ii)).
 */
import { compassionateRelease } from "@/rules/compassionate-release";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const inPrison = { court: "federal", caseStatus: "sentenced", custody: "prison" } as const;
const SRC_EXHAUSTION = "18 U.S.C. § 3582(c)(1)(A): \"the lapse of 30 days from the receipt of such a request by the warden\" [V-stat]; 18 U.S.C. § 3582(c)(1)(A) (exhaustion); rules/README.md § compassionate-release";
const SRC_AGING = "USSG § 1B1.13(b)(2): at least 65, and 10 years or 75 percent of the term served, whichever is less [V-sec]";
const SRC_AGE70 = "18 U.S.C. § 3582(c)(1)(A)(ii): at least 70 years of age, at least 30 years served [V-stat]";
const NOT_COUNTING = ["changeInLawNotAReason", "validityClaimsGoTo2255"] as const;

/** Terminal illness; the warden received the request 2026-10-20, so the 30 days lapse on 2026-11-19. */
const terminal = { ...inPrison, crReasons: ["terminal-illness"], wardenRequest: "submitted", wardenRequestDate: "2026-10-20" } as const;
/** A (b)(5) reason, the same request: the judge weighs it, so never more than possible. */
const other = { ...inPrison, birthDate: "1980-01-01", crReasons: ["other"], wardenRequest: "submitted", wardenRequestDate: "2026-10-20" } as const;
const exhaustion = (status: "not-yet" | "likely", asOf: string, name: string): ThresholdCase => ({
  name,
  source: SRC_EXHAUSTION,
  asOf,
  facts: terminal,
  expected:
    status === "not-yet"
      ? { status, availableFrom: "2026-11-19", reasons: ["terminalIllness", { key: "exhaustionWait", vars: { date: "2026-11-19" } }] }
      : {
          status,
          availableFrom: "2026-11-19",
          reasons: ["terminalIllness", { key: "exhaustionMet", vars: { date: "2026-11-19" } }, "judgeWeighsFactors"],
        },
});

/** Aging decline, born 1961-11-23 (65 on 2026-11-23), 26 years served of a 50-year term, no request yet. */
const turning65 = {
  ...inPrison, birthDate: "1961-11-23", crReasons: ["aging-decline"], custodyStartDate: "2000-01-01", jailCreditDays: 0,
  lifeSentence: "no", prisonMonths: 600, prisonExtraDays: 0, wardenRequest: "not-submitted",
} as const;
/** Aging decline at 76 (no § 3559(c) sentence), custody from 2016-11-23: 10 years served on 2026-11-23. */
const tenYears = { ...turning65, birthDate: "1950-01-01", custodyStartDate: "2016-11-23", sentenced3559c: "no" } as const;
/** Aging decline at 72, a 10-year term from 2020-01-01 (3,653 days): 75 % is 2,740 days, reached 2027-07-03. */
const threeQuarters = { ...turning65, birthDate: "1955-01-01", custodyStartDate: "2020-01-01", prisonMonths: 120, sentenced3559c: "no" } as const;
/** Turns 65 on 2027-06-01 with 3 years of a term from 2024-06-01: the term ends the same day. */
const termEnds = { ...turning65, birthDate: "1962-06-01", custodyStartDate: "2024-06-01", prisonMonths: 36 } as const;
/** No (b) reason; born 1956-11-23 (70 on 2026-11-23), custody since 1990, sentenced under § 3559(c). */
const turning70 = {
  ...inPrison, birthDate: "1956-11-23", crReasons: ["none"], custodyStartDate: "1990-01-01", jailCreditDays: 0,
  sentenced3559c: "yes", wardenRequest: "not-submitted",
} as const;
/** No (b) reason, 75 years old; custody from 1996-11-23: 30 years served on 2026-11-23. */
const thirtyYears = { ...turning70, birthDate: "1951-01-01", custodyStartDate: "1996-11-23" } as const;

const agingNotYet = (asOf: string, name: string, key: "agingUnder65" | "agingTimeNotServed", date: string, facts: object, source: string): ThresholdCase => ({
  name, source, asOf, facts,
  expected: { status: "not-yet", availableFrom: date, reasons: ["writeToWardenFirst", { key, vars: { date } }] },
});
const agingMet = (asOf: string, name: string, facts: object, source: string): ThresholdCase => ({
  name, source, asOf, facts,
  expected: { status: "likely", reasons: ["writeToWardenFirst", "agingMet", "judgeWeighsFactors"] },
});
const noReason = (asOf: string, name: string, facts: object, source: string): ThresholdCase => ({
  name, source, asOf, facts,
  expected: { status: "unlikely", reasons: ["noListedReason", ...NOT_COUNTING] },
});
const age70 = (asOf: string, name: string, facts: object, source: string): ThresholdCase => ({
  name, source, asOf, facts,
  expected: { status: "possible", reasons: ["writeToWardenFirst", "age70Prong"] },
});

const cases: ThresholdCase[] = [
  exhaustion("not-yet", "2026-11-18", "29 days after the warden's receipt → not-yet, available from the 30th day, 2026-11-19"),
  exhaustion("likely", "2026-11-19", "the 30th day after the warden's receipt → likely from that day"),
  exhaustion("likely", "2026-11-20", "31 days after the warden's receipt → likely, available since 2026-11-19"),
  {
    name: "(b)(5) reason, 29 days after receipt → possible, the 30 days still running and no filing date",
    source: `${SRC_EXHAUSTION}; USSG § 1B1.13(b)(5) [V-sec]`,
    asOf: "2026-11-18",
    facts: other,
    expected: { status: "possible", reasons: ["otherReasons", ...NOT_COUNTING, { key: "exhaustionWait", vars: { date: "2026-11-19" } }] },
  },
  ...["2026-11-19", "2026-11-20"].map((asOf): ThresholdCase => ({
    name: `(b)(5) reason, ${asOf === "2026-11-19" ? "the 30th day" : "31 days"} after receipt → possible, the 30 days have lapsed on 2026-11-19`,
    source: `${SRC_EXHAUSTION}; USSG § 1B1.13(b)(5) [V-sec]`,
    asOf,
    facts: other,
    expected: {
      status: "possible",
      availableFrom: "2026-11-19",
      reasons: ["otherReasons", ...NOT_COUNTING, { key: "exhaustionMet", vars: { date: "2026-11-19" } }],
    },
  })),
  {
    name: "(b)(5) reason, not sure the warden was asked → possible, naming the doubt",
    source: `${SRC_EXHAUSTION}; rules/README.md §§ statuses, results (unsure → possible)`,
    asOf: "2026-11-20",
    facts: { ...other, wardenRequest: "unsure", wardenRequestDate: undefined },
    expected: { status: "possible", reasons: ["otherReasons", ...NOT_COUNTING, "unsureWardenRequest"] },
  },
  {
    name: "terminal illness, not sure the warden was asked → possible, not likely",
    source: `${SRC_EXHAUSTION}; issue #15 item 5 (an unsure answer never gives likely)`,
    asOf: "2026-11-20",
    facts: { ...terminal, wardenRequest: "unsure", wardenRequestDate: undefined },
    expected: { status: "possible", reasons: ["terminalIllness", "unsureWardenRequest"] },
  },

  agingNotYet("2026-11-22", "the day before the 65th birthday (26 years served) → not-yet from the birthday", "agingUnder65", "2026-11-23", turning65, SRC_AGING),
  agingMet("2026-11-23", "the 65th birthday with 26 years served → likely", turning65, SRC_AGING),
  agingMet("2026-11-24", "the day after the 65th birthday → likely", turning65, SRC_AGING),

  agingNotYet("2026-11-22", "76 years old, the day before 10 years served → not-yet from the tenth anniversary", "agingTimeNotServed", "2026-11-23", tenYears, SRC_AGING),
  agingMet("2026-11-23", "76 years old, 10 years served to the day → likely", tenYears, SRC_AGING),
  agingMet("2026-11-24", "76 years old, 10 years and a day served → likely", tenYears, SRC_AGING),
  agingNotYet("2026-11-12", "10 days of jail credit move the tenth anniversary back to 2026-11-13: the day before → not-yet", "agingTimeNotServed", "2026-11-13", { ...tenYears, jailCreditDays: 10 }, `${SRC_AGING}; 18 U.S.C. § 3585(b) (credit for time in official detention)`),
  agingMet("2026-11-13", "10 days of jail credit: 10 years served on 2026-11-13 → likely", { ...tenYears, jailCreditDays: 10 }, `${SRC_AGING}; 18 U.S.C. § 3585(b)`),

  agingNotYet("2027-07-02", "10-year term, the day before 75 % (2,740 of 3,653 days) is served → not-yet from 2027-07-03", "agingTimeNotServed", "2027-07-03", threeQuarters, SRC_AGING),
  agingMet("2027-07-03", "10-year term, 75 % served that day → likely (75 % is less than 10 years)", threeQuarters, SRC_AGING),
  agingMet("2027-07-04", "10-year term, the day after 75 % served → likely", threeQuarters, SRC_AGING),
  agingNotYet("2027-06-21", "10-year term with 11 days of jail credit: 75 % served on 2027-06-22, so the day before → not-yet", "agingTimeNotServed", "2027-06-22", { ...threeQuarters, jailCreditDays: 11 }, `${SRC_AGING}; 18 U.S.C. § 3585(b)`),
  agingMet("2027-06-22", "10-year term with 11 days of jail credit: 75 % served that day → likely", { ...threeQuarters, jailCreditDays: 11 }, `${SRC_AGING}; 18 U.S.C. § 3585(b)`),

  {
    name: "the 3-year term ends on the 65th birthday → unlikely: nothing is left to reduce when age 65 is reached",
    source: `${SRC_AGING}; interpretation in rules/compassionate-release.ts (the full term ends first)`,
    asOf: "2026-11-23",
    facts: termEnds,
    expected: { status: "unlikely", reasons: [{ key: "agingTermEndsFirst", vars: { date: "2027-06-01", termEnds: "2027-06-01" } }, ...NOT_COUNTING] },
  },
  {
    name: "the term ends the day after the 65th birthday → not-yet from the birthday",
    source: SRC_AGING,
    asOf: "2026-11-23",
    facts: { ...termEnds, prisonExtraDays: 1 },
    expected: { status: "not-yet", availableFrom: "2027-06-01", reasons: ["writeToWardenFirst", { key: "agingUnder65", vars: { date: "2027-06-01" } }] },
  },
  {
    name: "the term ends the day before the 65th birthday → unlikely",
    source: SRC_AGING,
    asOf: "2026-11-23",
    facts: { ...termEnds, prisonMonths: 35, prisonExtraDays: 30 },
    expected: { status: "unlikely", reasons: [{ key: "agingTermEndsFirst", vars: { date: "2027-06-01", termEnds: "2027-05-31" } }, ...NOT_COUNTING] },
  },
  {
    name: "aging decline, the 65th birthday 2026-11-23 ahead, the 30 days lapse the day before → not-yet from the birthday; the lapse is not the filing date",
    source: `${SRC_AGING}; ${SRC_EXHAUSTION}`,
    asOf: "2026-11-01",
    facts: { ...turning65, wardenRequest: "submitted", wardenRequestDate: "2026-10-23" },
    expected: {
      status: "not-yet",
      availableFrom: "2026-11-23",
      reasons: [{ key: "agingUnder65", vars: { date: "2026-11-23" } }, { key: "exhaustionEndsFirst", vars: { date: "2026-11-22" } }],
    },
  },
  {
    name: "aging decline, the 30 days lapse on the 65th birthday → not-yet from that day",
    source: `${SRC_AGING}; ${SRC_EXHAUSTION}`,
    asOf: "2026-11-01",
    facts: { ...turning65, wardenRequest: "submitted", wardenRequestDate: "2026-10-24" },
    expected: {
      status: "not-yet",
      availableFrom: "2026-11-23",
      reasons: [{ key: "agingUnder65", vars: { date: "2026-11-23" } }, { key: "exhaustionWait", vars: { date: "2026-11-23" } }],
    },
  },
  {
    name: "aging decline, the 30 days lapse the day after the 65th birthday → not-yet from the lapse",
    source: `${SRC_AGING}; ${SRC_EXHAUSTION}`,
    asOf: "2026-11-01",
    facts: { ...turning65, wardenRequest: "submitted", wardenRequestDate: "2026-10-25" },
    expected: {
      status: "not-yet",
      availableFrom: "2026-11-24",
      reasons: [{ key: "agingUnder65", vars: { date: "2026-11-23" } }, { key: "exhaustionWait", vars: { date: "2026-11-24" } }],
    },
  },

  noReason("2026-11-22", "no listed reason, the day before the 70th birthday (36 years served) → unlikely", turning70, SRC_AGE70),
  age70("2026-11-23", "the 70th birthday, 36 years served on a § 3559(c) sentence → possible (the Director's determination is not asked)", turning70, SRC_AGE70),
  age70("2026-11-24", "the day after the 70th birthday → possible", turning70, SRC_AGE70),
  noReason("2026-11-22", "75 years old, the day before 30 years served → unlikely", thirtyYears, SRC_AGE70),
  age70("2026-11-23", "75 years old, 30 years served to the day → possible", thirtyYears, SRC_AGE70),
  age70("2026-11-24", "75 years old, 30 years and a day served → possible", thirtyYears, SRC_AGE70),
  {
    name: "70 and 30 years served, not sure of a § 3559(c) sentence → possible, naming the doubt",
    source: SRC_AGE70,
    asOf: "2026-11-23",
    facts: { ...turning70, sentenced3559c: "unsure" },
    expected: { status: "possible", reasons: ["writeToWardenFirst", "unsure3559c"] },
  },
  noReason("2026-11-23", "70 and 30 years served, no § 3559(c) sentence → unlikely", { ...turning70, sentenced3559c: "no" }, SRC_AGE70),
];

runThresholdCases(compassionateRelease, cases);
