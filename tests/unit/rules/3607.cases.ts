import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
/** A first-offense simple-possession case, found guilty, judgment not yet entered, no priors. */
const found = {
  court: "federal",
  caseStatus: "found-guilty",
  simplePossession: "yes",
  disposition3607: "none",
  priorDrugConviction: "no",
  prior3607: "no",
  birthDate: "2006-03-01",
  offenseDate: "2026-01-10",
} as const;
const SRC_A = "18 U.S.C. § 3607(a) [V-stat]; rules/README.md § 3607";
const SRC_C = "18 U.S.C. § 3607(c) [V-stat]; rules/README.md § 3607";

export const cases3607: WorkedCase[] = [
  {
    name: "first-time § 844 possession at 19, found guilty, no priors → likely: dismissal under § 3607(a) and expungement under § 3607(c)",
    source: `${SRC_A}; ${SRC_C}`,
    asOf: AS_OF,
    facts: found,
    expected: { status: "likely", cites: ["18 U.S.C. § 3607(a)", "18 U.S.C. § 3607(c)"], remedies: ["dismissal", "expungement"] },
  },
  {
    name: "exactly 21 on the day of the offense → dismissal only; § 3607(c) needs under 21",
    source: SRC_C,
    asOf: AS_OF,
    facts: { ...found, birthDate: "2005-01-10", offenseDate: "2026-01-10" },
    expected: { status: "likely", cites: ["18 U.S.C. § 3607(a)", "18 U.S.C. § 3607(c)"], remedies: ["dismissal"] },
  },
  {
    name: "one day short of 21 at the offense → expungement order still available under § 3607(c)",
    source: SRC_C,
    asOf: AS_OF,
    facts: { ...found, birthDate: "2005-01-11", offenseDate: "2026-01-10" },
    expected: { status: "likely", remedies: ["dismissal", "expungement"] },
  },
  {
    name: "simple possession, judgment of conviction already entered → unlikely: § 3607(a) works only without entering a judgment",
    source: "18 U.S.C. § 3607(a); rules/README.md § 3607 [V-stat]",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", simplePossession: "yes" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3607(a)"] },
  },
  {
    name: "not sure it was simple possession, judgment already entered → unlikely: either way no judgment may have been entered",
    source: "18 U.S.C. § 3607(a) [V-stat]; rules/README.md §§ statuses, results (unlikely: a criterion the facts fail)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", simplePossession: "unsure" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3607(a)"] },
  },
  {
    name: "a sentenced fraud or trafficking case (not simple possession) → not-applicable: § 3607 covers only 21 U.S.C. § 844 possession",
    source: "issue #18 item 9; rules/README.md §§ statuses, results (not-applicable: the path does not fit the case); 18 U.S.C. § 3607(a) [V-stat]",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", simplePossession: "no" },
    expected: { status: "not-applicable", cites: ["18 U.S.C. § 3607(a)"] },
  },
  {
    name: "sentenced, the kind of offense not yet given → ask whether it was simple possession before any outcome",
    source: "issue #18 item 9 (the fit of the case is decided first)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced" },
    expected: { status: "incomplete", needs: ["simplePossession"] },
  },
  {
    name: "earlier state drug conviction → unlikely under § 3607(a)(1)",
    source: "18 U.S.C. § 3607(a)(1); rules/README.md § 3607 [V-stat]",
    asOf: AS_OF,
    facts: { ...found, priorDrugConviction: "yes" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3607(a)(1)"] },
  },
  {
    name: "earlier § 3607 disposition in another case → unlikely under § 3607(a)(2)",
    source: "18 U.S.C. § 3607(a)(2); rules/README.md § 3607 [V-stat]",
    asOf: AS_OF,
    facts: { ...found, prior3607: "yes" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3607(a)(2)"] },
  },
  {
    name: "not sure about an earlier drug conviction → possible, naming § 3607(a)(1)",
    source: "issue #3: unsure on a decisive fact → possible",
    asOf: AS_OF,
    facts: { ...found, priorDrugConviction: "unsure" },
    expected: { status: "possible", cites: ["18 U.S.C. § 3607(a)(1)"] },
  },
  {
    name: "not sure the charge is simple possession → possible",
    source: "18 U.S.C. § 3607(a); rules/README.md § 3607; issue #3",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "found-guilty", simplePossession: "unsure" },
    expected: { status: "possible", cites: ["18 U.S.C. § 3607(a)"] },
  },
  {
    name: "possession with intent to distribute (not § 844) → not applicable",
    source: "18 U.S.C. § 3607(a); rules/README.md § 3607 [V-stat]",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "found-guilty", simplePossession: "no" },
    expected: { status: "not-applicable", cites: ["18 U.S.C. § 3607(a)"] },
  },
  {
    name: "§ 3607 probation completed and dismissed, under 21 at the offense → likely: apply for the § 3607(c) order",
    source: SRC_C,
    asOf: AS_OF,
    facts: { ...found, caseStatus: "dismissed", disposition3607: "completed", birthDate: "2004-05-05", offenseDate: "2024-06-01" },
    expected: { status: "likely", cites: ["18 U.S.C. § 3607(c)"], remedies: ["expungement"] },
  },
  {
    name: "§ 3607 probation completed at 30 → unlikely: already dismissed, no § 3607(c) order, nonpublic record kept",
    source: "issue #3 decision; 18 U.S.C. § 3607(b) [V-stat]",
    asOf: AS_OF,
    facts: { ...found, caseStatus: "dismissed", disposition3607: "completed", birthDate: "1994-05-05", offenseDate: "2024-06-01" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3607(c)", "18 U.S.C. § 3607(b)"] },
  },
  {
    name: "on § 3607 probation now, 20 at the offense → likely: dismissal at the end, then the expungement order",
    source: `${SRC_A}; ${SRC_C}`,
    asOf: AS_OF,
    facts: { ...found, disposition3607: "on-probation", birthDate: "2005-06-01", offenseDate: "2025-12-01" },
    expected: { status: "likely", remedies: ["dismissal", "expungement"] },
  },
  {
    name: "still charged, not yet found guilty, simple possession → possible: it can be asked for once found guilty",
    source: "issue #3 decision; 18 U.S.C. § 3607(a); rules/README.md § 3607",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "charged", simplePossession: "yes" },
    expected: { status: "possible", cites: ["18 U.S.C. § 3607(a)"] },
  },
  {
    name: "acquitted → not applicable: nothing to dispose of",
    source: "18 U.S.C. § 3607(a); rules/README.md § 3607",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "acquitted" },
    expected: { status: "not-applicable" },
  },
  {
    name: "state court case → not applicable: § 3607 is a federal-court disposition",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "state" },
    expected: { status: "not-applicable" },
  },
  {
    name: "found guilty but nothing more known → incomplete, needs simplePossession",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "found-guilty" },
    expected: { status: "incomplete", needs: ["simplePossession"] },
  },
  {
    name: "found guilty, not sure a § 3607 disposition was asked for, an earlier drug conviction → unlikely under § 3607(a)(1), as for one who has not asked yet",
    source: "issue #18 item 2 (a step not yet taken is never better answered 'not sure'); 18 U.S.C. § 3607(a)(1) [V-stat]",
    asOf: AS_OF,
    facts: { ...found, disposition3607: "unsure", priorDrugConviction: "yes" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3607(a)(1)"] },
  },
];
