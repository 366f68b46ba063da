import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-06-01";
/** The worked example of rules/README.md § fsa-credits-calculator: wire fraud, 60 months from 2024-01-02, minimum risk, 3 years SR. */
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
const SRC = "18 U.S.C. §§ 3632(d)(4), 3624(g) [V-stat]; rules/README.md §§ fsa-time-credits, fsa-credits-calculator";

export const casesFsaTimeCredits: WorkedCase[] = [
  {
    name: "worked example, minimum risk (15/30) → likely; prerelease ≈ 2026-12-03, supervised release ≈ 2027-04-07, ≈ 125 days left for prerelease (estimate; BOP method)",
    source: "rules/README.md §§ gct-calculator, fsa-credits-calculator worked example; issue #3; BOP FSA Time Credit Application Guide (credits per completed 30 days, 7 at 10 before 15)",
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
    source: "rules/README.md § fsa-credits-calculator (r = 10/30 variant); 18 U.S.C. § 3624(g)(1)(D)",
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
    source: "18 U.S.C. § 3632(d)(4)(D)(xxii); rules/README.md § fsa-credits-calculator",
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
    source: "18 U.S.C. § 3632(d)(4)(E)(i); rules/README.md § fsa-time-credits [V-stat]",
    asOf: AS_OF,
    facts: { ...example, removalOrder: "yes" },
    expected: { status: "unlikely", cites: ["18 U.S.C. § 3632(d)(4)(E)(i)"] },
  },
  {
    name: "not sure about a final order of removal → possible, naming § 3632(d)(4)(E)(i)",
    source: "18 U.S.C. § 3632(d)(4)(E)(i); rules/README.md § fsa-time-credits; issue #3",
    asOf: AS_OF,
    facts: { ...example, removalOrder: "unsure" },
    expected: { status: "possible", cites: ["18 U.S.C. § 3632(d)(4)(E)(i)", A_II, G1A, G3, G10, C] },
  },
  {
    name: "life sentence → unlikely: no release date for credits to move up (§ 3624(g)(1)(A); TODO(legal))",
    source: "18 U.S.C. § 3624(g)(1)(A), (C) (credits equal to the remainder of a computed term); a decision where the sources are silent",
    asOf: AS_OF,
    facts: { ...example, lifeSentence: "yes" },
    expected: { status: "unlikely", cites: [G1A] },
  },
  {
    name: "risk level unsure → possible; estimate at 10 days per 30",
    source: "18 U.S.C. § 3632(d)(4)(A)(ii); rules/README.md § fsa-time-credits; issue #3 (unsure → 10 with a reason)",
    asOf: AS_OF,
    facts: { ...example, riskLevel: "unsure" },
    expected: { status: "possible", cites: [A_II, G1A, G3, G10, C], estimate: { creditRatePer30: 10, supervisedReleaseTransfer: "2027-04-07" } },
  },
  {
    name: "low risk, steady over two assessments → 15 days per 30, § 3632(d)(4)(A)(ii)",
    source: "18 U.S.C. § 3632(d)(4)(A)(ii); rules/README.md § fsa-time-credits [V-stat]",
    asOf: AS_OF,
    facts: { ...example, riskLevel: "low" },
    expected: { status: "likely", estimate: { creditRatePer30: 15 } },
  },
  {
    name: "no supervised release in the judgment → likely, prerelease custody only; no supervised-release date (§ 3624(g)(3))",
    source: "18 U.S.C. § 3624(g)(1)(D)(ii), (g)(3); rules/README.md § fsa-time-credits; rules/README.md § fsa-credits-calculator",
    asOf: AS_OF,
    facts: { ...example, supervisedReleaseOrdered: "no" },
    expected: { status: "likely", cites: [A_II, G1A, G3, C], estimate: { earliestPrerelease: "2026-12-03" } },
  },
  {
    name: "not sure whether supervised release was ordered → likely; the supervised-release date is shown with a reason",
    source: "18 U.S.C. § 3624(g)(1)(D)(ii), (g)(3); rules/README.md § fsa-time-credits",
    asOf: AS_OF,
    facts: { ...example, supervisedReleaseOrdered: "unsure" },
    expected: { status: "likely", cites: [A_II, G1A, G3, G10, G3, C], estimate: { supervisedReleaseTransfer: "2027-04-07" } },
  },
  {
    name: "term began 2015-01-05 → credits count only from 2018-12-21 (§ 3632(d)(4)(B)(i)); projected dates already passed are flagged",
    source: "18 U.S.C. § 3632(d)(4)(B) [V-stat]; rules/README.md § fsa-time-credits",
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
    source: "18 U.S.C. § 3632(d)(4) (no minimum term for time credits); 18 U.S.C. § 3624(b) (no GCT for 12 months)",
    asOf: "2026-07-01",
    facts: { ...example, prisonMonths: 12, custodyStartDate: "2026-06-01" },
    expected: {
      status: "likely",
      estimate: { gctRelease: "2027-05-31", daysToGctRelease: 364, supervisedReleaseTransfer: "2027-02-26", creditsAppliedToSupervisedRelease: 94, creditsForPrerelease: 0 },
    },
  },
  {
    name: "100 days of jail credit → supervised-release transfer 100 days earlier (≈ 2026-12-28) (estimate)",
    source: "rules/README.md § fsa-credits-calculator",
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
    source: "18 U.S.C. § 3632(d)(4)(B); rules/README.md § fsa-time-credits [V-stat]",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "charged" },
    expected: { status: "not-applicable", cites: ["18 U.S.C. § 3632(d)(4)(B)(ii)"] },
  },
  {
    name: "military case → not applicable: federal district court paths only",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "military" },
    expected: { status: "not-applicable" },
  },
  {
    name: "in prison, nothing more known → incomplete, needs only fsaExcludedOffense",
    source: "rules/README.md § statuses (incomplete)",
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
  {
    name: "the worked example screened as of 2018-12-20, the day before the First Step Act → unlikely: time credits did not exist yet (was likely)",
    source: "issue #15 item 5 (no path likely before the law that creates it); First Step Act of 2018, Pub. L. 115-391, § 101(a) (approved 2018-12-21)",
    asOf: "2018-12-20",
    facts: { ...example, offenseDate: "2015-03-01", custodyStartDate: "2016-01-04" },
    expected: { status: "unlikely", cites: ["First Step Act of 2018, Pub. L. 115-391, § 101(a), 132 Stat. 5194 (approved Dec. 21, 2018)"] },
  },
  {
    name: "the same case screened as of 2018-12-21, the day the Act was approved → likely",
    source: "First Step Act of 2018, Pub. L. 115-391, § 101(a) (approved 2018-12-21); 18 U.S.C. § 3632(d)(4)",
    asOf: "2018-12-21",
    facts: { ...example, offenseDate: "2015-03-01", custodyStartDate: "2016-01-04" },
    expected: { status: "likely" },
  },
];
