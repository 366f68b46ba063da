/**
 * Worked cases for a date given as its year only, or as not known (rules/shared/unknown-dates.ts): the
 * path decides only what every day the date could be decides; otherwise it is `possible`, naming the
 * date to find. Each case is run on the registry's rule (rules/index.ts), which applies that mechanism.
 */
import type { Facts } from "@/rules/facts/schema";
import type { PathId } from "@/rules/types";
import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
const MECHANISM = "rules/shared/unknown-dates.ts (issue #11: decide only what every possible day decides)";

const F1 = "28 U.S.C. § 2255(f)(1)";
const S2255 = "28 U.S.C. § 2255";
/** Sentenced in federal court, in prison, no appeal, no earlier § 2255 motion (as tests/unit/rules/2255.cases.ts). */
const noAppeal = { court: "federal", caseStatus: "sentenced", custody: "prison", prior2255: "no", legalError: ["ineffective-lawyer"], appeal: "none" } satisfies Facts;

const PARDON = "28 C.F.R. § 1.2";
/** Sentenced to 48 months, out of prison, supervision ended 2024-05-10 (as tests/unit/rules/pardon.cases.ts). */
const released = { court: "federal", caseStatus: "sentenced", convictionVacated: "no", simplePossession: "no", prisonMonths: 48, custody: "none", supervisionEndDate: "2024-05-10" } satisfies Facts;

const SR = "18 U.S.C. § 3583(e)(1)";
/** On a 36-month term of supervised release, no violations (as tests/unit/rules/early-termination.cases.ts). */
const onSr = { court: "federal", custody: "supervised-release", supervisionMonths: 36, supervisionViolations: "no" } satisfies Facts;

const CR = "18 U.S.C. § 3582(c)(1)(A)";
/** In prison with a terminal illness; the warden got a request (as tests/unit/rules/compassionate-release.cases.ts). */
const terminal = { court: "federal", caseStatus: "sentenced", custody: "prison", crReasons: ["terminal-illness"], wardenRequest: "submitted" } satisfies Facts;

const A3607 = "18 U.S.C. § 3607(a)";
const C3607 = "18 U.S.C. § 3607(c)";
const S3607 = "18 U.S.C. § 3607";
/** First-offense simple possession, found guilty, no priors (as tests/unit/rules/3607.cases.ts). */
const found = { court: "federal", caseStatus: "found-guilty", simplePossession: "yes", disposition3607: "none", priorDrugConviction: "no", prior3607: "no" } satisfies Facts;

