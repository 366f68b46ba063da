/**
 * Good conduct time (18 U.S.C. § 3624(b)): "more than 1 year" as imposed (12 months; 12 months and a day;
 * 11 months and 31 or 32 days), the Sentencing Reform Act's 1987-11-01, the PLRA's 1996-04-26 literacy
 * condition, and the estimated release date against the as-of date — each on the day before, the day, and
 * the day after.
 */
import { goodConductTime } from "@/rules/good-conduct-time";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const SRC_YEAR = "18 U.S.C. § 3624(b)(1): \"a term of imprisonment of more than 1 year\" [V-stat]";
const SRC_SRA = "28 C.F.R. § 523.20(b): offenses on or after 1987-11-01 [V-reg]";
const SRC_PLRA = "28 C.F.R. § 523.20(d)(2): the diploma condition for offenses on or after 1996-04-26 [V-reg]";
const SRC_DATE = "rules/good-conduct-time.ts: still in prison after the estimated date → say so (estimateDatePassed)";

/** In prison on 24 months from 2020-01-01 (731 days), diploma: 108 days (54 × 2), release 2021-09-14. */
const base = {
  court: "federal", caseStatus: "sentenced", custody: "prison", lifeSentence: "no", prisonMonths: 24, prisonExtraDays: 0,
  offenseDate: "2019-06-01", diplomaOrGed: "yes", custodyStartDate: "2020-01-01", jailCreditDays: 0,
} as const;
const full = { gctDays: 108, fullTermRelease: "2021-12-31", gctRelease: "2021-09-14" };
const estimateReasons = (rate: string) => ["gctEstimate", rate, "partialYearProrated", "conductCounts"];

const cases: ThresholdCase[] = [
  ...["2021-09-13", "2021-09-14"].map((asOf): ThresholdCase => ({
    name: `${asOf === "2021-09-13" ? "the day before" : "the day of"} the estimated release 2021-09-14 → likely, no word that the date has passed`,
    source: SRC_DATE,
    asOf,
    facts: base,
    expected: { status: "likely", reasons: estimateReasons("diplomaFullRate"), estimate: full },
  })),
  {
    name: "the day after the estimated release, still in prison → likely, the date has passed",
    source: SRC_DATE,
    asOf: "2021-09-15",
    facts: base,
    expected: { status: "likely", reasons: [...estimateReasons("diplomaFullRate"), { key: "estimateDatePassed", vars: { gctRelease: "2021-09-14" } }], estimate: full },
  },
  {
    name: "12 months exactly → unlikely: not more than one year",
    source: SRC_YEAR,
    asOf: "2020-06-01",
    facts: { ...base, prisonMonths: 12 },
    expected: { status: "unlikely", reasons: ["termNotOverOneYear"] },
  },
  {
    name: "12 months and 1 day → likely: more than one year, 54 days; the release falls on Sunday 2020-11-08, the Friday before is named",
    source: `${SRC_YEAR}; rules/README.md § good-conduct-time (12 months and a day)`,
    asOf: "2020-06-01",
    facts: { ...base, prisonMonths: 12, prisonExtraDays: 1 },
    expected: {
      status: "likely",
      reasons: [...estimateReasons("diplomaFullRate"), { key: "weekendRelease", vars: { releaseWeekday: "2020-11-06" } }],
      estimate: { gctDays: 54, fullTermRelease: "2021-01-01", gctRelease: "2020-11-08" },
    },
  },
  {
    name: "11 months and 28 days → unlikely without asking the start date: never past a year",
    source: SRC_YEAR,
    asOf: "2020-06-01",
    facts: { ...base, prisonMonths: 11, prisonExtraDays: 28, custodyStartDate: undefined, jailCreditDays: undefined },
    expected: { status: "unlikely", reasons: ["termNotOverOneYear"] },
  },
  {
    name: "11 months and 29 days, no start date yet → incomplete: the calendar decides",
    source: SRC_YEAR,
    asOf: "2020-06-01",
    facts: { ...base, prisonMonths: 11, prisonExtraDays: 29, custodyStartDate: undefined, jailCreditDays: undefined },
    expected: { status: "incomplete", needs: ["custodyStartDate"] },
  },
  {
    name: "11 months and 31 days from 2020-01-01 ends on the anniversary 2021-01-01 → unlikely: not more than a year",
    source: SRC_YEAR,
    asOf: "2020-06-01",
    facts: { ...base, prisonMonths: 11, prisonExtraDays: 31 },
    expected: { status: "unlikely", reasons: ["termNotOverOneYear"] },
  },
  {
    name: "11 months and 32 days from 2020-01-01 ends a day past the anniversary → likely (the same 367 days as 12 months and a day)",
    source: SRC_YEAR,
    asOf: "2020-06-01",
    facts: { ...base, prisonMonths: 11, prisonExtraDays: 32 },
    expected: {
      status: "likely",
      reasons: [...estimateReasons("diplomaFullRate"), { key: "weekendRelease", vars: { releaseWeekday: "2020-11-06" } }],
      estimate: { gctDays: 54, gctRelease: "2020-11-08" },
    },
  },
  {
    name: "offense on 1987-10-31, the day before the Sentencing Reform Act → possible: older good-time law",
    source: SRC_SRA,
    asOf: "2020-06-01",
    facts: { ...base, offenseDate: "1987-10-31" },
    expected: { status: "possible", reasons: ["oldLawOffense"] },
  },
  ...["1987-11-01", "1987-11-02", "1996-04-25"].map((offenseDate): ThresholdCase => ({
    name: `offense on ${offenseDate}: under § 523.20(b), before the literacy condition → likely at 54 days a year`,
    source: `${SRC_SRA}; ${SRC_PLRA}`,
    asOf: "2020-06-01",
    facts: { ...base, offenseDate, diplomaOrGed: "no", removalOrder: "no" },
    expected: { status: "likely", reasons: estimateReasons("offenseBefore1996FullRate"), estimate: full },
  })),
  ...["1996-04-26", "1996-04-27"].map((offenseDate): ThresholdCase => ({
    name: `offense on ${offenseDate}, no diploma, no removal order → likely at 42 days a year`,
    source: SRC_PLRA,
    asOf: "2020-06-01",
    facts: { ...base, offenseDate, diplomaOrGed: "no", removalOrder: "no" },
    expected: { status: "likely", reasons: estimateReasons("noDiplomaLowerRate"), estimate: { gctDays: 84, gctRelease: "2021-10-08" } },
  })),
  {
    name: "estimated release on a Friday, 42 days a year → no weekend word",
    source: "18 U.S.C. § 3624(a) (a weekend release date may move to the weekday before)",
    asOf: "2020-06-01",
    facts: { ...base, diplomaOrGed: "no", removalOrder: "no" },
    expected: { status: "likely", reasons: estimateReasons("noDiplomaLowerRate"), estimate: { gctRelease: "2021-10-08" } },
  },
  {
    name: "custody from 2020-01-03: estimated release on Sunday 2021-10-10 → the Friday before is named",
    source: "18 U.S.C. § 3624(a)",
    asOf: "2020-06-01",
    facts: { ...base, diplomaOrGed: "no", removalOrder: "no", custodyStartDate: "2020-01-03" },
    expected: {
      status: "likely",
      reasons: [...estimateReasons("noDiplomaLowerRate"), { key: "weekendRelease", vars: { releaseWeekday: "2021-10-08" } }],
      estimate: { gctRelease: "2021-10-10" },
    },
  },
];

runThresholdCases(goodConductTime, cases);
