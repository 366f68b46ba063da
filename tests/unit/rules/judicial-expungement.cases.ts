import type { Facts } from "@/rules/facts/schema";
import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
/** A valid federal conviction (not vacated, nothing unlawful), equitable grounds only, not a trafficking case. */
const valid = (courtState: Facts["courtState"]): Facts => ({
  court: "federal",
  courtState,
  caseStatus: "sentenced",
  convictionVacated: "no",
  recordProblem: "no",
  traffickingSurvivor: "no",
});

const KOKKONEN = "Kokkonen v. Guardian Life Ins. Co. of America, 511 U.S. 375 (1994)";
const COLOIAN = "United States v. Coloian, 480 F.3d 47 (1st Cir. 2007)";
const DOE = "Doe v. United States, 833 F.3d 192 (2d Cir. 2016)";
const DUNEGAN = "United States v. Dunegan, 251 F.3d 477 (3d Cir. 2001)";
const METTETAL = "United States v. Mettetal, 714 F. App'x 230 (4th Cir. 2017)";
const SEALED = "Sealed Appellant v. Sealed Appellee, 130 F.3d 695 (5th Cir. 1997)";
const FIELD = "United States v. Field, 756 F.3d 911 (6th Cir. 2014)";
const WAHI = "United States v. Wahi, 850 F.3d 296 (7th Cir. 2017)";
const MEYER = "United States v. Meyer, 439 F.3d 855 (8th Cir. 2006)";
const SUMNER = "United States v. Sumner, 226 F.3d 1005 (9th Cir. 2000)";
const TOKOPH = "Tokoph v. United States, No. 13-2128 (10th Cir. Dec. 23, 2014)";
const TRZASKA = "United States v. Trzaska, No. 17-4117 (10th Cir. July 11, 2019)";
const PINTO = "United States v. Pinto, 1 F.3d 1069 (10th Cir. 1993)";
const BATMASIAN = "United States v. Batmasian, No. 21-12800 (11th Cir. 2023)";
const ADALIKWU = "United States v. Adalikwu, No. 18-12591 (11th Cir. Dec. 12, 2018)";
const LIVINGSTON = "Livingston v. U.S. Dep't of Justice, 759 F.2d 74 (D.C. Cir. 1985)";
const TSRA = "18 U.S.C. § 3771A";
const H1 = "rules/README.md § judicial-expungement";