export const unknownDateCases: Partial<Record<PathId, WorkedCase[]>> = {
  "2255": [
    {
      name: "judgment in 2020 (year only), no appeal → unlikely on every day of 2020; deadline shown is the earliest, 2021-01-15, from 2020-01-01",
      source: `${MECHANISM}; 28 U.S.C. § 2255(f)(1); Fed. R. App. P. 4(b)(1)(A)`,
      asOf: AS_OF,
      facts: { ...noAppeal, dateYears: { judgmentDate: 2020 } },
      expected: { status: "unlikely", cites: [F1, "Holland v. Florida, 560 U.S. 631 (2010)", "Fed. R. App. P. 4(b)(1)(A)", S2255, S2255], deadline: "2021-01-15" },
    },
    {
      name: "judgment in 2025 (year only) → possible: a judgment before mid-November 2025 is out of time, a later one is not; find the judgment date",
      source: `${MECHANISM}; 28 U.S.C. § 2255(f)(1)`,
      asOf: AS_OF,
      facts: { ...noAppeal, dateYears: { judgmentDate: 2025 } },
      expected: { status: "possible", cites: [S2255, S2255], deadline: undefined },
    },
    {
      name: "judgment in 2026 (year only) → likely on every day up to today; act by the earliest deadline, 2027-01-15",
      source: `${MECHANISM}; 28 U.S.C. § 2255(f)(1)`,
      asOf: AS_OF,
      facts: { ...noAppeal, dateYears: { judgmentDate: 2026 } },
      expected: { status: "likely", deadline: "2027-01-15" },
    },
    {
      name: "judgment date not known → possible, find the judgment date (court docket)",
      source: MECHANISM,
      asOf: AS_OF,
      facts: { ...noAppeal, datesUnknown: ["judgmentDate"] },
      expected: { status: "possible", cites: [S2255, S2255] },
    },
  ],
  pardon: [
    {
      name: "released in 2015 (year only) → likely: five years have passed on every day of 2015; available from the latest, 2020-12-31",
      source: `${MECHANISM}; 28 C.F.R. § 1.2 (five years after release)`,
      asOf: AS_OF,
      facts: { ...released, dateYears: { releaseDate: 2015 } },
      expected: { status: "likely", availableFrom: "2020-12-31" },
    },
    {
      name: "released in 2021 (year only), as of 2026-11-23 → possible: the five years end during 2026",
      source: `${MECHANISM}; 28 C.F.R. § 1.2`,
      asOf: AS_OF,
      facts: { ...released, dateYears: { releaseDate: 2021 } },
      expected: { status: "possible", cites: [PARDON, PARDON] },
    },
    {
      name: "released in 2022 (year only) → not-yet, available from the latest day, 2027-12-31",
      source: `${MECHANISM}; 28 C.F.R. § 1.2`,
      asOf: AS_OF,
      facts: { ...released, dateYears: { releaseDate: 2022 } },
      expected: { status: "not-yet", availableFrom: "2027-12-31" },
    },
    {
      name: "release date not known → possible, find the release date",
      source: MECHANISM,
      asOf: AS_OF,
      facts: { ...released, datesUnknown: ["releaseDate"] },
      expected: { status: "possible", cites: [PARDON, PARDON] },
    },
  ],
  "early-termination": [
    {
      name: "supervised release began in 2024 (year only) → likely: a year has passed on every day; available from the latest, 2026-01-01",
      source: `${MECHANISM}; 18 U.S.C. § 3583(e)(1) (after one year)`,
      asOf: AS_OF,
      facts: { ...onSr, dateYears: { supervisionStartDate: 2024 } },
      expected: { status: "likely", availableFrom: "2026-01-01" },
    },
    {
      name: "began in 2025 (year only) → possible: the one-year mark falls before or after today",
      source: `${MECHANISM}; 18 U.S.C. § 3583(e)(1)`,
      asOf: AS_OF,
      facts: { ...onSr, dateYears: { supervisionStartDate: 2025 } },
      expected: { status: "possible", cites: [SR, SR] },
    },
    {
      name: "began in 2026 (year only) → not-yet, available from the latest day, 2028-01-01",
      source: `${MECHANISM}; 18 U.S.C. § 3583(e)(1)`,
      asOf: AS_OF,
      facts: { ...onSr, dateYears: { supervisionStartDate: 2026 } },
      expected: { status: "not-yet", availableFrom: "2028-01-01" },
    },
  ],
  "compassionate-release": [
    {
      name: "warden got the request in 2025 (year only) → likely: 30 days have passed on every day; available from the latest, 2026-01-30",
      source: `${MECHANISM}; 18 U.S.C. § 3582(c)(1)(A) (30 days from the warden's receipt)`,
      asOf: AS_OF,
      facts: { ...terminal, dateYears: { wardenRequestDate: 2025 } },
      expected: { status: "likely", availableFrom: "2026-01-30" },
    },
    {
      name: "warden got the request in 2026 (year only) → possible: a request in the last 30 days has not run out",
      source: `${MECHANISM}; 18 U.S.C. § 3582(c)(1)(A)`,
      asOf: AS_OF,
      facts: { ...terminal, dateYears: { wardenRequestDate: 2026 } },
      expected: { status: "possible", cites: [CR, CR] },
    },
    {
      name: "date of the request not known → possible, find the date the warden got it",
      source: MECHANISM,
      asOf: AS_OF,
      facts: { ...terminal, datesUnknown: ["wardenRequestDate"] },
      expected: { status: "possible", cites: [CR, CR] },
    },
  ],
  "3607": [
    {
      name: "born 2006-03-01, offense in 2026 (year only) → under 21 on every day: dismissal and expungement, no date to find",
      source: `${MECHANISM}; 18 U.S.C. § 3607(c)`,
      asOf: AS_OF,
      facts: { ...found, birthDate: "2006-03-01", dateYears: { offenseDate: 2026 } },
      expected: { status: "likely", cites: [A3607, C3607], remedies: ["dismissal", "expungement"] },
    },
    {
      name: "born in 2005 (year only), offense 2026-01-10 → 20 or 21 at the offense: likely dismissal; expungement only if under 21, so not promised; find the birth date",
      source: `${MECHANISM}; 18 U.S.C. § 3607(a), (c)`,
      asOf: AS_OF,
      facts: { ...found, offenseDate: "2026-01-10", dateYears: { birthDate: 2005 } },
      expected: { status: "likely", cites: [A3607, C3607, S3607, S3607], remedies: ["dismissal"] },
    },
    {
      name: "born in 2000 (year only), offense 2026-01-10 → 25 or 26: dismissal only, the same on every day",
      source: `${MECHANISM}; 18 U.S.C. § 3607(c)`,
      asOf: AS_OF,
      facts: { ...found, offenseDate: "2026-01-10", dateYears: { birthDate: 2000 } },
      expected: { status: "likely", cites: [A3607, C3607], remedies: ["dismissal"] },
    },
  ],
};
