/**
 * First Step Act time credits (18 U.S.C. § 3632(d)(4), § 3624(g)): earning from the Act's enactment
 * (2018-12-21) for a term that began before it, and the projected prerelease date against the as-of date,
 * each on the day before, the day, and the day after.
 */
import { fsaTimeCredits } from "@/rules/fsa-time-credits";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const SRC_ENACTED = "18 U.S.C. § 3632(d)(4)(B)(i): no credits for programs completed before the date of enactment (2018-12-21) [V-stat]";
const SRC_PASSED = "18 U.S.C. § 3624(g)(1)(A); rules/fsa-time-credits.ts (a projected date already passed: ask the case manager)";

/**
 * In prison on 24 months from 2020-01-01, diploma, low risk (15 a period after the first 7 at 10), no
 * supervised-release term. GCT release 2021-09-14 is day 622; on day 447 (2021-03-23) 14 periods have
 * earned 70 + 105 = 175 credits and 447 + 175 = 622: the earliest prerelease day.
 */
const base = {
  court: "federal", caseStatus: "sentenced", custody: "prison", fsaExcludedOffense: "no", removalOrder: "no", lifeSentence: "no",
  riskLevel: "low", prisonMonths: 24, prisonExtraDays: 0, offenseDate: "2019-06-01", diplomaOrGed: "yes",
  custodyStartDate: "2020-01-01", jailCreditDays: 0, supervisedReleaseOrdered: "no",
} as const;
const prerelease = { key: "earliestPrerelease", vars: { earliestPrerelease: "2021-03-23", gctRelease: "2021-09-14" } };
const estimate = { earliestPrerelease: "2021-03-23", creditsAtPrerelease: 175, daysToGctRelease: 622, earningStart: "2020-01-01" };

const cases: ThresholdCase[] = [
  ...["2021-03-22", "2021-03-23"].map((asOf): ThresholdCase => ({
    name: `${asOf === "2021-03-22" ? "the day before" : "the day of"} the projected prerelease 2021-03-23 → likely, not yet passed`,
    source: SRC_PASSED,
    asOf,
    facts: base,
    expected: { status: "likely", reasons: ["lowRiskRate", prerelease, "noSupervisedReleaseTerm", "bopComputes"], estimate },
  })),
  {
    name: "the day after the projected prerelease → likely, the date has passed",
    source: SRC_PASSED,
    asOf: "2021-03-24",
    facts: base,
    expected: {
      status: "likely",
      reasons: ["lowRiskRate", prerelease, "noSupervisedReleaseTerm", { key: "projectedDatePassed", vars: { earliestPrerelease: "2021-03-23" } }, "bopComputes"],
      estimate,
    },
  },
  {
    name: "with a supervised-release term, all 175 credits go to the transfer on 2021-03-23 (within 365 days of the GCT release)",
    source: "18 U.S.C. § 3624(g)(3) (transfer to supervised release no more than 12 months early) [V-stat]",
    asOf: "2021-03-23",
    facts: { ...base, supervisedReleaseOrdered: "yes" },
    expected: {
      status: "likely",
      reasons: [
        "lowRiskRate", prerelease,
        { key: "supervisedReleaseTransfer", vars: { supervisedReleaseTransfer: "2021-03-23", creditsAppliedToSupervisedRelease: 175 } },
        "bopComputes",
      ],
      estimate: { ...estimate, supervisedReleaseTransfer: "2021-03-23", creditsAppliedToSupervisedRelease: 175, creditsForPrerelease: 0 },
    },
  },
  {
    name: "custody from 2018-12-20, the day before the Act → credits earned from 2018-12-21",
    source: SRC_ENACTED,
    asOf: "2019-06-01",
    facts: { ...base, offenseDate: "2018-06-01", custodyStartDate: "2018-12-20" },
    expected: {
      status: "likely",
      reasons: ["lowRiskRate", { key: "earnedFromFsaEnactment", vars: { earningStart: "2018-12-21" } }, "earliestPrerelease", "noSupervisedReleaseTerm", "bopComputes"],
      estimate: { earningStart: "2018-12-21" },
    },
  },
  ...["2018-12-21", "2018-12-22"].map((custodyStartDate): ThresholdCase => ({
    name: `custody from ${custodyStartDate}, ${custodyStartDate === "2018-12-21" ? "the day of" : "the day after"} the Act → earned from the first day`,
    source: SRC_ENACTED,
    asOf: "2019-06-01",
    facts: { ...base, offenseDate: "2018-06-01", custodyStartDate },
    expected: {
      status: "likely",
      reasons: ["lowRiskRate", "earliestPrerelease", "noSupervisedReleaseTerm", "bopComputes"],
      estimate: { earningStart: custodyStartDate },
    },
  })),
];

runThresholdCases(fsaTimeCredits, cases);
