import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-06-01";
/** The brief's worked example (§ f-3): wire fraud, 60 months from 2024-01-02, minimum risk, 3 years SR. */
const example = {
  court: "federal",
  caseStatus: "sentenced",
  custody: "prison",
  offenseDate: "2023-03-01",
  fsaExcludedOffense: "no",
  removalOrder: "no",
  lifeSentence: "no",
  riskLevel: "minimum",
  prisonMonths: 60,
  prisonExtraDays: 0,
  diplomaOrGed: "yes",
  custodyStartDate: "2024-01-02",
  jailCreditDays: 0,
  supervisedReleaseOrdered: "yes",
} as const;
const A_II = "18 U.S.C. § 3632(d)(4)(A)(ii)";
const A_I = "18 U.S.C. § 3632(d)(4)(A)(i)";
const G1A = "18 U.S.C. § 3624(g)(1)(A)";
const G3 = "18 U.S.C. § 3624(g)(3)";
const G10 = "18 U.S.C. § 3624(g)(10)";
const C = "18 U.S.C. § 3632(d)(4)(C)";
const SRC = "brief § f-1 [V-stat §§ 3632(d)(4), 3624(g)]; § f-3";

export const casesFsaTimeCredits: WorkedCase[] = [
  {
    name: "worked example, minimum risk (15/30) → likely; prerelease ≈ 2026-12-03, supervised release ≈ 2027-04-07, ≈ 125 days left for prerelease (estimate; BOP method)",
    source: "brief § f-3 worked example; issue #3; BOP FSA Time Credit Application Guide (credits per completed 30 days, 7 at 10 before 15)",
    asOf: AS_OF,
    facts: example,
    expected: {
      status: "likely",
      cites: [A_II, G1A, G3, G10, C],
      estimate: {
        creditRatePer30: 15,
        gctRelease: "2028-04-06",
        daysToGctRelease: 1556,
        earliestPrerelease: "2026-12-03",
        supervisedReleaseTransfer: "2027-04-07",
        daysServedAtTransfer: 1191,
        creditsAppliedToSupervisedRelease: 365,
        creditsForPrerelease: 125,
      },
    },
  },
  {
    name: "worked example at medium risk (10/30) → possible: same supervised-release date, ≈ 25 surplus days, but risk must drop to apply credits (§ 3624(g)(1)(D))",
    source: "brief § f-3 (r = 10/30 variant); § f-1 G4/G5",
    asOf: AS_OF,
    facts: { ...example, riskLevel: "medium" },
    expected: {
      status: "possible",
      cites: ["18 U.S.C. § 3624(g)(1)(D)", A_I, G1A, G3, G10, C],
      estimate: { creditRatePer30: 10, supervisedReleaseTransfer: "2027-04-07", creditsAtTransfer: 390, creditsForPrerelease: 25, earliestPrerelease: "2027-03-17" },
    },
  },
  {
    name: "a § 924(c) count (clause (xxii)) → unlikely: excluded offense, § 3632(d)(4)(D)",
    source: "brief § f-1 F2 and § f-3 ('Same example with a § 924(c) count → no ETC')",
    asOf: AS_OF,
    facts: { ...example, fsaExcludedOffense: "yes" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3632(d)(4)(D)"] },
  },
  {
    name: "not sure whether any count is on the 68-clause list → possible, naming § 3632(d)(4)(D); the estimate is still given",
    source: "issue #3: unsure on a decisive fact → possible",
    asOf: AS_OF,
    facts: { ...example, fsaExcludedOffense: "unsure" },
    expected: {
      status: "possible",
      cites: ["18 U.S.C. § 3632(d)(4)(D)", A_II, G1A, G3, G10, C],
      estimate: { supervisedReleaseTransfer: "2027-04-07" },
    },
  },
  {
    name: "final order of removal → unlikely: credits earned but may not be applied, § 3632(d)(4)(E)(i)",
    source: "brief § f-1 G6 [V-stat]",
    asOf: AS_OF,
    facts: { ...example, removalOrder: "yes" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3632(d)(4)(E)(i)"] },
  },
  {
    name: "not sure about a final order of removal → possible, naming § 3632(d)(4)(E)(i)",
    source: "brief § f-1 G6; issue #3",
    asOf: AS_OF,
    facts: { ...example, removalOrder: "unsure" },
    expected: { status: "possible", cites: ["18 U.S.C. § 3632(d)(4)(E)(i)", A_II, G1A, G3, G10, C] },
  },
  {
    name: "life sentence → unlikely: no release date for credits to move up (§ 3624(g)(1)(A); TODO(legal))",
    source: "brief § f-1 G1/G3 (credits equal to the remainder of a computed term); decision, brief silent",
    asOf: AS_OF,
    facts: { ...example, lifeSentence: "yes" },
    expected: { status: "unlikely", cites: [G1A] },
  },
  {
    name: "risk level unsure → possible; estimate at 10 days per 30",
    source: "brief § f-1 F4; issue #3 (unsure → 10 with a reason)",
    asOf: AS_OF,
    facts: { ...example, riskLevel: "unsure" },
    expected: { status: "possible", cites: [A_II, G1A, G3, G10, C], estimate: { creditRatePer30: 10, supervisedReleaseTransfer: "2027-04-07" } },
  },
  {
    name: "low risk, steady over two assessments → 15 days per 30, § 3632(d)(4)(A)(ii)",
    source: "brief § f-1 F4 [V-stat]",
    asOf: AS_OF,
    facts: { ...example, riskLevel: "low" },
    expected: { status: "likely", estimate: { creditRatePer30: 15 } },
  },
  {
    name: "no supervised release in the judgment → likely, prerelease custody only; no supervised-release date (§ 3624(g)(3))",
    source: "brief § f-1 G5; § f-3 step 3 (requires G5)",
    asOf: AS_OF,
    facts: { ...example, supervisedReleaseOrdered: "no" },
    expected: { status: "likely", cites: [A_II, G1A, G3, C], estimate: { earliestPrerelease: "2026-12-03" } },
  },
  {
    name: "not sure whether supervised release was ordered → likely; the supervised-release date is shown with a reason",
    source: "brief § f-1 G5",
    asOf: AS_OF,
    facts: { ...example, supervisedReleaseOrdered: "unsure" },
    expected: { status: "likely", cites: [A_II, G1A, G3, G10, G3, C], estimate: { supervisedReleaseTransfer: "2027-04-07" } },
  },
  {
    name: "term began 2015-01-05 → credits count only from 2018-12-21 (§ 3632(d)(4)(B)(i)); projected dates already passed are flagged",
    source: "brief § 1 row 6; § f-1 F5 [V-stat § 3632(d)(4)(B)]",
    asOf: AS_OF,
    facts: { ...example, offenseDate: "2014-03-01", prisonMonths: 180, custodyStartDate: "2015-01-05" },
    expected: {
      status: "likely",
      cites: [A_II, "18 U.S.C. § 3632(d)(4)(B)(i)", G1A, G3, G10, G1A, C],
      estimate: { earningStart: "2018-12-21", gctRelease: "2027-10-17", supervisedReleaseTransfer: "2026-10-17", earliestPrerelease: "2024-12-06" },
    },
  },
  {
    name: "exactly 12 months → credits still earned (no GCT, so they count down to the full term); supervised release ≈ 2027-02-26",
    source: "brief § f-1 (no minimum term for ETC); § f-2 (no GCT for 12 months)",
    asOf: "2026-07-01",
    facts: { ...example, prisonMonths: 12, custodyStartDate: "2026-06-01" },
    expected: {
      status: "likely",
      estimate: { gctRelease: "2027-05-31", daysToGctRelease: 364, supervisedReleaseTransfer: "2027-02-26", creditsAppliedToSupervisedRelease: 94, creditsForPrerelease: 0 },
    },
  },
  {
    name: "100 days of jail credit → supervised-release transfer 100 days earlier (≈ 2026-12-28) (estimate)",
    source: "brief § f-3 steps 1–3",
    asOf: AS_OF,
    facts: { ...example, jailCreditDays: 100 },
    expected: { status: "likely", estimate: { gctRelease: "2027-12-28", supervisedReleaseTransfer: "2026-12-28" } },
  },
  {
    name: "released to supervised release → not applicable: credits can no longer be earned or applied",
    source: `${SRC}: credits are applied to prerelease custody or supervised release, § 3632(d)(4)(C)`,
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "supervised-release" },
    expected: { status: "not-applicable", cites: [C] },
  },
  {
    name: "charged, in pretrial detention → not applicable: no credit before the sentence commences, § 3632(d)(4)(B)(ii)",
    source: "brief § f-1 F1, F5 [V-stat]",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "charged" },
    expected: { status: "not-applicable", cites: ["18 U.S.C. § 3632(d)(4)(B)(ii)"] },
  },
  {
    name: "military case → not applicable: federal district court paths only",
    source: "contract § 3 court",
    asOf: AS_OF,
    facts: { court: "military" },
    expected: { status: "not-applicable" },
  },
  {
    name: "in prison, nothing more known → incomplete, needs only fsaExcludedOffense",
    source: "contract § 2 incomplete",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison" },
    expected: { status: "incomplete", needs: ["fsaExcludedOffense"] },
  },
  {
    name: "excluded offense answered yes → unlikely without asking risk level, removal order or sentence",
    source: "issue #3 (never need a fact earlier answers settle)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison", fsaExcludedOffense: "yes" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3632(d)(4)(D)"] },
  },
  {
    name: "D.C. Code sentence in BOP custody, every federal criterion met → possible: whether D.C. Code offenders earn credits is unsettled (the 2022 final rule speaks of 'individuals sentenced under the U.S. Code')",
    source: "issue #18 item 7; FSA Time Credits, 87 Fed. Reg. 2705, 2706 (Jan. 19, 2022); 86 Fed. Reg. 57612 (Oct. 18, 2021)",
    asOf: AS_OF,
    facts: { ...example, court: "dc-superior" },
    expected: { status: "possible" },
  },
  {
    name: "D.C. Code sentence, on supervised release → not-applicable as for a federal sentence (no unsettled words)",
    source: "issue #18 item 7; 18 U.S.C. § 3632(d)(4)(A)",
    asOf: AS_OF,
    facts: { court: "dc-superior", caseStatus: "sentenced", custody: "supervised-release" },
    expected: { status: "not-applicable" },
  },
];
