/**
 * USSG § 1B1.10(d): the guideline amendments the Sentencing Commission has made retroactive, so that a
 * person "serving a term of imprisonment" whose range they lower may move under 18 U.S.C. § 3582(c)(2).
 *
 * § 1B1.10(d), verified tail: "… 782 (subject to subsection (e)(1)), and 821 (parts A and B, subpart 1 only
 * and subject to subsection (e)(2))."
 *
 * Source: USSG § 1B1.10(d); Amendment 825 (https://www.ussc.gov/node/150189);
 * Amendment 821 text https://www.ussc.gov/guidelines/amendment/821.
 * The older listed amendments (126 … 782) are kept as data: rules/README.md § retroactive-amendment says they "have mostly been litigated,
 * but a person still serving an eligible sentence can still move", so a sentence imposed before 782 took
 * effect is told to have them checked; the screener asks questions only about the live ones, Amendment 821
 * Part A and Part B subpart 1. Whether the 2026 cycle (91 FR 24088, eff. 2026-11-01) added anything to § 1B1.10(d) is
 * UNVERIFIED (rules/README.md § retroactive-amendment).
 */
import type { IsoDate } from "../calendar/dates";

/** How a fact was verified (rules/README.md § citing). */
export type Provenance = "V-stat" | "V-off" | "V-case" | "V-sec" | "UNVERIFIED";

/** One entry of the § 1B1.10(d) list. */
export interface CoveredAmendment {
  amendment: number;
  /** The listing's own limit, e.g. "parts A and C only". */
  parts?: string;
  /** The § 1B1.10(e) limit on orders, when the listing names one. */
  subjectTo?: string;
  /** Listed "as amended by" another amendment. */
  amendedBy?: number;
  tag: Provenance;
  source: string;
}

const MANUAL_2005 = "USSG § 1B1.10(c) (2005), http://www.ussc.gov/guidelines-manual/2005/2005-1b110";
const FR_2011 = "76 Fed. Reg. 41332 (2011-07-13), FR Doc 2011-17640";
const USSC_825 = "USSG App. C, amend. 825, https://www.ussc.gov/node/150189";

/** The § 1B1.10(d) list as rules/README.md § retroactive-amendment gives it, in order, each with its provenance. */
export const SECTION_1B1_10_D: readonly CoveredAmendment[] = [
  ...[126, 130, 156, 176, 269, 329, 341, 371, 379, 380, 433, 454, 461, 484, 488, 490, 499, 505, 506, 516, 591, 599, 606, 657].map(
    (amendment): CoveredAmendment => ({ amendment, tag: "V-off", source: MANUAL_2005 }),
  ),
  // TODO(legal): 702, 706 (as amended by 711) and 715 are from the researcher's memory (rules/README.md § retroactive-amendment).
  { amendment: 702, tag: "UNVERIFIED", source: "USSG § 1B1.10(d); Amendment 821; rules/README.md § retroactive-amendment" },
  { amendment: 706, amendedBy: 711, tag: "UNVERIFIED", source: "USSG § 1B1.10(d); Amendment 821; rules/README.md § retroactive-amendment" },
  { amendment: 715, tag: "UNVERIFIED", source: "USSG § 1B1.10(d); Amendment 821; rules/README.md § retroactive-amendment" },
  { amendment: 750, parts: "parts A and C only", tag: "V-off", source: FR_2011 },
  { amendment: 782, subjectTo: "subsection (e)(1)", tag: "V-off", source: USSC_825 },
  { amendment: 821, parts: "parts A and B, subpart 1 only", subjectTo: "subsection (e)(2)", tag: "V-off", source: USSC_825 },
];

/** A retroactive amendment part the screener asks about today. */
export interface LiveAmendmentPart {
  id: "821-A" | "821-B1";
  amendment: 821;
  part: string;
  /** What it changed, in a few words. */
  change: string;
  /** The guideline the part changed, as a lawyer cites it. */
  guideline: string;
  /** The amendment took effect for new sentencings on this day; sentences imposed from then on already use it. */
  effective: IsoDate;
  /** § 1B1.10(e)(2): no reduction order may take effect before this day. */
  ordersEffectiveFrom: IsoDate;
  cite: string;
  tag: Provenance;
  source: string;
}

/** Amendment 821 took effect 2023-11-01 (rules/README.md § retroactive-amendment). */
export const AMENDMENT_821_EFFECTIVE: IsoDate = "2023-11-01";
/** § 1B1.10(e)(2): no order reducing a term under Amendment 821 may take effect before 2024-02-01. */
export const AMENDMENT_821_ORDERS_FROM: IsoDate = "2024-02-01";

/**
 * Amendment 782 ("drugs minus two", the newest listed amendment before 821) took effect for new
 * sentencings on 2014-11-01; Amendment 750 (crack, parts A and C) in 2011. A sentence imposed before
 * 2014-11-01 may still be one they lower: rules/README.md § retroactive-amendment — they "have mostly been litigated, but a person still
 * serving an eligible sentence can still move". TODO(legal): the research sources give only the year "(2014)"; the day
 * is the Guidelines' usual November 1 effective date, not read in a primary source (UNVERIFIED).
 */