export const casesJudicialExpungement: WorkedCase[] = [
  // Valid convictions on equitable grounds: no in the 1st–11th, unsettled in the D.C. Circuit.
  {
    name: "valid conviction in Colorado (10th Cir.) → unlikely: no inherent power to expunge a valid conviction (Tokoph 2014)",
    source: `${H1}; seed audit #25`,
    asOf: AS_OF,
    facts: valid("CO"),
    expected: { status: "unlikely", cites: [TOKOPH] },
  },
  {
    name: "valid conviction in Florida (11th Cir.) → unlikely, even if pardoned (Batmasian 2023, published)",
    source: "United States v. Batmasian, No. 21-12800 (11th Cir. 2023); rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: valid("FL"),
    expected: { status: "unlikely", cites: [BATMASIAN, BATMASIAN] },
  },
  {
    name: "valid conviction in Maryland (4th Cir.) → unlikely, saying Mettetal is unpublished",
    source: `${H1} (4th: unpublished only)`,
    asOf: AS_OF,
    facts: valid("MD"),
    expected: { status: "unlikely", cites: [METTETAL, METTETAL] },
  },
  {
    name: "conviction in Maryland (4th Cir.), nothing else known → incomplete: whether it was set aside now decides it",
    source: "rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "MD", caseStatus: "sentenced", traffickingSurvivor: "no" },
    expected: { status: "incomplete", needs: ["convictionVacated"] },
  },
  {
    name: "conviction set aside in Virginia (4th Cir.) → possible, not unlikely: Mettetal refused but is unpublished, and the 4th's law is in the uncertainty register",
    source: "rules/README.md § judicial-expungement (4th Cir.) ('wherever a rights violation is shown')",
    asOf: AS_OF,
    facts: { ...valid("VA"), convictionVacated: "yes" },
    expected: { status: "possible", cites: [METTETAL] },
  },
  {
    name: "unlawful conviction in Georgia (11th Cir.) → possible, citing Adalikwu (the vacated-conviction case), not Batmasian (a valid pardoned one)",
    source: "United States v. Batmasian, No. 21-12800 (11th Cir. 2023); rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { ...valid("GA"), recordProblem: "yes" },
    expected: { status: "possible", cites: [ADALIKWU] },
  },
  {
    name: "valid conviction in D.C. (D.C. Cir.) → possible: unsettled after Kokkonen, ask a lawyer (Livingston 1985)",
    source: "rules/README.md § judicial-expungement, D.C. row",
    asOf: AS_OF,
    facts: valid("DC"),
    expected: { status: "possible", cites: [LIVINGSTON] },
  },
  {
    name: "valid conviction in New York (2nd Cir.) → unlikely (Doe 2016)",
    source: H1,
    asOf: AS_OF,
    facts: valid("NY"),
    expected: { status: "unlikely", cites: [DOE] },
  },
  {
    name: "valid conviction in Puerto Rico → 1st Circuit → unlikely (Coloian 2007)",
    source: "28 U.S.C. § 41; rules/README.md § circuits (PR → 1st)",
    asOf: AS_OF,
    facts: valid("PR"),
    expected: { status: "unlikely", cites: [COLOIAN] },
  },
  {
    name: "valid conviction in Guam → 9th Circuit → unlikely (Sumner 2000)",
    source: "28 U.S.C. § 41; rules/README.md § circuits (GU → 9th)",
    asOf: AS_OF,
    facts: valid("GU"),
    expected: { status: "unlikely", cites: [SUMNER] },
  },
  {
    name: "valid conviction, a trafficking survivor not sure → unlikely, pointing to the TSRA (18 U.S.C. § 3771A)",
    source: "rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { ...valid("CO"), traffickingSurvivor: "unsure" },
    expected: { status: "unlikely", cites: [TOKOPH, TSRA] },
  },
  // Unlawful or vacated convictions.
  {
    name: "conviction vacated, Northern Mariana Islands (9th Cir.) → possible: records of an unlawful conviction (Sumner)",
    source: "United States v. Sumner, 226 F.3d 1005 (9th Cir. 2000); rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { ...valid("MP"), convictionVacated: "yes" },
    expected: { status: "possible", cites: [SUMNER] },
  },
  {
    name: "unconstitutional conviction in New Mexico (10th Cir.) → possible: invalid convictions (Pinto 1993)",
    source: "Tokoph v. United States, No. 13-2128 (10th Cir. 2014); rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { ...valid("NM"), recordProblem: "yes" },
    expected: { status: "possible", cites: [PINTO] },
  },
  {
    name: "unlawful conviction in Ohio (6th Cir.) → possible but undecided (Field assumed without deciding)",
    source: "United States v. Lucido, 612 F.3d 871 (6th Cir. 2010); rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { ...valid("OH"), recordProblem: "yes" },
    expected: { status: "possible", cites: [FIELD] },
  },
  {
    name: "not sure the conviction was unlawful, Texas (5th Cir.) → possible, naming the fact",
    source: "issue #3: unsure → possible; Sealed Appellant v. Sealed Appellee, 130 F.3d 695 (5th Cir. 1997)",
    asOf: AS_OF,
    facts: { ...valid("TX"), recordProblem: "unsure" },
    expected: { status: "possible", cites: [SEALED] },
  },
  {
    name: "not sure the conviction was vacated, Minnesota (8th Cir.) → possible, naming the fact",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { ...valid("MN"), convictionVacated: "unsure" },
    expected: { status: "possible", cites: [MEYER] },
  },
  // Arrest, acquittal and dismissal records.
  {
    name: "dismissed case in Utah (10th Cir.) → possible: arrest records may be balanced (Trzaska 2019, unpublished)",
    source: "Tokoph v. United States, No. 13-2128 (10th Cir. 2014); rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "UT", caseStatus: "dismissed" },
    expected: { status: "possible", cites: [TRZASKA, TRZASKA] },
  },
  {
    name: "acquittal in Illinois (7th Cir.), nothing unlawful → unlikely (Wahi 2017)",
    source: "United States v. Wahi, 850 F.3d 296 (7th Cir. 2017); rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "IL", caseStatus: "acquitted", recordProblem: "no", traffickingSurvivor: "no" },
    expected: { status: "unlikely", cites: [WAHI] },
  },
  {
    name: "dismissed case in the Virgin Islands (3rd Cir.), nothing unlawful → unlikely (Dunegan)",
    source: "28 U.S.C. § 41; rules/README.md § circuits (VI → 3rd)",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "VI", caseStatus: "dismissed", recordProblem: "no", traffickingSurvivor: "no", disposition3607: "none" },
    expected: { status: "unlikely", cites: [DUNEGAN] },
  },
  {
    name: "unlawful arrest, never charged, California (9th Cir.) → possible (Sumner)",
    source: "United States v. Sumner, 226 F.3d 1005 (9th Cir. 2000); rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "CA", caseStatus: "arrested-not-charged", recordProblem: "yes" },
    expected: { status: "possible", cites: [SUMNER] },
  },
  {
    name: "simple-possession case dismissed in Georgia (11th Cir.) → unlikely on equity (Adalikwu, unpublished), pointing to § 3607(c)",
    source: "United States v. Batmasian, No. 21-12800 (11th Cir. 2023); rules/README.md § judicial-expungement (statutory routes)",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "GA", caseStatus: "dismissed", recordProblem: "no", disposition3607: "completed", traffickingSurvivor: "no" },
    expected: { status: "unlikely", cites: [ADALIKWU, ADALIKWU, "18 U.S.C. § 3607(c)"] },
  },
  // Not applicable, unsure, incomplete.
  {
    name: "state case → not applicable: a federal court's power over its own records",
    source: "rules/README.md §§ court, judicial-expungement",
    asOf: AS_OF,
    facts: { court: "state", courtState: "CO" },
    expected: { status: "not-applicable", cites: [KOKKONEN] },
  },
  {
    name: "D.C. Superior Court case → not applicable (D.C. Code sealing law instead)",
    source: "rules/README.md § circuits",
    asOf: AS_OF,
    facts: { court: "dc-superior", courtState: "DC" },
    expected: { status: "not-applicable", cites: [KOKKONEN] },
  },
  {
    name: "court-martial → not applicable",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "military" },
    expected: { status: "not-applicable", cites: [KOKKONEN] },
  },
  {
    name: "case still pending → not applicable: nothing to expunge yet",
    source: "rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "TX", caseStatus: "charged" },
    expected: { status: "not-applicable", cites: [KOKKONEN] },
  },
  {
    name: "not sure how the case ended → possible",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "TX", caseStatus: "unsure" },
    expected: { status: "possible", cites: [KOKKONEN] },
  },
  {
    name: "federal → incomplete, needs courtState (decides the circuit)",
    source: "rules/README.md § circuits",
    asOf: AS_OF,
    facts: { court: "federal" },
    expected: { status: "incomplete", needs: ["courtState"] },
  },
  {
    name: "circuit known → incomplete, needs caseStatus",
    source: "rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "CO" },
    expected: { status: "incomplete", needs: ["caseStatus"] },
  },
  {
    name: "conviction in the 10th → incomplete, needs convictionVacated (it can change the outcome there)",
    source: "rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "CO", caseStatus: "sentenced" },
    expected: { status: "incomplete", needs: ["convictionVacated"] },
  },
  {
    name: "not vacated in the 10th → incomplete, needs recordProblem",
    source: "rules/README.md § judicial-expungement",
    asOf: AS_OF,
    facts: { court: "federal", courtState: "CO", caseStatus: "sentenced", convictionVacated: "no" },
    expected: { status: "incomplete", needs: ["recordProblem"] },
  },
];
