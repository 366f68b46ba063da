import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
/** A pre-2010 crack case with a changed mandatory minimum, sentenced before the Fair Sentencing Act, in prison. */
const covered = {
  court: "federal",
  caseStatus: "sentenced",
  offenseDate: "2008-05-01",
  crackOffense: "yes",
  crackMandatoryMinimum: "yes",
  custody: "prison",
  judgmentDate: "2009-03-02",
  prior404Motion: "none",
} as const;
const S = (sub: string) => `First Step Act of 2018, Pub. L. 115-391, § 404${sub}, 132 Stat. 5222`;
const TERRY = "Terry v. United States, 593 U.S. 486 (2021)";
const SRC = "Pub. L. 115-391, § 404 [V-case, quoted in United States v. Wirsing, 943 F.3d 175 (4th Cir. 2019)]; rules/README.md § fsa-404";

export const casesFsa404: WorkedCase[] = [
  {
    name: "2008 crack offense under § 841(b)(1)(B), sentenced 2009, in prison, no earlier motion → likely under § 404(b); no court must reduce (§ 404(c))",
    source: `${SRC}; § 404(c) last sentence [V-case, United States v. Lewis (8th Cir. 2020)]`,
    asOf: AS_OF,
    facts: covered,
    expected: { status: "likely", cites: [S("(b)"), S("(c)")] },
  },
  {
    name: "offense committed 2010-08-03, the day FSA 2010 was enacted → unlikely: § 404(a) covers only offenses committed before August 3, 2010",
    source: SRC,
    asOf: AS_OF,
    facts: { ...covered, offenseDate: "2010-08-03", judgmentDate: "2011-02-01" },
    expected: { status: "unlikely", cites: [S("(a)")] },
  },
  {
    name: "offense committed 2010-08-02 but sentenced in 2011, before Dorsey → possible: whether the new thresholds were used shows in the sentencing papers",
    source: `${SRC} H2, H4 (§ 404(c) text UNVERIFIED)`,
    asOf: AS_OF,
    facts: { ...covered, offenseDate: "2010-08-02", judgmentDate: "2011-02-01" },
    expected: { status: "possible", cites: [S("(c)"), S("(c)")] },
  },
  {
    name: "pre-2010 crack offense sentenced in 2013 → possible, naming § 404(c): the new thresholds were most likely used, but only the sentencing record shows it (§ 404(c); Dorsey is not in the research sources)",
    source: `${SRC} (§ 404(c) text UNVERIFIED); rules/README.md § citing [UNVERIFIED not hard-coded]`,
    asOf: AS_OF,
    facts: { ...covered, offenseDate: "2009-06-01", judgmentDate: "2013-05-01" },
    expected: { status: "possible", cites: [S("(c)"), S("(c)")] },
  },
  {
    name: "sentenced in 2013 and an earlier § 404 motion denied on the merits → unlikely (§ 404(c) H5 still decides)",
    source: `${SRC} H5 (UNVERIFIED text, encoded as stated)`,
    asOf: AS_OF,
    facts: { ...covered, offenseDate: "2009-06-01", judgmentDate: "2013-05-01", prior404Motion: "denied-on-merits" },
    expected: { status: "unlikely", cites: [S("(c)")] },
  },
  {
    name: "§ 841(b)(1)(C) crack conviction with no mandatory minimum → unlikely (Terry)",
    source: "Terry v. United States, No. 20-5904 (U.S. June 14, 2021); rules/README.md § fsa-404 [V-case Terry]",
    asOf: AS_OF,
    facts: { ...covered, crackMandatoryMinimum: "no" },
    expected: { status: "unlikely", cites: [TERRY] },
  },
  {
    name: "not sure the crack count carried a mandatory minimum → possible, naming Terry",
    source: "Terry v. United States, No. 20-5904 (U.S. June 14, 2021); rules/README.md § fsa-404; issue #3 (unsure → possible)",
    asOf: AS_OF,
    facts: { ...covered, crackMandatoryMinimum: "unsure" },
    expected: { status: "possible", cites: [TERRY, S("(c)")] },
  },
  {
    name: "powder cocaine only → not applicable: § 404 covers crack offenses",
    source: "rules/README.md § fsa-404",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", crackOffense: "no" },
    expected: { status: "not-applicable", cites: [S("(a)")] },
  },
  {
    name: "not sure it was crack → the mandatory-minimum question is skipped and the result is possible, naming § 404(a)",
    source: "Pub. L. 115-391, § 404(a); rules/README.md § fsa-404; issue #3 (unsure → possible; ask only what can change the outcome)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", crackOffense: "unsure", offenseDate: "2007-01-01", custody: "prison", judgmentDate: "2008-01-01", prior404Motion: "none" },
    expected: { status: "possible", cites: [S("(a)"), S("(c)")] },
  },
  {
    name: "prison term over, supervised release still running → possible (Holloway, 2d Cir.; other circuits unsettled)",
    source: "United States v. Holloway, 956 F.3d 660 (2d Cir. 2020) [V-off]; rules/README.md § fsa-404",
    asOf: AS_OF,
    facts: { ...covered, custody: "supervised-release" },
    expected: { status: "possible", cites: ["United States v. Holloway, 956 F.3d 660 (2d Cir. 2020)", S("(c)")] },
  },
  {
    name: "whole sentence finished → not applicable: a completed term cannot be reduced (Martin)",
    source: "United States v. Holloway, 956 F.3d 660 (2d Cir. 2020); rules/README.md § fsa-404",
    asOf: AS_OF,
    facts: { ...covered, custody: "none" },
    expected: { status: "not-applicable", cites: ["United States v. Martin, 974 F.3d 124 (2d Cir. 2020)"] },
  },
  {
    name: "earlier § 404 motion denied on the merits → unlikely (§ 404(c))",
    source: "Pub. L. 115-391, § 404(c) (UNVERIFIED text, encoded as stated)",
    asOf: AS_OF,
    facts: { ...covered, prior404Motion: "denied-on-merits" },
    expected: { status: "unlikely", cites: [S("(c)")] },
  },
  {
    name: "earlier § 404 motion granted → unlikely: already reduced (§ 404(c))",
    source: "Pub. L. 115-391, § 404(c); rules/README.md § fsa-404",
    asOf: AS_OF,
    facts: { ...covered, prior404Motion: "granted" },
    expected: { status: "unlikely", cites: [S("(c)")] },
  },
  {
    name: "not sure about an earlier § 404 motion → possible, naming § 404(c)",
    source: "Pub. L. 115-391, § 404(c); rules/README.md § fsa-404; issue #3",
    asOf: AS_OF,
    facts: { ...covered, prior404Motion: "unsure" },
    expected: { status: "possible", cites: [S("(c)"), S("(c)")] },
  },
  {
    name: "military conviction → not applicable: § 404 is for the federal court that imposed the sentence",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "military" },
    expected: { status: "not-applicable", cites: [S("(a)")] },
  },
  {
    name: "sentenced federal case, nothing else known → incomplete, needs crackOffense first (before the offense date)",
    source: "issue #3: decide with the most telling fact first",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced" },
    expected: { status: "incomplete", needs: ["crackOffense"] },
  },
  {
    name: "the covered crack case screened as of 2018-12-20, the day before the First Step Act → unlikely: no § 404 motion existed yet (was likely)",
    source: "issue #15 item 5 (no path likely before the law that creates it); Pub. L. 115-391 (approved 2018-12-21)",
    asOf: "2018-12-20",
    facts: covered,
    expected: { status: "unlikely", cites: ["First Step Act of 2018, Pub. L. 115-391, 132 Stat. 5194 (approved Dec. 21, 2018)"] },
  },
  {
    name: "the same case as of 2018-12-21, the day the Act was approved → likely",
    source: `${SRC}; Pub. L. 115-391 (approved 2018-12-21)`,
    asOf: "2018-12-21",
    facts: covered,
    expected: { status: "likely", cites: [S("(b)"), S("(c)")] },
  },
];
