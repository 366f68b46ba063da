import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
/** Serving a federal prison term today. */
const inPrison = { court: "federal", caseStatus: "sentenced", custody: "prison" } as const;
/** The warden received the request long ago: exhaustion is met. */
const exhausted = { wardenRequest: "submitted", wardenRequestDate: "2026-06-01" } as const;
const CR = "18 U.S.C. § 3582(c)(1)(A)";
const RUTHERFORD = "Rutherford v. United States, No. 24-820 (U.S. May 28, 2026)";
const FERNANDEZ = "Fernandez v. United States, No. 24-556 (U.S. May 28, 2026)";
const SRC_D2 = "18 U.S.C. § 3582(c)(1)(A) (warden receipt + 30 days) [V-stat]; rules/README.md § compassionate-release";

export const casesCompassionateRelease: WorkedCase[] = [
  {
    name: "terminal illness, warden received the request 2026-10-20 → likely from 2026-11-19, the 30th day after receipt",
    source: `${SRC_D2}; rules/README.md § compassionate-release (worked example); USSG § 1B1.13(b)(1)(A) [V-off]`,
    asOf: "2026-11-19",
    facts: { ...inPrison, crReasons: ["terminal-illness"], wardenRequest: "submitted", wardenRequestDate: "2026-10-20" },
    expected: { status: "likely", cites: ["USSG § 1B1.13(b)(1)(A)", CR, "18 U.S.C. § 3553(a)"], availableFrom: "2026-11-19" },
  },
  {
    name: "same request, one day earlier (29 days after receipt) → not-yet, available from 2026-11-19",
    source: SRC_D2,
    asOf: "2026-11-18",
    facts: { ...inPrison, crReasons: ["terminal-illness"], wardenRequest: "submitted", wardenRequestDate: "2026-10-20" },
    expected: { status: "not-yet", cites: ["USSG § 1B1.13(b)(1)(A)", CR], availableFrom: "2026-11-19" },
  },
  {
    name: "only caregiver for an incapacitated parent, no request to the warden yet → likely: the request is a step to take today, not an unmet criterion, and it is the first reason",
    source: "issue #18 item 1; 18 U.S.C. § 3582(c)(1)(A) (exhaustion: 30 days from the warden's receipt) [V-stat]; USSG § 1B1.13(b)(3)(C) [V-sec]",
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["caregiver-needed"], wardenRequest: "not-submitted" },
    expected: { status: "likely", cites: [CR, "USSG § 1B1.13(b)(3)", "18 U.S.C. § 3553(a)"], availableFrom: undefined },
  },
  {
    name: "terminal illness, nobody has written to the warden yet → likely, the request first and the Bureau's 14 days to process it",
    source: "issue #18 item 1; 18 U.S.C. § 3582(c)(1)(A), § 3582(d)(2)(A)(iv) [V-stat]; USSG § 1B1.13(b)(1)(A) [V-off]",
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["terminal-illness"], wardenRequest: "not-submitted" },
    expected: {
      status: "likely",
      cites: [CR, "18 U.S.C. § 3582(d)(2)(A)(iv)", "USSG § 1B1.13(b)(1)(A)", "18 U.S.C. § 3553(a)"],
      availableFrom: undefined,
    },
  },
  {
    name: "another reason of similar gravity ((b)(5)), no request to the warden yet → possible (the judge weighs the reason), never unlikely",
    source: "issue #18 item 1; 18 U.S.C. § 3582(c)(1)(A) [V-stat]; USSG § 1B1.13(b)(5) [V-sec]",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1980-01-01", crReasons: ["other"], wardenRequest: "not-submitted" },
    expected: { status: "possible", cites: [CR, "USSG § 1B1.13(b)(5)", RUTHERFORD, FERNANDEZ] },
  },
  {
    name: "aging decline at 58, 16 years served of a 50-year term, no request yet → not-yet from the 65th birthday 2033-02-02: § 1B1.13(b)(2) is met by time alone",
    source: "issue #18 items 1–2; USSG § 1B1.13(b)(2) (age 65; 10 years or 75 % served, whichever is less) [V-sec]",
    asOf: AS_OF,
    facts: {
      ...inPrison, birthDate: "1968-02-02", crReasons: ["aging-decline"], custodyStartDate: "2010-01-01",
      lifeSentence: "no", prisonMonths: 600, prisonExtraDays: 0, wardenRequest: "not-submitted",
    },
    expected: { status: "not-yet", cites: [CR, "USSG § 1B1.13(b)(2)"], availableFrom: "2033-02-02" },
  },
  {
    name: "aging decline at 58, the warden got a request long ago → not-yet from the 65th birthday 2033-02-02, the 30 days already over",
    source: "issue #18 item 1; USSG § 1B1.13(b)(2) [V-sec]; 18 U.S.C. § 3582(c)(1)(A) [V-stat]",
    asOf: AS_OF,
    facts: {
      ...inPrison, birthDate: "1968-02-02", crReasons: ["aging-decline"], custodyStartDate: "2010-01-01",
      lifeSentence: "no", prisonMonths: 600, prisonExtraDays: 0, ...exhausted,
    },
    expected: { status: "not-yet", cites: ["USSG § 1B1.13(b)(2)", CR], availableFrom: "2033-02-02" },
  },
  {
    name: "aging decline at 58 on a 10-year term that ends 2030-01-01, before the 65th birthday → unlikely: no prison term is left when (b)(2) would be met",
    source: "USSG § 1B1.13(b)(2) [V-sec]; 18 U.S.C. § 3582(c)(1)(A) reduces a term of imprisonment [V-stat]",
    asOf: AS_OF,
    facts: {
      ...inPrison, birthDate: "1968-02-02", crReasons: ["aging-decline"], custodyStartDate: "2020-01-01", jailCreditDays: 0,
      lifeSentence: "no", prisonMonths: 120, prisonExtraDays: 0, wardenRequest: "not-submitted",
    },
    expected: { status: "unlikely", cites: ["USSG § 1B1.13(b)(2)", RUTHERFORD, FERNANDEZ] },
  },
  {
    name: "needed care not provided, not sure whether the warden got a request → possible, naming the warden request",
    source: "issue #3 (unsure → possible); 18 U.S.C. § 3582(c)(1)(A) (exhaustion); rules/README.md § compassionate-release; USSG § 1B1.13(b)(1)(C) [V-off]",
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["care-not-provided"], wardenRequest: "unsure" },
    expected: { status: "possible", cites: ["USSG § 1B1.13(b)(1)(C)", CR] },
  },
  {
    name: "on supervised release → not applicable: § 3582(c)(1)(A) reduces a term of imprisonment only (early termination instead)",
    source: "18 U.S.C. § 3582(c)(1)(A) [V-stat]",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "supervised-release" },
    expected: { status: "not-applicable", cites: [CR] },
  },
  {
    name: "state conviction → not applicable: § 3582 is a federal sentencing statute",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "state" },
    expected: { status: "not-applicable", cites: [CR] },
  },
  {
    name: "D.C. Superior Court conviction → not applicable (D.C. has its own compassionate release law)",
    source: "rules/README.md §§ court, out-of-scope (D.C. Code offenders)",
    asOf: AS_OF,
    facts: { court: "dc-superior" },
    expected: { status: "not-applicable", cites: [CR] },
  },
  {
    name: "none of the § 1B1.13(b) circumstances, age 45 → unlikely; a nonretroactive change in law is no reason (Rutherford) and validity claims go to § 2255 (Fernandez)",
    source: "Rutherford v. United States, No. 24-820 (U.S. May 28, 2026); Fernandez v. United States, No. 24-556 (U.S. May 28, 2026) [V-sec]; rules/README.md § compassionate-release",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1981-03-03", crReasons: ["none"] },
    expected: { status: "unlikely", cites: ["USSG § 1B1.13(b)", RUTHERFORD, FERNANDEZ] },
  },
  {
    name: "another reason as serious as the listed ones, exhaustion met → possible under § 1B1.13(b)(5), with Rutherford and Fernandez",
    source: "USSG § 1B1.13(b)(5); rules/README.md § compassionate-release [category V-sec, wording UNVERIFIED]; Rutherford v. United States, No. 24-820 (U.S. May 28, 2026)",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1981-03-03", crReasons: ["other"], ...exhausted },
    expected: { status: "possible", cites: ["USSG § 1B1.13(b)(5)", RUTHERFORD, FERNANDEZ, CR], availableFrom: "2026-07-01" },
  },
  {
    name: "aging decline at 67 with 12 years served, exhaustion met → likely under § 1B1.13(b)(2)",
    source: "USSG § 1B1.13(b)(2); rules/README.md § compassionate-release [V-sec]",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1959-05-01", custodyStartDate: "2014-08-01", crReasons: ["aging-decline"], ...exhausted },
    expected: { status: "likely", cites: ["USSG § 1B1.13(b)(2)", CR, "18 U.S.C. § 3553(a)"], availableFrom: "2026-07-01" },
  },
  {
    name: "aging decline at 66 on a 120-month term begun 2020-01-01 → not-yet until 75% is served (2027-07-03), the lesser of 10 years and 75%",
    source: "USSG § 1B1.13(b)(2); rules/README.md § compassionate-release: 'at least 10 years or 75 percent … whichever is less' [V-sec]",
    asOf: AS_OF,
    facts: {
      ...inPrison, birthDate: "1960-01-01", prisonMonths: 120, prisonExtraDays: 0, lifeSentence: "no",
      custodyStartDate: "2020-01-01", jailCreditDays: 0, crReasons: ["aging-decline"], ...exhausted,
    },
    expected: { status: "not-yet", cites: ["USSG § 1B1.13(b)(2)", CR], availableFrom: "2027-07-03" },
  },
  {
    name: "aging decline at 68, 10 years served on 2030-01-01, warden received the request 2026-01-01 → not-yet from 2030-01-01, the later date; the 30-day wait (ended 2026-01-31) is not offered as the filing date",
    source: "18 U.S.C. § 3582(c)(1)(A) [V-stat: both exhaustion and the reason are needed]; USSG § 1B1.13(b)(2) [V-sec]",
    asOf: AS_OF,
    facts: {
      ...inPrison, birthDate: "1958-01-01", prisonMonths: 240, prisonExtraDays: 0, lifeSentence: "no",
      custodyStartDate: "2020-01-01", jailCreditDays: 0, crReasons: ["aging-decline"],
      wardenRequest: "submitted", wardenRequestDate: "2026-01-01",
    },
    expected: { status: "not-yet", cites: ["USSG § 1B1.13(b)(2)", CR], availableFrom: "2030-01-01" },
  },
  {
    name: "aging decline at 68, 10 years served on 2026-12-01, warden received the request 2026-11-20 → not-yet from 2026-12-20: the 30-day wait ends later, so it is the filing date",
    source: "18 U.S.C. § 3582(c)(1)(A) [V-stat]; USSG § 1B1.13(b)(2) [V-sec]",
    asOf: AS_OF,
    facts: {
      ...inPrison, birthDate: "1958-01-01", prisonMonths: 240, prisonExtraDays: 0, lifeSentence: "no",
      custodyStartDate: "2016-12-01", jailCreditDays: 0, crReasons: ["aging-decline"],
      wardenRequest: "submitted", wardenRequestDate: "2026-11-20",
    },
    expected: { status: "not-yet", cites: ["USSG § 1B1.13(b)(2)", CR], availableFrom: "2026-12-20" },
  },
  {
    name: "aging decline at 66, 9 years 6 months since arrival but 400 days of jail credit → 10 years served, likely under § 1B1.13(b)(2)",
    source: "USSG § 1B1.13(b)(2); rules/README.md § compassionate-release [V-sec]; credit for time in custody before sentencing (18 U.S.C. § 3585(b))",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1960-01-01", custodyStartDate: "2017-06-01", jailCreditDays: 400, crReasons: ["aging-decline"], ...exhausted },
    expected: { status: "likely", cites: ["USSG § 1B1.13(b)(2)", CR, "18 U.S.C. § 3553(a)"] },
  },
  {
    name: "aging decline at 66, short of 10 years since arrival, jail credit not given → incomplete, needs jailCreditDays only",
    source: "issue #3: ask a path-specific fact only when it can change the outcome",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1960-01-01", custodyStartDate: "2017-06-01", crReasons: ["aging-decline"] },
    expected: { status: "incomplete", needs: ["jailCreditDays"] },
  },
  {
    name: "aging decline at 58 → the day § 1B1.13(b)(2) will be met is computed, so the custody start date is asked (not unlikely)",
    source: "issue #18 item 2 (a criterion time alone will meet gives not-yet with its day); USSG § 1B1.13(b)(2); rules/README.md § compassionate-release [V-sec]",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1968-02-02", crReasons: ["aging-decline"] },
    expected: { status: "incomplete", needs: ["custodyStartDate"] },
  },
  {
    name: "72 years old, 31 years served on a § 3559(c) sentence, no § 1B1.13(b) circumstance → possible under § 3582(c)(1)(A)(ii): the BOP Director's no-danger determination (D-ii-4) is not a fact the screener has",
    source: "18 U.S.C. § 3582(c)(1)(A)(ii) [V-stat]",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1954-01-01", custodyStartDate: "1995-01-01", crReasons: ["none"], sentenced3559c: "yes", ...exhausted },
    expected: { status: "possible", cites: ["18 U.S.C. § 3582(c)(1)(A)(ii)", CR], availableFrom: "2026-07-01" },
  },
  {
    name: "72 years old, 31 years served, not sure the sentence was under § 3559(c) → possible, naming § 3582(c)(1)(A)(ii)",
    source: "18 U.S.C. § 3582(c)(1)(A)(ii) [V-stat]; issue #3 (unsure → possible)",
    asOf: AS_OF,
    facts: { ...inPrison, birthDate: "1954-01-01", custodyStartDate: "1995-01-01", crReasons: ["none"], sentenced3559c: "unsure", ...exhausted },
    expected: { status: "possible", cites: ["18 U.S.C. § 3582(c)(1)(A)(ii)", CR] },
  },
  {
    name: "in prison, no circumstances given yet → incomplete, needs crReasons",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: inPrison,
    expected: { status: "incomplete", needs: ["crReasons"] },
  },
  {
    name: "terminal illness settles the reason: the next need is the warden request, never age or time served",
    source: "issue #3: a decided question asks nothing more; 18 U.S.C. § 3582(c)(1)(A) (exhaustion); rules/README.md § compassionate-release",
    asOf: AS_OF,
    facts: { ...inPrison, crReasons: ["terminal-illness", "aging-decline"] },
    expected: { status: "incomplete", needs: ["wardenRequest"] },
  },
  {
    name: "aging decline at 67, 75% of a 120-month term served (2027-07-03) but not 10 years, not sure the sentence is life → possible, naming the life sentence: a life term has no 75% (was likely)",
    source: "issue #15 item 5; contract § 2; USSG § 1B1.13(b)(2) ('at least 10 years or 75 percent … whichever is less') [V-sec]",
    asOf: "2027-08-01",
    facts: {
      ...inPrison, birthDate: "1960-01-01", prisonMonths: 120, prisonExtraDays: 0, lifeSentence: "unsure",
      custodyStartDate: "2020-01-01", jailCreditDays: 0, crReasons: ["aging-decline"], ...exhausted,
    },
    expected: { status: "possible", cites: ["USSG § 1B1.13(b)(2)", "USSG § 1B1.13(b)(2)", CR], availableFrom: "2026-07-01" },
  },
  {
    name: "terminal illness, the warden got the request 2018-01-02, screened as of 2018-06-01 → possible: before the First Step Act (2018-12-21) only the Bureau of Prisons could move for release (was likely)",
    source: "issue #15 item 5 (no path likely before the law that creates it); First Step Act of 2018, Pub. L. 115-391, § 603(b)",
    asOf: "2018-06-01",
    facts: { ...inPrison, crReasons: ["terminal-illness"], wardenRequest: "submitted", wardenRequestDate: "2018-01-02" },
    expected: {
      status: "possible",
      cites: ["First Step Act of 2018, Pub. L. 115-391, § 603(b), 132 Stat. 5194", "USSG § 1B1.13(b)(1)(A)", CR, "18 U.S.C. § 3553(a)"],
      availableFrom: "2018-02-01",
    },
  },
  {
    name: "the same request screened as of 2018-12-21, the day the First Step Act was approved → likely",
    source: "First Step Act of 2018, Pub. L. 115-391, § 603(b) (approved 2018-12-21); 18 U.S.C. § 3582(c)(1)(A)",
    asOf: "2018-12-21",
    facts: { ...inPrison, crReasons: ["terminal-illness"], wardenRequest: "submitted", wardenRequestDate: "2018-01-02" },
    expected: { status: "likely", availableFrom: "2018-02-01" },
  },
];
