import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
/** In prison on a sentence imposed before Amendment 821 took effect (2023-11-01). */
const before821 = { court: "federal", caseStatus: "sentenced", custody: "prison", judgmentDate: "2019-04-15", lifeSentence: "no" } as const;
const CR2 = "18 U.S.C. § 3582(c)(2)";
const D = "USSG § 1B1.10(d)";
/** Part A met: 8 points with status points fall from category IV to III. */
const partAMet = { ...before821, statusPoints: "yes", criminalHistoryPoints: 8 } as const;
const SRC_LIFE = "issue #18 item 6; 18 U.S.C. § 3582(c)(2) ('based on a sentencing range that has subsequently been lowered') [V-stat]";
const PART_A = "USSG App. C, amend. 821 (Part A)";
const PART_B1 = "USSG App. C, amend. 821 (Part B, subpart 1)";
const LOWERS = "USSG § 1B1.10(a)(2)(B)";
const SRC_A = "Amendment 821, Part A (USSG § 4A1.1(e)); rules/README.md § retroactive-amendment [V-off]; Sentencing Table, USSG ch. 5, pt. A";
const SRC_B = "Amendment 821, Part B, subpart 1 (USSG § 4C1.1); rules/README.md § retroactive-amendment [V-off; § 4C1.1 criteria V-sec]";

