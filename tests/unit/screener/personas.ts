/**
 * The persona journeys, as facts: each is the situation of one person from the brief. The page object
 * answers only what the screener asks, so a persona may hold facts the screener never needs.
 */
export interface Persona {
  name: string;
  asOf: string;
  facts: Readonly<Record<string, string | number | readonly string[]>>;
  expected: Readonly<Record<string, string>>;
}

export const PERSONAS: readonly Persona[] = [
  {
    name: "someone in prison with a § 2255 deadline in weeks",
    asOf: "2026-11-23",
    facts: {
      perspective: "self",
      court: "federal",
      courtState: "NY",
      birthDate: "1988-05-14",
      citizenship: "citizen",
      caseStatus: "sentenced",
      convictionVacated: "no",
      offenseDate: "2024-03-01",
      simplePossession: "no",
      marijuanaOnly: "no",
      crackOffense: "no",
      fsaExcludedOffense: "no",
      violentOffense: "no",
      childVictim: "no",
      recordProblem: "unsure",
      prisonMonths: 48,
      prisonExtraDays: 0,
      lifeSentence: "no",
      supervisedReleaseOrdered: "yes",
      custody: "prison",
      custodyStartDate: "2026-01-05",
      jailCreditDays: 30,
      felony: "yes",
      diplomaOrGed: "yes",
      judgmentDate: "2025-12-01",
      appeal: "none",
      prior2255: "no",
      legalError: ["ineffective-lawyer"],
      continuingConsequences: "yes",
      crReasons: ["none"],
      wardenRequest: "not-submitted",
      sentenced3559c: "no",
      statusPoints: "no",
      criminalHistoryPoints: 2,
      zeroPointExclusion: "no",
      riskLevel: "low",
      removalOrder: "no",
      prior404Motion: "none",
      traffickingSurvivor: "no",
    },
    expected: { "2255": "likely", "3607": "unlikely", "coram-nobis": "not-applicable" },
  },
];
