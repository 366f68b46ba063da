/**
 * Judicial ("equitable") expungement, circuit by circuit — rules/README.md § judicial-expungement (circuit table, corrected by the
 * second verification pass) and rules/README.md § circuits (state/territory → circuit, 28 U.S.C. § 41 [UNVERIFIED text;
 * standard allocation]). The circuit is that of the district court that entered the judgment, not where
 * the person lives now.
 *
 * Each stance is what rules/README.md § judicial-expungement says the person can expect:
 * - `no`: the circuit has held courts lack (ancillary) jurisdiction or power → `unlikely`;
 * - `possible`: the circuit allows it in some cases, or has not decided and a rights violation may supply
 *   a basis → `possible`, with a lawyer;
 * - `unsettled` → `possible`, with a lawyer: the D.C. Circuit for valid convictions (pre-Kokkonen precedent
 *   only), and the 4th and 11th for unlawful records only, where the one circuit decision against is
 *   unpublished (rules/README.md § judicial-expungement: "the 4th has only unpublished circuit decisions"; the screener rule
 *   line: unlawful records → "possibly … wherever a rights violation is shown"). The 4th's valid-conviction
 *   row rests on the same unpublished Mettetal but stays `no`, because the screener rule line says "not
 *   eligible in 1st–11th" for valid convictions.
 * `addressed: false` marks a stance the circuit has not squarely decided (the [UNVERIFIED] cells of rules/README.md § judicial-expungement):
 * its `case` is then the circuit's leading Kokkonen decision, cited for its limits.
 */
import type { COURT_STATES } from "@/rules/facts/schema";

/** A circuit's id, as lawyers write it in a citation's parenthetical. */
export type CircuitId = "1st" | "2nd" | "3rd" | "4th" | "5th" | "6th" | "7th" | "8th" | "9th" | "10th" | "11th" | "D.C.";

export interface Stance {
  stance: "no" | "possible" | "unsettled";
  /** The controlling (or leading) case, as a lawyer cites it. */
  case: string;
  year: number;
  /** Whether that opinion is published (binding precedent in the circuit). */
  published: boolean;
  /** False when the circuit has not squarely decided this question (rules/README.md § judicial-expungement: [UNVERIFIED] / not addressed). */
  addressed: boolean;
  /** Where this comes from (a case, or rules/README.md § judicial-expungement), with its provenance tag. */
  source: string;
}

export interface Circuit {
  id: CircuitId;
  /** Plain name, for the words: "the Tenth Circuit". */
  name: string;
  /** Equitable expungement of the records of a valid (not vacated) conviction — pardoned ones included. */
  validConviction: Stance;
  /** Arrest, acquittal and dismissed-case records, on equitable grounds. */
  arrestRecords: Stance;
  /** Records of an unlawful arrest or conviction (unconstitutional, government misconduct) or a clerical error. */
  unlawfulRecords: Stance;
  /** The valid-conviction holding expressly covers a presidentially pardoned conviction. */
  pardonedIncluded: boolean;
}

const COLOIAN = "United States v. Coloian, 480 F.3d 47 (1st Cir. 2007)";
const DOE = "Doe v. United States, 833 F.3d 192 (2d Cir. 2016)";
const DUNEGAN = "United States v. Dunegan, 251 F.3d 477 (3d Cir. 2001)";
const METTETAL = "United States v. Mettetal, 714 F. App'x 230 (4th Cir. 2017)";
const SEALED = "Sealed Appellant v. Sealed Appellee, 130 F.3d 695 (5th Cir. 1997)";
const LUCIDO = "United States v. Lucido, 612 F.3d 871 (6th Cir. 2010)";
const FIELD = "United States v. Field, 756 F.3d 911 (6th Cir. 2014)";
const WAHI = "United States v. Wahi, 850 F.3d 296 (7th Cir. 2017)";
const MEYER = "United States v. Meyer, 439 F.3d 855 (8th Cir. 2006)";
const SUMNER = "United States v. Sumner, 226 F.3d 1005 (9th Cir. 2000)";
const TOKOPH = "Tokoph v. United States, No. 13-2128 (10th Cir. Dec. 23, 2014)";
const TRZASKA = "United States v. Trzaska, No. 17-4117 (10th Cir. July 11, 2019)";
const PINTO = "United States v. Pinto, 1 F.3d 1069 (10th Cir. 1993)";
// rules/README.md § judicial-expungement: reporter cite of Batmasian not confirmed; docket number and year as rules/README.md § judicial-expungement gives them.
const BATMASIAN = "United States v. Batmasian, No. 21-12800 (11th Cir. 2023)";
const ADALIKWU = "United States v. Adalikwu, No. 18-12591 (11th Cir. Dec. 12, 2018)";
const LIVINGSTON = "Livingston v. U.S. Dep't of Justice, 759 F.2d 74 (D.C. Cir. 1985)";