export const casesRetroactiveAmendment: WorkedCase[] = [
  {
    name: "8 points with 2 status points → 6 without them, status points drop to 0: category IV → III → possible under Part A (E-A4 'possibly eligible'; range, amended minimum and mandatory minimum need the record, E3–E5)",
    source: `${SRC_A}; USSG § 1B1.10(a)(2)(B), (b)(2); rules/README.md § retroactive-amendment`,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "yes", criminalHistoryPoints: 8 },
    expected: { status: "possible", cites: [PART_A, LOWERS] },
  },
  {
    name: "3 points with status points → 1: category II → I → possible under Part A, never likely (rules/README.md § retroactive-amendment)",
    source: `${SRC_A}; USSG § 1B1.10(a)(2)(B), (b)(2); rules/README.md § retroactive-amendment`,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "yes", criminalHistoryPoints: 3 },
    expected: { status: "possible", cites: [PART_A, LOWERS] },
  },
  {
    name: "9 points with status points → 7 without them, so 1 status point stays: 8 is still category IV → unlikely, the range is not lowered (§ 1B1.10(a)(2)(B))",
    source: `${SRC_A}; USSG § 1B1.10(a)(2)(B) [V-off]`,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "yes", criminalHistoryPoints: 9 },
    expected: { status: "unlikely", cites: [LOWERS] },
  },
  {
    name: "12 points with status points → 11: still category V → unlikely",
    source: SRC_A,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "yes", criminalHistoryPoints: 12 },
    expected: { status: "unlikely", cites: [LOWERS] },
  },
  {
    name: "15 points with status points → 14: 13 or more stays category VI → unlikely",
    source: SRC_A,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "yes", criminalHistoryPoints: 15 },
    expected: { status: "unlikely", cites: [LOWERS] },
  },
  {
    name: "zero criminal history points and no § 4C1.1 exclusion → possible under Part B, subpart 1: the range, the amended minimum and any mandatory minimum need the record (USSG § 1B1.10(a)(2)(B), (b)(2); rules/README.md § retroactive-amendment)",
    source: `${SRC_B}; USSG § 1B1.10(a)(2)(B), (b)(2); rules/README.md § retroactive-amendment`,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "no", criminalHistoryPoints: 0, zeroPointExclusion: "no" },
    expected: { status: "possible", cites: [PART_B1, LOWERS] },
  },
  {
    name: "zero points but a § 4C1.1 exclusion (e.g. a firearm) → unlikely",
    source: SRC_B,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "no", criminalHistoryPoints: 0, zeroPointExclusion: "yes" },
    expected: { status: "unlikely", cites: ["USSG § 4C1.1(a)"] },
  },
  {
    name: "zero points, not sure about the exclusions → possible, naming § 4C1.1(a)",
    source: `${SRC_B}; issue #3 (unsure → possible)`,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "unsure", criminalHistoryPoints: 0, zeroPointExclusion: "unsure" },
    expected: { status: "possible", cites: ["USSG § 4C1.1(a)", LOWERS] },
  },
  {
    name: "no status points and 4 points → unlikely: neither live § 1B1.10(d) amendment applies",
    source: "rules/README.md § retroactive-amendment (821 Parts A and B subpart 1 are the live amendments)",
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "no", criminalHistoryPoints: 4 },
    expected: { status: "unlikely", cites: ["USSG § 1B1.10(d)"] },
  },
  {
    name: "not sure about status points, 5 points → possible, naming § 4A1.1(e)",
    source: `${SRC_A}; issue #3 (unsure → possible)`,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "unsure", criminalHistoryPoints: 5 },
    expected: { status: "possible", cites: ["USSG § 4A1.1(e)", LOWERS] },
  },
  {
    name: "status points but a total under 2 cannot be right → possible: the presentence report settles it",
    source: "Amendment 821, Part A: old USSG § 4A1.1(d) added 2 points",
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "yes", criminalHistoryPoints: 1 },
    expected: { status: "possible", cites: ["USSG § 4A1.1(e)", LOWERS] },
  },
  {
    name: "judgment entered 2023-11-01, the day Amendment 821 took effect → not applicable: the amended guidelines already applied",
    source: "Amendment 821 (effective 2023-11-01); rules/README.md § retroactive-amendment",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2023-11-01" },
    expected: { status: "not-applicable", cites: ["USSG App. C, amend. 821"] },
  },
  {
    name: "judgment entered 2023-10-31 → still before Amendment 821: zero-point case is possible (USSG § 1B1.10(a)(2)(B), (b)(2); rules/README.md § retroactive-amendment)",
    source: SRC_B,
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2023-10-31", statusPoints: "no", criminalHistoryPoints: 0, zeroPointExclusion: "no" },
    expected: { status: "possible", cites: [PART_B1, LOWERS] },
  },
  {
    name: "as of 2024-01-15, a zero-point case → possible, naming § 1B1.10(e)(2) (no order before 2024-02-01); not not-yet, since E3–E5 may never be met",
    source: "USSG § 1B1.10(e)(2) [V-off]; USSG § 1B1.10(a)(2)(B), (b)(2); rules/README.md § retroactive-amendment",
    asOf: "2024-01-15",
    facts: { ...before821, statusPoints: "no", criminalHistoryPoints: 0, zeroPointExclusion: "no" },
    expected: { status: "possible", cites: [PART_B1, LOWERS, "USSG § 1B1.10(e)(2)"], availableFrom: undefined },
  },
  {
    name: "7 points with status points → 5 without: category IV → III → possible, not likely: even a lower category needs a lawyer's check of E3–E5",
    source: `${SRC_A}; Amendment 821, Part A; rules/README.md § retroactive-amendment (a lower category → possible)`,
    asOf: AS_OF,
    facts: { ...before821, statusPoints: "yes", criminalHistoryPoints: 7 },
    expected: { status: "possible", cites: [PART_A, LOWERS] },
  },
  {
    name: "on supervised release → not applicable: § 1B1.10(a)(1) needs a term of imprisonment being served",
    source: "USSG § 1B1.10(a)(1); rules/README.md § retroactive-amendment [V-off]",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "supervised-release" },
    expected: { status: "not-applicable", cites: ["USSG § 1B1.10(a)(1)"] },
  },
  {
    name: "sentenced 2013-06-10, no status points and 4 points → possible, not unlikely: Amendment 782 (2014) or 750 (2011) may lower the range if never used (USSG § 1B1.10(d); Amendment 821; rules/README.md § retroactive-amendment 'a person still serving an eligible sentence can still move')",
    source: "USSG § 1B1.10(d); rules/README.md § retroactive-amendment",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2013-06-10", statusPoints: "no", criminalHistoryPoints: 4, drugOffense: "yes" },
    expected: { status: "possible", cites: ["USSG § 1B1.10(d)", "USSG § 1B1.10(d)", LOWERS] },
  },
  {
    name: "sentenced 2014-10-31, status points that do not change the category → possible: the older amendments are named",
    source: "USSG § 1B1.10(d); rules/README.md § retroactive-amendment; Sentencing Table",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2014-10-31", statusPoints: "yes", criminalHistoryPoints: 9, drugOffense: "yes" },
    expected: { status: "possible", cites: [LOWERS, "USSG § 1B1.10(d)", LOWERS] },
  },
  {
    name: "sentenced 2014-11-01, the day Amendment 782 took effect, nothing from 821 → unlikely: 782 already applied at sentencing",
    source: "USSG § 1B1.10(d); Amendment 821; rules/README.md § retroactive-amendment",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2014-11-01", statusPoints: "no", criminalHistoryPoints: 4 },
    expected: { status: "unlikely", cites: ["USSG § 1B1.10(d)"] },
  },
  {
    name: "state conviction → not applicable",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "state" },
    expected: { status: "not-applicable", cites: ["18 U.S.C. § 3582(c)(2)"] },
  },
  {
    name: "in prison, sentenced 2019, nothing else known → incomplete, needs statusPoints",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: before821,
    expected: { status: "incomplete", needs: ["statusPoints"] },
  },
  {
    name: "sentenced 2013-06-10 for a crime that was not a drug crime, Amendment 821 not helping → unlikely: Amendments 782 and 750 lower only drug ranges",
    source: "issue #18 item 6; USSG § 1B1.10(d) (782: § 2D1.1 drug quantity table; 750: crack) [V-off]",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2013-06-10", statusPoints: "no", criminalHistoryPoints: 4, drugOffense: "no" },
    expected: { status: "unlikely", cites: [D, D] },
  },
  {
    name: "sentenced 2013-06-10, not sure it was a drug crime → possible, naming the judgment as what settles it",
    source: "issue #18 item 6; rules/README.md §§ statuses, results (unsure → possible); USSG § 1B1.10(d) [V-off]",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2013-06-10", statusPoints: "no", criminalHistoryPoints: 4, drugOffense: "unsure" },
    expected: { status: "possible", cites: [D, D, D, LOWERS] },
  },
  {
    name: "sentenced 2013-06-10, the kind of crime not yet given → ask whether it was a drug crime (it decides 782)",
    source: "issue #18 item 6 (asked only where it can change the outcome)",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2013-06-10", statusPoints: "no", criminalHistoryPoints: 4 },
    expected: { status: "incomplete", needs: ["drugOffense"] },
  },
  {
    name: "a crack sentence imposed 2010-06-01 → possible under Amendments 782 and 750; a crack case is a drug case, so drugOffense is not asked",
    source: "issue #18 item 6; USSG § 1B1.10(d); USSG App. C, amend. 750 (eff. 2011-11-01, 76 Fed. Reg. 41332) [V-off]",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2010-06-01", statusPoints: "no", criminalHistoryPoints: 4, crackOffense: "yes" },
    expected: { status: "possible", cites: [D, D, "USSG App. C, amend. 750", LOWERS] },
  },
  {
    name: "a crack sentence imposed 2012-06-01 (after Amendment 750) → possible under 782 only",
    source: "issue #18 item 6; USSG § 1B1.10(d) [V-off]",
    asOf: AS_OF,
    facts: { ...before821, judgmentDate: "2012-06-01", statusPoints: "no", criminalHistoryPoints: 4, crackOffense: "yes" },
    expected: { status: "possible", cites: [D, D, LOWERS] },
  },
  {
    name: "life under § 3559(c) ('three strikes'), status points that would drop the category → unlikely: the term does not rest on a guideline range",
    source: SRC_LIFE,
    asOf: AS_OF,
    facts: { ...partAMet, lifeSentence: "yes", sentenced3559c: "yes" },
    expected: { status: "unlikely", cites: [CR2] },
  },
  {
    name: "another statutory mandatory life term → unlikely under § 3582(c)(2)",
    source: SRC_LIFE,
    asOf: AS_OF,
    facts: { ...partAMet, lifeSentence: "yes", sentenced3559c: "no", mandatoryLife: "yes" },
    expected: { status: "unlikely", cites: [CR2] },
  },
  {
    name: "a life term, not sure the law required it → possible, naming the doubt",
    source: `${SRC_LIFE}; rules/README.md §§ statuses, results (unsure → possible)`,
    asOf: AS_OF,
    facts: { ...partAMet, lifeSentence: "yes", sentenced3559c: "no", mandatoryLife: "unsure" },
    expected: { status: "possible", cites: [PART_A, CR2, LOWERS] },
  },
  {
    name: "a guideline life term (not required by law) → possible under Part A like any other term",
    source: `${SRC_A}; ${SRC_LIFE}`,
    asOf: AS_OF,
    facts: { ...partAMet, lifeSentence: "yes", sentenced3559c: "no", mandatoryLife: "no" },
    expected: { status: "possible", cites: [PART_A, LOWERS] },
  },
  {
    name: "a life term, § 3559(c) not yet given → asked before any reduction is offered",
    source: SRC_LIFE,
    asOf: AS_OF,
    facts: { ...partAMet, lifeSentence: "yes" },
    expected: { status: "incomplete", needs: ["sentenced3559c"] },
  },
];
