/**
 * First Step Act § 404: the offense "committed before August 3, 2010" and the judgment dates around the
 * Fair Sentencing Act's enactment (2010-08-03) and Dorsey (2012-06-21), each on the day before, the day,
 * and the day after.
 */
import { fsa404 } from "@/rules/fsa-404";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const SRC_A = "First Step Act § 404(a): a covered offense \"committed before August 3, 2010\" [V-stat]; rules/README.md § fsa-404";
const SRC_C = "First Step Act § 404(c) (sentence imposed under FSA 2010) [UNVERIFIED]; Dorsey v. United States, 567 U.S. 260 (2012) [UNVERIFIED]; Pub. L. 115-391, § 404(c); rules/README.md § fsa-404";

/** Crack offense with a changed mandatory minimum, in prison, sentenced 2009-03-01, no earlier motion. */
const crack = {
  court: "federal", caseStatus: "sentenced", crackOffense: "yes", crackMandatoryMinimum: "yes", custody: "prison",
  offenseDate: "2008-06-01", judgmentDate: "2009-03-01", prior404Motion: "none",
} as const;
const open = ["mayAskForReduction", "noRequirementToReduce"];

const judged = (judgmentDate: string, name: string, reasons: string[]): ThresholdCase => ({
  name,
  source: SRC_C,
  asOf: "2026-11-23",
  facts: { ...crack, offenseDate: "2009-06-01", judgmentDate },
  expected: reasons.length === 0 ? { status: "likely", reasons: open } : { status: "possible", reasons: [...reasons, "noRequirementToReduce"] },
});

const cases: ThresholdCase[] = [
  {
    name: "offense on 2010-08-02, the last day before FSA 2010, sentenced that day → likely, a covered offense",
    source: SRC_A,
    asOf: "2026-11-23",
    facts: { ...crack, offenseDate: "2010-08-02", judgmentDate: "2010-08-02" },
    expected: { status: "likely", reasons: open },
  },
  ...["2010-08-03", "2010-08-04"].map((offenseDate): ThresholdCase => ({
    name: `offense on ${offenseDate}, ${offenseDate === "2010-08-03" ? "the day FSA 2010 was enacted" : "the day after"} → unlikely: not committed before August 3, 2010`,
    source: SRC_A,
    asOf: "2026-11-23",
    facts: { ...crack, offenseDate, judgmentDate: "2011-03-01" },
    expected: { status: "unlikely", reasons: ["offenseOnOrAfterAugust2010"] },
  })),
  judged("2010-08-02", "sentenced 2010-08-02, the day before FSA 2010 → likely: the old thresholds applied", []),
  judged("2010-08-03", "sentenced 2010-08-03, the day FSA 2010 took effect → possible: the record shows which thresholds were used", ["sentencedDuringTransition"]),
  judged("2010-08-04", "sentenced the day after FSA 2010 → possible, in the transition", ["sentencedDuringTransition"]),
  judged("2012-06-20", "sentenced the day before Dorsey → possible, still in the transition", ["sentencedDuringTransition"]),
  judged("2012-06-21", "sentenced the day Dorsey was decided → possible: likely under FSA 2010's thresholds", ["sentencedUnderFsa2010"]),
  judged("2012-06-22", "sentenced the day after Dorsey → possible, under FSA 2010's thresholds", ["sentencedUnderFsa2010"]),
];

runThresholdCases(fsa404, cases);
