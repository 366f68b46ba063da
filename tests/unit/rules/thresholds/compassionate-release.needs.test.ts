/**
 * Compassionate release: which facts each threshold asks for, and when a threshold already met asks no
 * more (issue #15 item 7: a `<=` that slips to `<` on the day itself shows up as a needless question).
 */
import { compassionateRelease } from "@/rules/compassionate-release";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const inPrison = { court: "federal", caseStatus: "sentenced", custody: "prison" } as const;
const SRC_AGING = "USSG § 1B1.13(b)(2) [V-sec]; rules/compassionate-release.ts (jail credit is asked only when it can change the answer)";
const SRC_AGE70 = "18 U.S.C. § 3582(c)(1)(A)(ii) [V-stat]";
const NOT_COUNTING = ["changeInLawNotAReason", "validityClaimsGoTo2255"] as const;
/** Aging decline, 65 on 2026-11-23, custody from 2000: nothing else given. */
const aging = { ...inPrison, birthDate: "1961-11-23", crReasons: ["aging-decline"], custodyStartDate: "2000-01-01", wardenRequest: "not-submitted" } as const;
const AS_OF = "2026-11-23";

const cases: ThresholdCase[] = [
  {
    name: "the 65th birthday with 26 years served → likely, asking nothing about the term or jail credit",
    source: SRC_AGING,
    asOf: AS_OF,
    facts: aging,
    expected: { status: "likely", reasons: ["writeToWardenFirst", "agingMet", "judgeWeighsFactors"] },
  },
  {
    name: "76 years old, 10 years served to the day → likely, without asking for jail credit",
    source: SRC_AGING,
    asOf: AS_OF,
    facts: { ...aging, birthDate: "1950-01-01", custodyStartDate: "2016-11-23" },
    expected: { status: "likely", reasons: ["writeToWardenFirst", "agingMet", "judgeWeighsFactors"] },
  },
  {
    name: "76 years old, a day short of 10 years → asks for jail credit (it could make up the day)",
    source: SRC_AGING,
    asOf: AS_OF,
    facts: { ...aging, birthDate: "1950-01-01", custodyStartDate: "2016-11-24" },
    expected: { status: "incomplete", needs: ["jailCreditDays"] },
  },
  {
    name: "the day before the 65th birthday → asks whether the sentence is life (a life term has no 75 %)",
    source: SRC_AGING,
    asOf: "2026-11-22",
    facts: aging,
    expected: { status: "incomplete", needs: ["lifeSentence"] },
  },
  {
    name: "the day before the 65th birthday, not a life term → asks the term's months and days",
    source: SRC_AGING,
    asOf: "2026-11-22",
    facts: { ...aging, lifeSentence: "no" },
    expected: { status: "incomplete", needs: ["prisonMonths", "prisonExtraDays"] },
  },
  {
    name: "a life term, the day before the 65th birthday → not-yet from the birthday, no term asked, no end of term",
    source: SRC_AGING,
    asOf: "2026-11-22",
    facts: { ...aging, lifeSentence: "yes" },
    expected: { status: "not-yet", availableFrom: "2026-11-23", reasons: ["writeToWardenFirst", { key: "agingUnder65", vars: { date: "2026-11-23" } }] },
  },
  {
    name: "a life term, 65 today but 10 years served only tomorrow → not-yet from tomorrow; only the time served is named",
    source: SRC_AGING,
    asOf: AS_OF,
    facts: { ...aging, lifeSentence: "yes", custodyStartDate: "2016-11-24", jailCreditDays: 0 },
    expected: { status: "not-yet", availableFrom: "2026-11-24", reasons: ["writeToWardenFirst", { key: "agingTimeNotServed", vars: { date: "2026-11-24" } }] },
  },
  {
    name: "a life term, 10 years served today but 65 only tomorrow → not-yet from tomorrow; only the age is named",
    source: SRC_AGING,
    asOf: AS_OF,
    facts: { ...aging, lifeSentence: "yes", birthDate: "1961-11-24", custodyStartDate: "2016-11-23" },
    expected: { status: "not-yet", availableFrom: "2026-11-24", reasons: ["writeToWardenFirst", { key: "agingUnder65", vars: { date: "2026-11-24" } }] },
  },
  {
    name: "aging decline, no birth date → asks for it (age 65 needs it)",
    source: SRC_AGING,
    asOf: AS_OF,
    facts: { ...aging, birthDate: undefined },
    expected: { status: "incomplete", needs: ["birthDate"] },
  },
  {
    name: "no (b) reason, no birth date → asks for it (the age-70 prong needs it)",
    source: SRC_AGE70,
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["none"], wardenRequest: "not-submitted" },
    expected: { status: "incomplete", needs: ["birthDate"] },
  },
  {
    name: "no (b) reason, 70 or older → asks when custody began (30 years served?)",
    source: SRC_AGE70,
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["none"], birthDate: "1950-01-01" },
    expected: { status: "incomplete", needs: ["custodyStartDate"] },
  },
  {
    name: "no (b) reason, 70 and 30 years served → asks about a § 3559(c) sentence",
    source: SRC_AGE70,
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["none"], birthDate: "1950-01-01", custodyStartDate: "1990-01-01" },
    expected: { status: "incomplete", needs: ["sentenced3559c"] },
  },
  {
    name: "no (b) reason, under 70 → unlikely without asking anything more",
    source: SRC_AGE70,
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["none"], birthDate: "1960-01-01" },
    expected: { status: "unlikely", reasons: ["noListedReason", ...NOT_COUNTING] },
  },
  {
    name: "care not provided, the warden's 30 days lapsed → likely under § 1B1.13(b)(1)(C)",
    source: "USSG § 1B1.13(b)(1)(C) [V-off]",
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["care-not-provided"], wardenRequest: "submitted", wardenRequestDate: "2026-06-01" },
    expected: { status: "likely", availableFrom: "2026-07-01", reasons: ["careNotProvided", { key: "exhaustionMet", vars: { date: "2026-07-01" } }, "judgeWeighsFactors"] },
  },
  {
    name: "abuse in custody, serious medical condition, the 30 days lapsed → likely, both reasons named",
    source: "USSG § 1B1.13(b)(1)(B), (b)(4) [V-sec]",
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["abuse-in-custody", "serious-medical-condition"], wardenRequest: "submitted", wardenRequestDate: "2026-06-01" },
    expected: {
      status: "likely", availableFrom: "2026-07-01",
      reasons: ["seriousMedicalCondition", "abuseInCustody", { key: "exhaustionMet", vars: { date: "2026-07-01" } }, "judgeWeighsFactors"],
    },
  },
  {
    name: "request submitted, no date given → asks the day the warden received it",
    source: "18 U.S.C. § 3582(c)(1)(A) [V-stat]",
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["terminal-illness"], wardenRequest: "submitted" },
    expected: { status: "incomplete", needs: ["wardenRequestDate"] },
  },
  {
    name: "released, nothing left to serve → not-applicable: no term of imprisonment to reduce",
    source: "18 U.S.C. § 3582(c)(1)(A); rules/README.md § compassionate-release",
    asOf: AS_OF,
    facts: { ...inPrison, custody: "none" },
    expected: { status: "not-applicable", reasons: ["noPrisonTerm"] },
  },
  {
    name: "on supervised release → not-applicable: supervision is not a term of imprisonment",
    source: "18 U.S.C. § 3582(c)(1)(A); rules/README.md § compassionate-release",
    asOf: AS_OF,
    facts: { ...inPrison, custody: "supervised-release" },
    expected: { status: "not-applicable", reasons: ["onSupervision"] },
  },
];

runThresholdCases(compassionateRelease, cases);