export const AMENDMENT_782_EFFECTIVE: IsoDate = "2014-11-01";
/**
 * Amendment 750 (crack, parts A and C; made retroactive by Amendment 759) took effect 2011-11-01 (76 Fed.
 * Reg. 41332 (2011), see rules/README.md § retroactive-amendment). TODO(legal): the day is the usual November 1, as for 782.
 */
export const AMENDMENT_750_EFFECTIVE: IsoDate = "2011-11-01";

/** The live § 1B1.10(d) amendment parts (rules/README.md § retroactive-amendment: Amendment 821 is the live one). */
export const LIVE_AMENDMENTS: readonly LiveAmendmentPart[] = [
  {
    id: "821-A",
    amendment: 821,
    part: "Part A",
    change: "status points: 2 points become 0 (fewer than 7 other points) or 1 (7 or more)",
    guideline: "USSG § 4A1.1(e)",
    effective: AMENDMENT_821_EFFECTIVE,
    ordersEffectiveFrom: AMENDMENT_821_ORDERS_FROM,
    cite: "USSG App. C, amend. 821 (Part A)",
    tag: "V-off",
    source: "https://www.ussc.gov/guidelines/amendment/821",
  },
  {
    id: "821-B1",
    amendment: 821,
    part: "Part B, subpart 1",
    change: "zero-point offenders: 2-level decrease under § 4C1.1",
    guideline: "USSG § 4C1.1",
    effective: AMENDMENT_821_EFFECTIVE,
    ordersEffectiveFrom: AMENDMENT_821_ORDERS_FROM,
    cite: "USSG App. C, amend. 821 (Part B, subpart 1)",
    // The part is V-off; its ten criteria are V-sec (rules/README.md § retroactive-amendment).
    tag: "V-off",
    source: "https://www.ussc.gov/guidelines/amendment/821",
  },
];

/** Changes a person may think are retroactive but are not (rules/README.md § retroactive-amendment). */
export const NOT_RETROACTIVE: readonly { change: string; tag: Provenance; source: string }[] = [
  { change: "Amendment 821 Part B, subpart 2 (zero-point probation note)", tag: "V-off", source: USSC_825 },
  { change: "2025 mitigating-role cap (retroactivity vote failed, August 2025)", tag: "V-sec", source: "USSC retroactivity vote, August 2025; rules/README.md § retroactive-amendment" },
];

/** Old § 4A1.1(d): 2 points for an offense committed under a criminal justice sentence. */
export const OLD_STATUS_POINTS = 2;

/**
 * New § 4A1.1(e) (Amendment 821 Part A): 1 status point only with 7 or more points under (a)–(d);
 * otherwise none.
 */
export function statusPointsUnder821(pointsWithoutStatus: number): 0 | 1 {
  return pointsWithoutStatus >= 7 ? 1 : 0;
}

/**
 * Criminal history categories by points: the Sentencing Table, USSG ch. 5, pt. A.
 * Not in the research sources (they ask only whether the category drops); these are the Sentencing Table's
 * long-standing bands. TODO(legal): confirm against the current Guidelines Manual.
 */
export const CRIMINAL_HISTORY_CATEGORIES: readonly { category: "I" | "II" | "III" | "IV" | "V" | "VI"; fromPoints: number }[] = [
  { category: "I", fromPoints: 0 },
  { category: "II", fromPoints: 2 },
  { category: "III", fromPoints: 4 },
  { category: "IV", fromPoints: 7 },
  { category: "V", fromPoints: 10 },
  { category: "VI", fromPoints: 13 },
];

/** The criminal history category for a points total (USSG ch. 5, pt. A). */
export function criminalHistoryCategory(points: number): (typeof CRIMINAL_HISTORY_CATEGORIES)[number]["category"] {
  let found = CRIMINAL_HISTORY_CATEGORIES[0].category;
  for (const row of CRIMINAL_HISTORY_CATEGORIES) if (points >= row.fromPoints) found = row.category;
  return found;
}

/**
 * § 4C1.1(a) zero-point criteria, all of which must hold (Amendment 821 Part B; rules/README.md § retroactive-amendment, [V-sec]). The screener
 * asks them as one question (`zeroPointExclusion`); the list is here for the words and the UI.
 */
export const ZERO_POINT_CRITERIA: readonly string[] = [
  "no criminal history points under Chapter 4, Part A",
  "no § 3A1.4 terrorism adjustment",
  "no violence or credible threats of violence in connection with the offense",
  "the offense did not result in death or serious bodily injury",
  "the offense of conviction is not a sex offense",
  "did not personally cause substantial financial hardship",
  "no firearm or other dangerous weapon in connection with the offense (or inducing another to have one)",
  "the offense of conviction is not covered by § 2H1.1 (individual rights)",
  "no § 3A1.1 (hate crime or vulnerable victim) or § 3A1.5 (serious human rights offense) adjustment",
  // TODO(legal): whether a 2024 amendment made either one disqualify on its own (rules/README.md § retroactive-amendment).
  "no § 3B1.1 aggravating role adjustment and not engaged in a continuing criminal enterprise (21 U.S.C. § 848)",
];
