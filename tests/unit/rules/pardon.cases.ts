import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
const RULE = "28 C.F.R. § 1.2";
const CONST = "U.S. Const. art. II, § 2, cl. 1";
const OPA = "U.S. Dep't of Justice, Office of the Pardon Attorney, https://www.justice.gov/pardon";
const P2022 = "Presidential Proclamation of Oct. 6, 2022 (simple possession of marijuana)";
const P2023 = "Presidential Proclamation of Dec. 22, 2023 (simple possession of marijuana)";
/** A sentenced federal case that is not a marijuana possession case. */
const sentenced = { court: "federal", caseStatus: "sentenced", convictionVacated: "no", simplePossession: "no" } as const;
/** Served 48 months, released 2019-05-10; supervised release ended 2022-05-10 (the example of rules/README.md § pardon). */
const briefExample = { ...sentenced, prisonMonths: 48, custody: "none", releaseDate: "2019-05-10", supervisionEndDate: "2022-05-10" } as const;
/** Simple possession of marijuana only. */
const marijuana = { court: "federal", caseStatus: "sentenced", convictionVacated: "no", simplePossession: "yes", marijuanaOnly: "yes" } as const;
const SRC_12 = "28 C.F.R. § 1.2 [V-stat, read in full]; rules/README.md § pardon";
const SRC_MJ = "rules/README.md § pardon (marijuana proclamations) [V-off]";