const H1 = "rules/README.md § judicial-expungement";

export const CIRCUITS: Readonly<Record<CircuitId, Circuit>> = {
  "1st": {
    id: "1st",
    name: "First Circuit",
    validConviction: { stance: "no", case: COLOIAN, year: 2007, published: true, addressed: true, source: `${H1} [V-case]` },
    // Coloian was an acquittal.
    arrestRecords: { stance: "no", case: COLOIAN, year: 2007, published: true, addressed: true, source: `${H1} [V-case]` },
    unlawfulRecords: { stance: "possible", case: COLOIAN, year: 2007, published: true, addressed: false, source: `${H1} ("not addressed in sources read" [UNVERIFIED])` },
    pardonedIncluded: false,
  },
  "2nd": {
    id: "2nd",
    name: "Second Circuit",
    validConviction: { stance: "no", case: DOE, year: 2016, published: true, addressed: true, source: `${H1} [V-case]` },
    // TODO(legal): whether Schnitzer (1977) survives Kokkonen for arrest records is open (rules/README.md § judicial-expungement).
    arrestRecords: { stance: "possible", case: DOE, year: 2016, published: true, addressed: true, source: `${H1} (Doe confines Schnitzer, 567 F.2d 536, to arrest records after dismissal; survival [UNVERIFIED])` },
    unlawfulRecords: { stance: "possible", case: DOE, year: 2016, published: true, addressed: false, source: `${H1} [UNVERIFIED]` },
    pardonedIncluded: false,
  },
  "3rd": {
    id: "3rd",
    name: "Third Circuit",
    validConviction: { stance: "no", case: DUNEGAN, year: 2001, published: true, addressed: true, source: `${H1} [V-sec]; Rowlands, 451 F.3d 173 (3d Cir. 2006)` },
    // The screener rule line marks the 3rd "(?)" for arrest records: encoded as stated.
    arrestRecords: { stance: "no", case: DUNEGAN, year: 2001, published: true, addressed: false, source: `${H1} ("treated same" [UNVERIFIED as to arrest-only records])` },
    unlawfulRecords: { stance: "possible", case: DUNEGAN, year: 2001, published: true, addressed: true, source: `${H1} (Dunegan allows where challenged as unlawful [UNVERIFIED detail])` },
    pardonedIncluded: false,
  },
  "4th": {
    id: "4th",
    name: "Fourth Circuit",
    // No published circuit holding: Mettetal is unpublished; district courts also say no (Mitchell, E.D. Va. 2010).
    validConviction: { stance: "no", case: METTETAL, year: 2017, published: false, addressed: true, source: `${H1} [V-case]` },
    // District-dependent: D. Md. granted unopposed arrest-record expungement (McKnight, 2014), case by case (Frank, 2024).
    arrestRecords: { stance: "possible", case: METTETAL, year: 2017, published: false, addressed: true, source: `${H1} [V-case]; McKnight, 33 F. Supp. 3d 577 (D. Md. 2014)` },
    // Mettetal denied even for convictions vacated for lack of probable cause, but it is unpublished and the
    // 4th's law is an open question (rules/README.md § judicial-expungement: no published decision).
    unlawfulRecords: { stance: "unsettled", case: METTETAL, year: 2017, published: false, addressed: true, source: `${H1} [V-case]` },
    pardonedIncluded: false,
  },
  "5th": {
    id: "5th",
    name: "Fifth Circuit",
    validConviction: { stance: "no", case: SEALED, year: 1997, published: true, addressed: true, source: `${H1} [V-case]` },
    arrestRecords: { stance: "no", case: SEALED, year: 1997, published: true, addressed: true, source: `${H1} [V-case]` },
    // Executive records only upon an affirmative rights violation by the agencies.
    unlawfulRecords: { stance: "possible", case: SEALED, year: 1997, published: true, addressed: true, source: `${H1} [V-case]` },
    pardonedIncluded: false,
  },
  "6th": {
    id: "6th",
    name: "Sixth Circuit",
    validConviction: { stance: "no", case: LUCIDO, year: 2010, published: true, addressed: true, source: `${H1} [V-case]; Field (2014)` },
    // Lucido = acquittals; Field = dismissed after suppression.
    arrestRecords: { stance: "no", case: LUCIDO, year: 2010, published: true, addressed: true, source: `${H1} [V-case]` },
    // Field assumed, without deciding, that jurisdiction might exist for unconstitutional arrests/convictions.
    unlawfulRecords: { stance: "possible", case: FIELD, year: 2014, published: true, addressed: false, source: `${H1} [V-case]` },
    pardonedIncluded: false,
  },
  "7th": {
    id: "7th",
    name: "Seventh Circuit",
    // Wahi overruled Flowers (2004) and Janik (1993).
    validConviction: { stance: "no", case: WAHI, year: 2017, published: true, addressed: true, source: `${H1} [V-case]` },
    arrestRecords: { stance: "no", case: WAHI, year: 2017, published: true, addressed: true, source: `${H1} [V-case] (dismissed indictment)` },
    // Requires a constitutional or statutory basis.
    unlawfulRecords: { stance: "possible", case: WAHI, year: 2017, published: true, addressed: true, source: `${H1} [V-case]` },
    pardonedIncluded: false,
  },
  "8th": {
    id: "8th",
    name: "Eighth Circuit",
    validConviction: { stance: "no", case: MEYER, year: 2006, published: true, addressed: true, source: `${H1} [V-case]` },
    arrestRecords: { stance: "no", case: MEYER, year: 2006, published: true, addressed: true, source: `${H1} [V-case]` },
    unlawfulRecords: { stance: "possible", case: MEYER, year: 2006, published: true, addressed: false, source: `${H1} [UNVERIFIED]` },
    pardonedIncluded: false,
  },
  "9th": {
    id: "9th",
    name: "Ninth Circuit",
    validConviction: { stance: "no", case: SUMNER, year: 2000, published: true, addressed: true, source: `${H1} [V-case summary]` },
    arrestRecords: { stance: "no", case: SUMNER, year: 2000, published: true, addressed: true, source: `${H1} [V-case summary]` },
    // Ancillary jurisdiction to expunge records of an unlawful arrest or conviction, or to correct a clerical error.
    unlawfulRecords: { stance: "possible", case: SUMNER, year: 2000, published: true, addressed: true, source: `${H1} [V-case summary]` },
    pardonedIncluded: false,
  },
  "10th": {
    id: "10th",
    name: "Tenth Circuit",
    validConviction: { stance: "no", case: TOKOPH, year: 2014, published: true, addressed: true, source: `${H1} [V-case]; seed audit #25` },
    // Trzaska (unpublished) reversed a denial of arrest-record expungement and remanded for balancing.
    arrestRecords: { stance: "possible", case: TRZASKA, year: 2019, published: false, addressed: true, source: `${H1} [V-case]` },
    // Invalid convictions: unconstitutional, illegal, or obtained through government misconduct.
    unlawfulRecords: { stance: "possible", case: PINTO, year: 1993, published: true, addressed: true, source: `${H1} [V-case facts; holding V-sec via Tokoph summary]` },
    pardonedIncluded: false,
  },
  "11th": {
    id: "11th",
    name: "Eleventh Circuit",
    // Published, and it covers a presidentially pardoned conviction (United States v. Batmasian, No. 21-12800 (11th Cir. 2023)).
    validConviction: { stance: "no", case: BATMASIAN, year: 2023, published: true, addressed: true, source: "United States v. Batmasian, No. 21-12800 (11th Cir. 2023) [V-case]" },
    arrestRecords: { stance: "no", case: ADALIKWU, year: 2018, published: false, addressed: true, source: `${H1} [V-case]` },
    // Batmasian is about a valid, pardoned conviction; the decision on a vacated one is Adalikwu (unpublished:
    // no jurisdiction on equitable grounds; its final disposition line was not read [UNVERIFIED]).
    unlawfulRecords: { stance: "unsettled", case: ADALIKWU, year: 2018, published: false, addressed: true, source: `${H1} 11th row [V-case; disposition UNVERIFIED]` },
    pardonedIncluded: true,
  },
  "D.C.": {
    id: "D.C.",
    name: "D.C. Circuit",
    // TODO(legal): no post-Kokkonen (1994) D.C. Circuit holding found (rules/README.md § judicial-expungement); D.D.C. judges deny.
    validConviction: { stance: "unsettled", case: LIVINGSTON, year: 1985, published: true, addressed: false, source: `${H1} [V-case]` },
    arrestRecords: { stance: "possible", case: LIVINGSTON, year: 1985, published: true, addressed: true, source: `${H1} [V-case]` },
    unlawfulRecords: { stance: "possible", case: LIVINGSTON, year: 1985, published: true, addressed: true, source: `${H1} (historically)` },
    pardonedIncluded: false,
  },
};

