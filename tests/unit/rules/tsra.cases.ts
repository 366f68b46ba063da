import type { WorkedCase } from "./worked-case";

/**
 * A TSRA worked case. The three sentence-reduction reasons share one citation (the covered-prisoner
 * definition, § 3771A(a)), so `reduction` names the one the result must give, and no other of the three.
 */
export interface TsraCase extends WorkedCase {
  reduction?: "sentenceReduction" | "reductionAfterRelease" | "reductionNeedsPrisonSentence";
}

const AS_OF = "2026-11-23";
/** A trafficking survivor, offense a direct result, non-violent (level A), judgment entered, sentence over. */
const sentenceOver = {
  court: "federal",
  caseStatus: "sentenced",
  convictionVacated: "no",
  violentOffense: "no",
  custody: "none",
  traffickingSurvivor: "yes",
  traffickingNexus: "yes",
} as const;
/** The same, with no prison imposed (a fine, or probation that has ended): not a covered prisoner. */
const levelA = { ...sentenceOver, prisonMonths: 0, prisonExtraDays: 0 } as const;
const levelB = { ...levelA, violentOffense: "yes", childVictim: "no" } as const;
/** Level B, sentence over, the prison term not given. */
const levelBTermNotGiven = { ...sentenceOver, violentOffense: "yes", childVictim: "no" } as const;
const A = "18 U.S.C. § 3771A(a)";
const B = "18 U.S.C. § 3771A(b)";
const SEC = "18 U.S.C. § 3771A";
const SRC = "18 U.S.C. § 3771A [V-off § 3771A(a) definitions; V-sec operative text]; rules/README.md § tsra";
/** The covered-prisoner definition: "is, or was previously, imprisoned" under the sentence. */
const COVERED = "18 U.S.C. § 3771A(a) ('covered prisoner', enrolled text); rules/README.md § tsra";