export const casesPardon: WorkedCase[] = [
  {
    name: "released 2019-05-10, supervised release ended 2022-05-10 → likely, available from 2024-05-10 (five years after release)",
    source: `${SRC_12}; rules/README.md § pardon (worked example)`,
    asOf: AS_OF,
    facts: briefExample,
    expected: { status: "likely", cites: [RULE, CONST, OPA], availableFrom: "2024-05-10" },
  },
  {
    name: "released 2021-11-23, as of 2026-11-23 (the fifth anniversary exactly) → likely from that day",
    source: SRC_12,
    asOf: "2026-11-23",
    facts: { ...briefExample, releaseDate: "2021-11-23", supervisionEndDate: undefined },
    expected: { status: "likely", availableFrom: "2026-11-23" },
  },
  {
    name: "released 2021-11-23, as of 2026-11-22 (one day short) → not-yet, available from 2026-11-23",
    source: SRC_12,
    asOf: "2026-11-22",
    facts: { ...briefExample, releaseDate: "2021-11-23", supervisionEndDate: undefined },
    expected: { status: "not-yet", cites: [RULE, OPA], availableFrom: "2026-11-23" },
  },
  {
    name: "no prison sentence (probation finished), convicted 2022-03-01 → not-yet: five years run from the conviction, to 2027-03-01",
    source: `${SRC_12}; 28 C.F.R. § 1.2 (conviction date when there was no prison)`,
    asOf: AS_OF,
    facts: { ...sentenced, prisonMonths: 0, prisonExtraDays: 0, custody: "none", judgmentDate: "2022-03-01" },
    expected: { status: "not-yet", cites: [RULE, OPA], availableFrom: "2027-03-01" },
  },
  {
    name: "still in prison → unlikely: no release date to count five years from; commutation is the clemency route",
    source: "issue #3 decision; 28 C.F.R. § 1.2; rules/README.md § pardon",
    asOf: AS_OF,
    facts: { ...sentenced, custody: "prison" },
    expected: { status: "unlikely", cites: [RULE] },
  },
  {
    name: "on supervised release since release on 2024-01-10, 36 months → not-yet from 2029-01-10 (five years after release, supervision over by 2027-01-10)",
    source: SRC_12,
    asOf: AS_OF,
    facts: { ...sentenced, custody: "supervised-release", releaseDate: "2024-01-10", supervisionStartDate: "2024-01-10", supervisionMonths: 36 },
    expected: { status: "not-yet", cites: [RULE, RULE, OPA], availableFrom: "2029-01-10" },
  },
  {
    name: "on probation since conviction 2019-01-02, 96 months → not-yet from 2027-01-02, when probation is expected to end (the wait ended 2024-01-02)",
    source: `${SRC_12} ('Generally, no petition … on probation')`,
    asOf: AS_OF,
    facts: { ...sentenced, custody: "probation", supervisionStartDate: "2019-01-02", supervisionMonths: 96, judgmentDate: "2019-01-02" },
    expected: { status: "not-yet", cites: [RULE, RULE, OPA], availableFrom: "2027-01-02" },
  },
  {
    name: "still on supervised release after its expected end → unlikely for now: no date can be computed",
    source: "issue #3 decision; 28 C.F.R. § 1.2",
    asOf: AS_OF,
    facts: { ...sentenced, custody: "supervised-release", releaseDate: "2018-01-10", supervisionStartDate: "2018-01-10", supervisionMonths: 36 },
    expected: { status: "unlikely", cites: [RULE] },
  },
  {
    name: "state conviction → not applicable: the President pardons only offenses against the United States",
    source: "U.S. Const. art. II, § 2, cl. 1; rules/README.md § court, P1; rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "state" },
    expected: { status: "not-applicable", cites: [CONST] },
  },
  {
    name: "D.C. Superior Court (D.C. Code) conviction, released 2015 → clemency still applies: likely",
    source: "U.S. Const. art. II, § 2, cl. 1 (D.C. Code convictions are pardonable); rules/README.md § court",
    asOf: AS_OF,
    facts: { ...briefExample, court: "dc-superior", releaseDate: "2015-02-01" },
    expected: { status: "likely", cites: [RULE, CONST, CONST, OPA], availableFrom: "2020-02-01" },
  },
  {
    name: "court-martial conviction, released 2015 → clemency still applies: likely, through the military department (28 C.F.R. § 1.1)",
    source: "28 C.F.R. § 1.1 [V-off]; rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "military", caseStatus: "sentenced", convictionVacated: "no", prisonMonths: 24, custody: "none", releaseDate: "2015-02-01" },
    expected: { status: "likely", cites: [RULE, CONST, "28 C.F.R. § 1.1", OPA], availableFrom: "2020-02-01" },
  },
  {
    name: "not sure which court → possible: clemency reaches federal, D.C. and military cases but not state ones",
    source: "U.S. Const. art. II, § 2, cl. 1; rules/README.md § court; issue #3 (unsure → possible)",
    asOf: AS_OF,
    facts: { court: "unsure" },
    expected: { status: "possible", cites: [CONST] },
  },
  {
    name: "marijuana simple possession on 2023-12-22, a citizen → likely: already pardoned by the 2023-12-22 proclamation; ask for a certificate",
    source: SRC_MJ,
    asOf: AS_OF,
    facts: { ...marijuana, offenseDate: "2023-12-22", citizenship: "citizen" },
    expected: { status: "likely", cites: [P2023, P2023, OPA, OPA] },
  },
  {
    name: "marijuana simple possession on 2023-12-23, after both proclamations → the ordinary rule: no prison, convicted 2024-06-03, not-yet until 2029-06-03",
    source: `${SRC_MJ}; ${SRC_12}`,
    asOf: AS_OF,
    facts: { ...marijuana, offenseDate: "2023-12-23", citizenship: "citizen", custody: "none", prisonMonths: 0, prisonExtraDays: 0, judgmentDate: "2024-06-03" },
    expected: { status: "not-yet", cites: [RULE, OPA], availableFrom: "2029-06-03" },
  },
  {
    name: "marijuana simple possession on 2022-10-06, a permanent resident, still in prison → likely: already pardoned by the 2022-10-06 proclamation",
    source: SRC_MJ,
    asOf: AS_OF,
    facts: { ...marijuana, offenseDate: "2022-10-06", citizenship: "permanent-resident", custody: "prison" },
    expected: { status: "likely", cites: [P2022, P2023, OPA, OPA] },
  },
  {
    name: "marijuana simple possession in 2020, neither citizen nor permanent resident now, still in prison → possible: status on the proclamation date decides",
    source: `${SRC_MJ} (citizen or LPR on the proclamation date; lawfully present at the offense)`,
    asOf: AS_OF,
    facts: { ...marijuana, offenseDate: "2020-07-01", citizenship: "other", custody: "prison" },
    expected: { status: "possible", cites: [P2023, RULE, OPA] },
  },
  {
    name: "still only charged with marijuana possession committed in 2021, a citizen → likely: the proclamations cover charged offenses too",
    source: `${SRC_MJ} ('charged/convicted on or before the date')`,
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "charged", simplePossession: "yes", marijuanaOnly: "yes", offenseDate: "2021-04-04", citizenship: "citizen" },
    expected: { status: "likely", cites: [P2022, P2023, OPA, OPA] },
  },
  {
    name: "conviction already vacated → not applicable: nothing left to pardon",
    source: "rules/README.md § pardon (a pardon is for a conviction)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", convictionVacated: "yes" },
    expected: { status: "not-applicable", cites: [CONST] },
  },
  {
    name: "sentenced federal case, simple possession not yet answered → incomplete, needs simplePossession (the proclamations come first)",
    source: "rules/README.md § statuses (incomplete); rules/README.md § pardon (marijuana proclamations)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", convictionVacated: "no" },
    expected: { status: "incomplete", needs: ["simplePossession"] },
  },
  {
    name: "released 2019-05-10, not sure whether the conviction was vacated → possible, naming it: a vacated conviction leaves nothing to pardon (was likely)",
    source: "issue #15 item 5; contract § 2 (an unsure answer that decides the outcome gives possible); U.S. Const. art. II, § 2, cl. 1",
    asOf: AS_OF,
    facts: { ...briefExample, convictionVacated: "unsure" },
    expected: { status: "possible", cites: [CONST, RULE, CONST, OPA], availableFrom: "2024-05-10" },
  },
  {
    name: "marijuana possession covered by the 2022 proclamation, not sure how the case ended, custody not given → possible: an acquittal or no charge leaves nothing to pardon (was likely)",
    source: "issue #15 item 5; contract § 2; rules/README.md § pardon (marijuana proclamations) [V-off]",
    asOf: AS_OF,
    facts: { ...marijuana, caseStatus: "unsure", convictionVacated: "no", offenseDate: "2021-03-01", citizenship: "citizen" },
    expected: { status: "possible", cites: [CONST, P2022, P2023, OPA, OPA] },
  },
  {
    name: "same case, in prison: a custody answer implies a sentence, so the unsure case status does not matter → likely",
    source: "issue #15 item 5 (where another answer already implies the fact, keep it); rules/README.md § pardon [V-off]",
    asOf: AS_OF,
    facts: { ...marijuana, caseStatus: "unsure", convictionVacated: "no", offenseDate: "2021-03-01", citizenship: "citizen", custody: "prison" },
    expected: { status: "likely", cites: [P2022, P2023, OPA, OPA] },
  },
  {
    name: "on supervised release for 99,999 months → not-yet with a four-digit date: a supervision end past the calendar stays on 9999-12-31 (was 10359-03-01)",
    source: "issue #15 item 4 (no computed date outside YYYY-MM-DD); rules/calendar/dates.ts; 28 C.F.R. § 1.2",
    asOf: AS_OF,
    facts: { ...sentenced, custody: "supervised-release", releaseDate: "2026-03-01", supervisionStartDate: "2026-03-01", supervisionMonths: 99_999 },
    expected: { status: "not-yet", availableFrom: "9999-12-31" },
  },
];
