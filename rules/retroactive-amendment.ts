/**
 * 18 U.S.C. § 3582(c)(2) — reduction under a retroactive guideline amendment; USSG § 1B1.10.
 *
 * § 3582(c)(2): "in the case of a defendant who has been sentenced to a term of imprisonment based on a
 *   sentencing range that has subsequently been lowered by the Sentencing Commission pursuant to
 *   28 U.S.C. 994(o), … the court may reduce the term of imprisonment, after considering the factors set
 *   forth in section 3553(a) …, if such a reduction is consistent with applicable policy statements".
 * § 1B1.10(a)(1): the defendant must be "serving a term of imprisonment"; (a)(2)(B): no reduction if the
 *   amendment "does not have the effect of lowering the defendant's applicable guideline range".
 * Live amendment (rules/README.md § retroactive-amendment): Amendment 821 Part A (status points, new § 4A1.1(e)) and Part B subpart 1
 *   (zero-point offenders, § 4C1.1); orders not effective before 2024-02-01 (§ 1B1.10(e)(2)).
 *
 * Source: rules/README.md § retroactive-amendment (USSG § 1B1.10; Amendments 821 and 825 [V-off]; § 4C1.1 criteria [V-sec]);
 *   https://www.law.cornell.edu/uscode/text/18/3582 ; data in rules/data/guideline-amendments.ts.
 * Older § 1B1.10(d) amendments (750 crack, 2011; 782 drugs, 2014): rules/README.md § retroactive-amendment says they "have mostly been
 * litigated, but a person still serving an eligible sentence can still move". Both change drug guidelines;
 * the screener does not ask whether the offense was a drug crime (a guideline question only the record
 * settles), nor whether either was already used, so a sentence imposed before 782 took effect is
 * `possible` rather than `unlikely` when Amendment 821 does not help, and `olderAmendmentMayApply` says it
 * is for drug crimes.
 * Whether the 2026 cycle (eff. 2026-11-01) added to § 1B1.10(d) is UNVERIFIED (rules/README.md § retroactive-amendment): the words
 * of `noLiveAmendmentApplies` tell the person to check for newer changes.
 * Not modelled: career-offender or armed-career-criminal ranges, mandatory minimums, a sentence already at or below the
 * amended range, and the substantial-assistance exception (§ 1B1.10(b)(2)) — the screener cannot read
 * the record, so every positive result says a lawyer must check them; pre-2010 "recency" points.
 * Outcome: rules/README.md § retroactive-amendment — a lower category is possible. E3 (the amendment lowers the RANGE,
 * not just the points or the offense level), E4 (the sentence is above the amended minimum, or the
 * substantial-assistance exception) and E5 (no mandatory-minimum floor) are needed for every reduction
 * (Part B: "Plus: … amendment must lower the range; no mandatory-minimum floor issue") and only the record
 * settles them, so a met Part A or Part B finding is `possible`, never `likely` (rules/README.md § statuses: a fact only
 * a lawyer or the record can establish); `rangeMustBeLowered` names what a lawyer must check.
 */