/** The two-letter codes the facts schema accepts for `courtState`. */
export type CourtState = (typeof COURT_STATES)[number];

/**
 * 28 U.S.C. § 41; rules/README.md § circuits: the circuit of the federal district court(s) in each state or territory (28 U.S.C. § 41).
 * American Samoa has no district court (rules/README.md § circuits) and is not a `courtState` value.
 */
export const CIRCUIT_OF_STATE: Readonly<Record<CourtState, CircuitId>> = {
  // 1st: Maine, Massachusetts, New Hampshire, Rhode Island, Puerto Rico
  ME: "1st", MA: "1st", NH: "1st", RI: "1st", PR: "1st",
  // 2nd: Connecticut, New York, Vermont
  CT: "2nd", NY: "2nd", VT: "2nd",
  // 3rd: Delaware, New Jersey, Pennsylvania, U.S. Virgin Islands
  DE: "3rd", NJ: "3rd", PA: "3rd", VI: "3rd",
  // 4th: Maryland, North Carolina, South Carolina, Virginia, West Virginia
  MD: "4th", NC: "4th", SC: "4th", VA: "4th", WV: "4th",
  // 5th: Louisiana, Mississippi, Texas
  LA: "5th", MS: "5th", TX: "5th",
  // 6th: Kentucky, Michigan, Ohio, Tennessee
  KY: "6th", MI: "6th", OH: "6th", TN: "6th",
  // 7th: Illinois, Indiana, Wisconsin
  IL: "7th", IN: "7th", WI: "7th",
  // 8th: Arkansas, Iowa, Minnesota, Missouri, Nebraska, North Dakota, South Dakota
  AR: "8th", IA: "8th", MN: "8th", MO: "8th", NE: "8th", ND: "8th", SD: "8th",
  // 9th: Alaska, Arizona, California, Hawaii, Idaho, Montana, Nevada, Oregon, Washington, Guam, N. Mariana Islands
  AK: "9th", AZ: "9th", CA: "9th", HI: "9th", ID: "9th", MT: "9th", NV: "9th", OR: "9th", WA: "9th", GU: "9th", MP: "9th",
  // 10th: Colorado, Kansas, New Mexico, Oklahoma, Utah, Wyoming
  CO: "10th", KS: "10th", NM: "10th", OK: "10th", UT: "10th", WY: "10th",
  // 11th: Alabama, Florida, Georgia
  AL: "11th", FL: "11th", GA: "11th",
  // D.C.: the U.S. District Court for the District of Columbia (not D.C. Superior Court)
  DC: "D.C.",
};

/** The circuit whose law governs a federal case decided in `state`. */
export const circuitOf = (state: CourtState): Circuit => CIRCUITS[CIRCUIT_OF_STATE[state]];
