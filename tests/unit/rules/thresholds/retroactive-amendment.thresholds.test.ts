/**
 * Retroactive guideline amendments (18 U.S.C. § 3582(c)(2), USSG § 1B1.10): the dates that decide which
 * amendment can reach a sentence — Amendment 821 in force 2023-11-01 and no order before 2024-02-01,
 * Amendment 782 (2014-11-01), Amendment 750 (2011-11-01) — each on the day before, the day, and the day
 * after; and Part A's arithmetic at the edges of the criminal-history categories.
 */
import { retroactiveAmendment } from "@/rules/retroactive-amendment";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const SRC_821 = "USSG App. C, amend. 821 (effective 2023-11-01) [V-off]; Amendment 821 (effective 2023-11-01); rules/README.md § retroactive-amendment";
const SRC_ORDERS = "USSG § 1B1.10(e)(2): no order under Amendment 821 takes effect before 2024-02-01 [V-off]";
const SRC_782 = "USSG App. C, amend. 782 (effective 2014-11-01); § 1B1.10(d) [V-off]; issue #18 item 6";
const SRC_750 = "USSG App. C, amend. 750 (effective 2011-11-01; retroactive by amend. 759) [V-off]";
const SRC_A = "USSG § 4A1.1(e) as amended by amend. 821 Part A; Sentencing Table ch. 5 pt. A [V-off]; rules/README.md § retroactive-amendment";

/** In prison, no status points, 3 criminal-history points, a drug offense, no life term. */
const base = {
  court: "federal", caseStatus: "sentenced", custody: "prison", judgmentDate: "2020-01-01", statusPoints: "no",
  criminalHistoryPoints: 3, crackOffense: "no", drugOffense: "yes", lifeSentence: "no",
} as const;
/** Zero points, no § 4C1.1 exclusion: Part B is met. */
const zeroPoint = { ...base, criminalHistoryPoints: 0, zeroPointExclusion: "no" } as const;
const AS_OF = "2026-11-23";

const judged = (judgmentDate: string, name: string, source: string, expected: ThresholdCase["expected"], facts: object = base): ThresholdCase => ({
  name, source, asOf: AS_OF, facts: { ...facts, judgmentDate }, expected,
});
const older = (crack: boolean) => ({
  status: "possible" as const,
  reasons: ["noLiveAmendmentApplies", "olderAmendmentMayApply", ...(crack ? ["crackAmendmentMayApply"] : []), "rangeMustBeLowered"],
});
const partA = (points: number, newPoints: number, oldCategory: string, newCategory: string): ThresholdCase => ({
  name: `${points} points with 2 status points → ${newPoints} under § 4A1.1(e): category ${oldCategory} → ${newCategory}`,
  source: SRC_A,
  asOf: AS_OF,
  facts: { ...base, statusPoints: "yes", criminalHistoryPoints: points },
  expected:
    oldCategory === newCategory
      ? { status: "unlikely", reasons: [{ key: "statusPointsNoCategoryChange", vars: { oldPoints: points, newPoints, oldCategory, newCategory } }] }
      : { status: "possible", reasons: [{ key: "statusPointsCategoryDrops", vars: { oldPoints: points, newPoints, oldCategory, newCategory } }, "rangeMustBeLowered"] },
});

const cases: ThresholdCase[] = [
  judged("2023-10-31", "zero points, sentenced 2023-10-31, the day before Amendment 821 → possible under Part B", SRC_821, { status: "possible", reasons: ["zeroPointMet", "rangeMustBeLowered"] }, zeroPoint),
  judged("2023-11-01", "sentenced 2023-11-01, the day Amendment 821 took effect → not-applicable: already applied", SRC_821, { status: "not-applicable", reasons: ["sentencedUnderAmendment"] }, zeroPoint),
  judged("2023-11-02", "sentenced the day after Amendment 821 took effect → not-applicable", SRC_821, { status: "not-applicable", reasons: ["sentencedUnderAmendment"] }, zeroPoint),
  ...[
    ["2024-01-31", true, "the day before orders may take effect → possible, no order before 2024-02-01"],
    ["2024-02-01", false, "the first day orders may take effect → possible, without the wait"],
    ["2024-02-02", false, "the day after → possible, without the wait"],
  ].map(([asOf, wait, name]): ThresholdCase => ({
    name: `zero points, sentenced 2020, as of ${asOf as string}: ${name as string}`,
    source: SRC_ORDERS,
    asOf: asOf as string,
    facts: zeroPoint,
    expected: { status: "possible", reasons: ["zeroPointMet", "rangeMustBeLowered", ...(wait ? ["noOrderBeforeFebruary2024"] : [])] },
  })),
  judged("2014-10-31", "drug offense sentenced 2014-10-31, the day before Amendment 782 → possible: 782 may lower the range", SRC_782, older(false)),
  judged("2014-11-01", "drug offense sentenced 2014-11-01, the day Amendment 782 took effect → unlikely", SRC_782, { status: "unlikely", reasons: ["noLiveAmendmentApplies"] }),
  judged("2014-11-02", "drug offense sentenced the day after Amendment 782 took effect → unlikely", SRC_782, { status: "unlikely", reasons: ["noLiveAmendmentApplies"] }),
  judged("2014-10-31", "not a drug offense, sentenced before Amendment 782 → unlikely: 782 and 750 lower only drug ranges", SRC_782, { status: "unlikely", reasons: ["noLiveAmendmentApplies", "notDrugOffense"] }, { ...base, drugOffense: "no" }),
  judged("2014-10-31", "not sure it was a drug offense, sentenced before Amendment 782 → possible, naming the doubt", SRC_782, { status: "possible", reasons: ["noLiveAmendmentApplies", "unsureDrugOffense", "olderAmendmentMayApply", "rangeMustBeLowered"] }, { ...base, drugOffense: "unsure" }),
  judged("2011-10-31", "crack sentence of 2011-10-31, the day before Amendment 750 → possible, 750 named", SRC_750, older(true), { ...base, crackOffense: "yes", drugOffense: undefined }),
  judged("2011-11-01", "crack sentence of 2011-11-01, the day Amendment 750 took effect → possible, 782 only", SRC_750, older(false), { ...base, crackOffense: "yes", drugOffense: undefined }),
  judged("2011-11-02", "crack sentence of the day after Amendment 750 → possible, 782 only", SRC_750, older(false), { ...base, crackOffense: "yes", drugOffense: undefined }),
  {
    name: "status points said yes but 1 point in all → possible: the points do not add up, the PSR settles it",
    source: SRC_A,
    asOf: AS_OF,
    facts: { ...base, statusPoints: "yes", criminalHistoryPoints: 1 },
    expected: { status: "possible", reasons: ["statusPointsPointsDontAddUp", "rangeMustBeLowered"] },
  },
  partA(2, 0, "II", "I"),
  partA(3, 1, "II", "I"),
  partA(4, 2, "III", "II"),
  partA(8, 6, "IV", "III"),
  partA(9, 8, "IV", "IV"),
  partA(10, 9, "V", "IV"),
];

runThresholdCases(retroactiveAmendment, cases);