import type { Facts } from "@/rules/facts/schema";
import {
  AMENDMENT_750_EFFECTIVE,
  AMENDMENT_782_EFFECTIVE,
  AMENDMENT_821_EFFECTIVE,
  AMENDMENT_821_ORDERS_FROM,
  OLD_STATUS_POINTS,
  criminalHistoryCategory,
  statusPointsUnder821,
} from "./data/guideline-amendments";
import { ask, defineReasons, incomplete, isIncomplete, type Incomplete, notApplicable, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import { servingPrisonTerm } from "./shared/sentence-reduction";
import type { Evaluation, IsoDate, Reason, RuleModule } from "./types";

const STATUTE = "18 U.S.C. § 3582(c)(2)";

const reason = defineReasons({
  noPrisonTerm: "USSG § 1B1.10(a)(1)",
  onSupervision: "USSG § 1B1.10(a)(1)",
  sentencedUnderAmendment: "USSG App. C, amend. 821",
  statusPointsCategoryDrops: "USSG App. C, amend. 821 (Part A)",
  statusPointsNoCategoryChange: "USSG § 1B1.10(a)(2)(B)",
  statusPointsPointsDontAddUp: "USSG § 4A1.1(e)",
  unsureStatusPoints: "USSG § 4A1.1(e)",
  zeroPointMet: "USSG App. C, amend. 821 (Part B, subpart 1)",
  zeroPointExcluded: "USSG § 4C1.1(a)",
  unsureZeroPointExclusion: "USSG § 4C1.1(a)",
  noLiveAmendmentApplies: "USSG § 1B1.10(d)",
  olderAmendmentMayApply: "USSG § 1B1.10(d)",
  crackAmendmentMayApply: "USSG App. C, amend. 750",
  unsureDrugOffense: "USSG § 1B1.10(d)",
  notDrugOffense: "USSG § 1B1.10(d)",
  lifeUnder3559c: STATUTE,
  mandatoryLifeTerm: STATUTE,
  unsure3559c: STATUTE,
  unsureMandatoryLife: STATUTE,
  rangeMustBeLowered: "USSG § 1B1.10(a)(2)(B)",
  noOrderBeforeFebruary2024: "USSG § 1B1.10(e)(2)",
});

/**
 * Where Amendment 821 leaves this sentence: `met` = the criteria the screener can check are met (E1, E2,
 * E6 and the category or zero-point test); `possible` = one of those is itself unsure; `unlikely` = not met.
 */
type Finding = { kind: "met" | "possible" | "unlikely"; reasons: Reason[] };

/**
 * Part A (rules/README.md § retroactive-amendment): old § 4A1.1(d) added 2 status points; new § 4A1.1(e) adds 1 only with
 * 7 or more other points, else 0. The range on the criminal-history axis drops only if the new total
 * falls into a lower category of the Sentencing Table (USSG ch. 5, pt. A).
 */
function partA(points: number): Finding {
  const without = points - OLD_STATUS_POINTS;
  // The total includes the 2 status points, so fewer than 2 in all cannot be right: the PSR settles it.
  if (without < 0) return { kind: "possible", reasons: [reason("statusPointsPointsDontAddUp")] };
  const now = without + statusPointsUnder821(without);
  const before = criminalHistoryCategory(points);
  const after = criminalHistoryCategory(now);
  const vars = { oldPoints: points, newPoints: now, oldCategory: before, newCategory: after };
  if (after === before) return { kind: "unlikely", reasons: [reason("statusPointsNoCategoryChange", vars)] };
  // A lower category is what can lower the range under Part A; whether it does (E3–E5: a career-offender
  // range, a mandatory minimum, a sentence already at the amended minimum) only the record shows, so the
  // outcome is `possible` (rules/README.md § retroactive-amendment: a lower category is possible), naming `rangeMustBeLowered`.
  return { kind: "met", reasons: [reason("statusPointsCategoryDrops", vars)] };
}

/** Part B, subpart 1 (§ 4C1.1 [V-sec criteria]): zero criminal history points and no exclusion. */
function partB(f: Facts): Finding | "needs-exclusion" {
  if (f.zeroPointExclusion === undefined) return "needs-exclusion";
  if (f.zeroPointExclusion === "yes") return { kind: "unlikely", reasons: [reason("zeroPointExcluded")] };
  if (f.zeroPointExclusion === "unsure") return { kind: "possible", reasons: [reason("unsureZeroPointExclusion")] };
  return { kind: "met", reasons: [reason("zeroPointMet")] };
}

/**
 * § 1B1.10(d): Amendments 782 (drug quantities, § 2D1.1) and 750 (crack) lower only drug-offense ranges,
 * so they are offered only for a drug offense (issue #18 item 6). A crack offense is a drug offense, so
 * `drugOffense` is not asked then; Amendment 750 is named only for a crack sentence imposed before it.
 */
function olderDrugAmendments(f: Facts, judgmentDate: IsoDate): Finding | Incomplete {
  if (f.crackOffense !== "yes") {
    const drug = ask(f, "drugOffense");
    if (isIncomplete(drug)) return drug;
    if (drug.drugOffense === "no") return { kind: "unlikely", reasons: [reason("notDrugOffense")] };
    if (drug.drugOffense === "unsure") return { kind: "possible", reasons: [reason("unsureDrugOffense"), reason("olderAmendmentMayApply")] };
  }
  const crack = f.crackOffense === "yes" && judgmentDate < AMENDMENT_750_EFFECTIVE ? [reason("crackAmendmentMayApply")] : [];
  return { kind: "possible", reasons: [reason("olderAmendmentMayApply"), ...crack] };
}

/**
 * A life term the statute requires does not rest on a guideline range an amendment can lower (§ 3582(c)(2)
 * "based on a sentencing range"): § 3559(c) ("three strikes") or another mandatory life term is `unlikely`;
 * not sure is a doubt named in the result. Asked only when a reduction is otherwise open.
 */
function statutoryLife(f: Facts): Finding | Incomplete | undefined {
  const life = ask(f, "lifeSentence");
  if (isIncomplete(life)) return life;
  if (life.lifeSentence === "no") return undefined;
  const strikes = ask(f, "sentenced3559c");
  if (isIncomplete(strikes)) return strikes;
  if (strikes.sentenced3559c === "yes") return { kind: "unlikely", reasons: [reason("lifeUnder3559c")] };
  const mandatory = ask(f, "mandatoryLife");
  if (isIncomplete(mandatory)) return mandatory;
  if (mandatory.mandatoryLife === "yes") return { kind: "unlikely", reasons: [reason("mandatoryLifeTerm")] };
  const doubts: Reason[] = [];
  if (strikes.sentenced3559c === "unsure") doubts.push(reason("unsure3559c"));
  if (mandatory.mandatoryLife === "unsure") doubts.push(reason("unsureMandatoryLife"));
  return doubts.length > 0 ? { kind: "possible", reasons: doubts } : undefined;
}

function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  const court = federalCourtOnly(f, STATUTE);
  if (court) return court;
  const term = servingPrisonTerm(f, { noPrisonTerm: reason("noPrisonTerm"), onSupervision: reason("onSupervision") });
  if (term) return term;

  // Sentenced on or after 2023-11-01: the court already used the amended guidelines (Amendment 821 (effective 2023-11-01); rules/README.md § retroactive-amendment).
  // TODO(legal): we read the judgment date as the sentencing date; a sentencing held just before
  // 2023-11-01 with judgment entered after it would be misread.
  const givenJudgmentDate = ask(f, "judgmentDate");
  if (isIncomplete(givenJudgmentDate)) return givenJudgmentDate;
  if (givenJudgmentDate.judgmentDate >= AMENDMENT_821_EFFECTIVE) return notApplicable(reason("sentencedUnderAmendment"));

  const givenStatusPoints = ask(f, "statusPoints");
  if (isIncomplete(givenStatusPoints)) return givenStatusPoints;
  const givenCriminalHistoryPoints = ask(f, "criminalHistoryPoints");
  if (isIncomplete(givenCriminalHistoryPoints)) return givenCriminalHistoryPoints;
  const points = givenCriminalHistoryPoints.criminalHistoryPoints;

  let finding: Finding;
  if (f.statusPoints === "yes") {
    finding = partA(points);
  } else if (points === 0) {
    // Zero points rules out status points, so an "unsure" there does not matter: Part B is the question.
    const b = partB(f);
    if (b === "needs-exclusion") return incomplete(["zeroPointExclusion"]);
    finding = b;
  } else if (f.statusPoints === "unsure") {
    finding = { kind: "possible", reasons: [reason("unsureStatusPoints")] };
  } else {
    finding = { kind: "unlikely", reasons: [reason("noLiveAmendmentApplies")] };
  }

  // A sentence imposed before Amendment 782 took effect: 782 or 750 may lower its range if it was for a drug crime.
  const older = finding.kind === "unlikely" && givenJudgmentDate.judgmentDate < AMENDMENT_782_EFFECTIVE;
  if (older) {
    const drugs = olderDrugAmendments(f, givenJudgmentDate.judgmentDate);
    if (isIncomplete(drugs)) return drugs;
    finding = { kind: drugs.kind, reasons: [...finding.reasons, ...drugs.reasons] };
  }
  if (finding.kind === "unlikely") return unlikely(finding.reasons);
  const life = statutoryLife(f);
  if (isIncomplete(life)) return life;
  if (life?.kind === "unlikely") return unlikely(life.reasons);
  if (older) return possible([...finding.reasons, ...(life?.reasons ?? []), reason("rangeMustBeLowered")]);
  // USSG § 1B1.10(a)(2)(B), (b)(2); rules/README.md § retroactive-amendment (see the header): never `likely`; a lawyer must check the range, the amended minimum
  // and any mandatory minimum. For the same reason no `not-yet` either: that would say the criteria will
  // be met on a date, which the screener cannot know.
  const reasons = [...finding.reasons, ...(life?.reasons ?? []), reason("rangeMustBeLowered")];
  // § 1B1.10(e)(2): no Amendment 821 order may take effect before 2024-02-01 (the date stays in the words).
  if (asOf < AMENDMENT_821_ORDERS_FROM) reasons.push(reason("noOrderBeforeFebruary2024"));
  return possible(reasons);
}

export const retroactiveAmendment: RuleModule = {
  id: "retroactive-amendment",
  title: "Retroactive guideline amendment",
  citation: STATUTE,
  lawAsOf: "2026-12-03",
  reasons: reason.table,
  facts: [
    "court", "caseStatus", "custody", "judgmentDate", "statusPoints", "criminalHistoryPoints", "zeroPointExclusion",
    "drugOffense", "crackOffense", "lifeSentence", "sentenced3559c", "mandatoryLife",
  ],
  evaluate,
};