export const casesTsra: TsraCase[] = [
  {
    name: "level A conviction, sentence over with no prison imposed → likely: vacatur and arrest-record expungement; no sentence reduction (never sentenced to prison)",
    source: `${SRC}; ${COVERED}`,
    asOf: AS_OF,
    facts: levelA,
    expected: { status: "likely", cites: [A, B, B, A, B, SEC], remedies: ["vacatur", "arrest-expungement"] },
    reduction: "reductionNeedsPrisonSentence",
  },
  {
    name: "level A conviction, in prison → likely: vacatur, arrest expungement and sentence reduction",
    source: SRC,
    asOf: AS_OF,
    facts: { ...levelA, custody: "prison" },
    expected: { status: "likely", cites: [A, B, B, A, B, SEC], remedies: ["vacatur", "arrest-expungement", "sentence-reduction"] },
    reduction: "sentenceReduction",
  },
  {
    name: "level B conviction (violent, no child victim), in prison → likely: sentence reduction only; the conviction cannot be vacated",
    source: `${SRC}; rules/README.md § tsra [V-sec, encoded as stated]`,
    asOf: AS_OF,
    facts: { ...levelB, custody: "prison" },
    expected: { status: "likely", cites: [A, B, A, B, SEC], remedies: ["sentence-reduction"] },
    reduction: "sentenceReduction",
  },
  {
    name: "level A conviction, on supervised release → likely: vacatur and arrest expungement stay likely; a sentence reduction is named in the words, with its doubt, since a covered prisoner 'was previously' imprisoned — but not listed as a remedy of a likely result (rules/README.md § results)",
    source: `${SRC}; ${COVERED}; rules/README.md § statuses (likely)`,
    asOf: AS_OF,
    facts: { ...levelA, custody: "supervised-release" },
    expected: { status: "likely", cites: [A, B, B, A, B, SEC], remedies: ["vacatur", "arrest-expungement"] },
    reduction: "reductionAfterRelease",
  },
  {
    name: "level B conviction, on supervised release → possible: a covered prisoner, but what a court can still reduce after prison is not settled (ask a lawyer)",
    source: `${SRC}; ${COVERED}`,
    asOf: AS_OF,
    facts: { ...levelB, custody: "supervised-release" },
    expected: { status: "possible", cites: [A, B, A, B, SEC], remedies: ["sentence-reduction"] },
    reduction: "reductionAfterRelease",
  },
  {
    name: "level B conviction, on probation → unlikely: no vacatur, no arrest expungement after a violent conviction, and not sentenced to imprisonment, so no sentence reduction",
    source: `${SRC}; ${COVERED}`,
    asOf: AS_OF,
    facts: { ...levelB, custody: "probation" },
    expected: { status: "unlikely", cites: [A, B, A] },
    reduction: "reductionNeedsPrisonSentence",
  },
  {
    name: "level B conviction, sentence over with 0 months and 0 days of prison → unlikely: never a covered prisoner",
    source: `${SRC}; ${COVERED}`,
    asOf: AS_OF,
    facts: levelB,
    expected: { status: "unlikely", cites: [A, B, A] },
    reduction: "reductionNeedsPrisonSentence",
  },
  {
    name: "level B conviction, sentence over after 30 months in prison → possible: was previously imprisoned, so a covered prisoner; what is left to reduce is for a lawyer",
    source: `${SRC}; ${COVERED}`,
    asOf: AS_OF,
    facts: { ...levelB, prisonMonths: 30 },
    expected: { status: "possible", cites: [A, B, A, B, SEC], remedies: ["sentence-reduction"] },
    reduction: "reductionAfterRelease",
  },
  {
    name: "level A conviction, sentence over after 30 months in prison → likely: vacatur and arrest expungement; the doubtful reduction is named in the words only",
    source: `${SRC}; ${COVERED}; rules/README.md § statuses (likely)`,
    asOf: AS_OF,
    facts: { ...levelA, prisonMonths: 30 },
    expected: { status: "likely", cites: [A, B, B, A, B, SEC], remedies: ["vacatur", "arrest-expungement"] },
    reduction: "reductionAfterRelease",
  },
  {
    name: "level B conviction, sentence over after 0 months and 20 days in prison → possible: a prison term of days still makes a covered prisoner",
    source: `${SRC}; ${COVERED}`,
    asOf: AS_OF,
    facts: { ...levelB, prisonExtraDays: 20 },
    expected: { status: "possible", remedies: ["sentence-reduction"] },
    reduction: "reductionAfterRelease",
  },
  {
    name: "level B conviction, sentence over, prison term not given → incomplete, needs prisonMonths (decides whether a covered prisoner)",
    source: COVERED,
    asOf: AS_OF,
    facts: levelBTermNotGiven,
    expected: { status: "incomplete", needs: ["prisonMonths"] },
  },
  {
    name: "level A conviction, sentence over, 0 months of prison, extra days not given → incomplete, needs prisonExtraDays",
    source: COVERED,
    asOf: AS_OF,
    facts: { ...sentenceOver, prisonMonths: 0 },
    expected: { status: "incomplete", needs: ["prisonExtraDays"] },
  },
  {
    name: "level B conviction, sentence over, life sentence (since commuted) → possible without asking the months: was previously imprisoned",
    source: COVERED,
    asOf: AS_OF,
    facts: { ...levelBTermNotGiven, lifeSentence: "yes" },
    expected: { status: "possible", remedies: ["sentence-reduction"] },
    reduction: "reductionAfterRelease",
  },
  {
    name: "level B charge, acquitted → likely: arrest-record expungement",
    source: "rules/README.md § tsra (level B arrests: acquittal) [V-sec]",
    asOf: AS_OF,
    facts: { ...levelB, caseStatus: "acquitted" },
    expected: { status: "likely", cites: [A, B, B, SEC], remedies: ["arrest-expungement"] },
  },
  {
    name: "level B charge, dismissed → likely: arrest-record expungement",
    source: "rules/README.md § tsra (level B arrests: not pursued) [V-sec]",
    asOf: AS_OF,
    facts: { ...levelB, caseStatus: "dismissed" },
    expected: { status: "likely", remedies: ["arrest-expungement"] },
  },
  {
    name: "violent crime with a child victim → unlikely: no TSRA relief of any kind, even after an acquittal (no 'level C')",
    source: "18 U.S.C. § 3771A(a); rules/README.md § tsra",
    asOf: AS_OF,
    facts: { ...levelB, childVictim: "yes", caseStatus: "acquitted" },
    expected: { status: "unlikely", cites: [A] },
  },
  {
    name: "not sure the offense is a § 16(a) crime of violence → possible (categorical approach); level A remedies shown",
    source: "18 U.S.C. § 16(a); rules/README.md § tsra",
    asOf: AS_OF,
    facts: { ...levelA, violentOffense: "unsure", childVictim: "no" },
    expected: { status: "possible", cites: ["18 U.S.C. § 16(a)", B, B, A, B, B, SEC], remedies: ["vacatur", "arrest-expungement"] },
  },
  {
    name: "violent, not sure whether a victim was a child, acquitted → possible: arrest expungement if no child victim",
    source: "18 U.S.C. § 3771A(a); rules/README.md § tsra",
    asOf: AS_OF,
    facts: { ...levelB, childVictim: "unsure", caseStatus: "acquitted" },
    expected: { status: "possible", cites: [A, B, B, SEC], remedies: ["arrest-expungement"] },
  },
  {
    name: "'prefer not to say' about trafficking → possible: the person learns the law exists; nothing further asked",
    source: "rules/README.md § facts (traffickingSurvivor)",
    asOf: AS_OF,
    facts: { court: "federal", traffickingSurvivor: "prefer-not-to-say" },
    expected: { status: "possible", cites: [A, SEC] },
  },
  {
    name: "not sure about having been trafficked → possible, same as prefer-not-to-say",
    source: "rules/README.md § facts (traffickingSurvivor)",
    asOf: AS_OF,
    facts: { court: "federal", traffickingSurvivor: "unsure" },
    expected: { status: "possible", cites: [A, SEC] },
  },
  {
    name: "not a trafficking survivor → not applicable",
    source: "18 U.S.C. § 3771A(a); 22 U.S.C. § 7102; rules/README.md § tsra",
    asOf: AS_OF,
    facts: { court: "federal", traffickingSurvivor: "no" },
    expected: { status: "not-applicable", cites: [A] },
  },
  {
    name: "offense not a result of the trafficking → unlikely (T2 'direct result')",
    source: "18 U.S.C. § 3771A(b); rules/README.md § tsra",
    asOf: AS_OF,
    facts: { ...levelA, traffickingNexus: "no" },
    expected: { status: "unlikely", cites: [B] },
  },
  {
    name: "not sure the offense was a result of the trafficking → possible; preponderance, a provider's affidavit can suffice",
    source: "rules/README.md § tsra (standard of proof) [V-sec]",
    asOf: AS_OF,
    facts: { ...levelA, traffickingNexus: "unsure" },
    expected: { status: "possible", cites: [B, A, B, B, A, B, SEC], remedies: ["vacatur", "arrest-expungement"] },
  },
  {
    name: "level A case still open (charged) → possible: the § 28(b) duress defense at trial; arrest expungement",
    source: "18 U.S.C. § 28 [V-off]",
    asOf: AS_OF,
    facts: { ...levelA, caseStatus: "charged" },
    expected: { status: "possible", cites: [A, "18 U.S.C. § 28(b)", B, B, SEC], remedies: ["arrest-expungement"] },
  },
  {
    name: "level B, found guilty, not yet sentenced → possible: trafficking as mitigation at sentencing, § 28(d)",
    source: "18 U.S.C. § 28(b); rules/README.md § tsra",
    asOf: AS_OF,
    facts: { ...levelB, caseStatus: "found-guilty" },
    expected: { status: "possible", cites: [A, "18 U.S.C. § 28(d)", B, SEC], remedies: ["sentence-reduction"] },
  },
  {
    name: "level A arrest, never charged → likely: arrest-record expungement",
    source: "rules/README.md § tsra",
    asOf: AS_OF,
    facts: { ...levelA, caseStatus: "arrested-not-charged" },
    expected: { status: "likely", remedies: ["arrest-expungement"] },
  },
  {
    name: "level A conviction already vacated → likely: arrest-record expungement remains",
    source: "rules/README.md § tsra (level A arrest, any outcome)",
    asOf: AS_OF,
    facts: { ...levelA, convictionVacated: "yes" },
    expected: { status: "likely", cites: [A, B, B, SEC], remedies: ["arrest-expungement"] },
  },
  {
    name: "level B conviction vacated → possible: arrest expungement depends on how the case then ended",
    source: "rules/README.md § tsra (level B arrests) [V-sec]",
    asOf: AS_OF,
    facts: { ...levelB, convictionVacated: "yes" },
    expected: { status: "possible", remedies: ["arrest-expungement"] },
  },
  {
    name: "level A, not sure whether the conviction was vacated → possible",
    source: "issue #3: unsure on a decisive fact → possible",
    asOf: AS_OF,
    facts: { ...levelA, convictionVacated: "unsure" },
    expected: { status: "possible", remedies: ["vacatur", "arrest-expungement"] },
  },
  {
    name: "not sure how the case ended → possible",
    source: "issue #3",
    asOf: AS_OF,
    facts: { ...levelA, caseStatus: "unsure" },
    expected: { status: "possible", remedies: ["vacatur", "arrest-expungement"] },
  },
  {
    name: "D.C. Superior Court case → not applicable: § 3771A is a federal-court motion",
    source: "rules/README.md §§ tsra, court",
    asOf: AS_OF,
    facts: { court: "dc-superior", traffickingSurvivor: "yes" },
    expected: { status: "not-applicable" },
  },
  {
    name: "survivor, nothing more known → incomplete, needs only traffickingNexus",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", traffickingSurvivor: "yes" },
    expected: { status: "incomplete", needs: ["traffickingNexus"] },
  },
  {
    name: "level A conviction, custody not yet known → incomplete, needs custody (decides the sentence reduction)",
    source: COVERED,
    asOf: AS_OF,
    facts: { court: "federal", traffickingSurvivor: "yes", traffickingNexus: "yes", violentOffense: "no", caseStatus: "sentenced", convictionVacated: "no" },
    expected: { status: "incomplete", needs: ["custody"] },
  },
  {
    name: "level A conviction, in prison, screened as of 2026-01-22, the day before the Act was approved → unlikely: the law did not exist yet (was likely)",
    source: "issue #15 item 5 (no path likely before the law that creates it); Pub. L. 119-73, § 2(a) (approved 2026-01-23)",
    asOf: "2026-01-22",
    facts: { ...levelA, custody: "prison" },
    expected: { status: "unlikely", cites: ["Pub. L. 119-73, § 2(a), 139 Stat. 2003 (approved Jan. 23, 2026)"] },
  },
  {
    name: "the same case as of 2026-01-23, the day the Act was approved → likely",
    source: "Pub. L. 119-73, § 2(a) (approved 2026-01-23); 18 U.S.C. § 3771A",
    asOf: "2026-01-23",
    facts: { ...levelA, custody: "prison" },
    expected: { status: "likely", remedies: ["vacatur", "arrest-expungement", "sentence-reduction"] },
    reduction: "sentenceReduction",
  },
];
