import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
/** The brief's worked example (§ f-3): 60 months from 2024-01-02, in prison, diploma, no jail credit. */
const example = {
  court: "federal",
  caseStatus: "sentenced",
  custody: "prison",
  lifeSentence: "no",
  prisonMonths: 60,
  prisonExtraDays: 0,
  offenseDate: "2023-03-01",
  diplomaOrGed: "yes",
  custodyStartDate: "2024-01-02",
  jailCreditDays: 0,
} as const;
const B1 = "18 U.S.C. § 3624(b)(1)";
const SRC = "brief § f-2 [V-stat § 3624(b)(1)]; § f-3";
const SRC_RATE = "brief § f-2 GCT4 and § 5 (second pass): 28 C.F.R. § 523.20(d) [V-stat S-eCFR]";

export const casesGoodConductTime: WorkedCase[] = [
  {
    name: "worked example: 60 months from 2024-01-02 with a diploma → likely; 270 days; GCT release 2028-04-06 (estimate)",
    source: "brief § f-3 worked example; issue #3",
    asOf: AS_OF,
    facts: example,
    expected: {
      status: "likely",
      cites: [B1, "28 C.F.R. § 523.20(d)(2)(i)", "28 C.F.R. § 523.20(b)(2)", B1],
      estimate: { imposedDays: 1827, gctPerYear: 54, gctDays: 270, fullTermRelease: "2029-01-01", gctRelease: "2028-04-06", daysToServe: 1557 },
    },
  },
  {
    name: "120 months → 540 days of good conduct time (estimate)",
    source: "brief § f-2 calculator checks",
    asOf: AS_OF,
    facts: { ...example, prisonMonths: 120, custodyStartDate: "2025-01-02" },
    expected: { status: "likely", estimate: { imposedDays: 3652, gctDays: 540, fullTermRelease: "2035-01-01", gctRelease: "2033-07-10" } },
  },
  {
    name: "GCT release on a Sunday (2033-07-10) → a § 3624(a) reason names the weekday before, 2033-07-08",
    source: "brief § f-2 formula note (§ 3624(a) release on the preceding weekday)",
    asOf: AS_OF,
    facts: { ...example, prisonMonths: 120, custodyStartDate: "2025-01-02" },
    expected: { status: "likely", cites: [B1, "28 C.F.R. § 523.20(d)(2)(i)", "28 C.F.R. § 523.20(b)(2)", B1, "18 U.S.C. § 3624(a)"] },
  },
  {
    name: "exactly 12 months as imposed → unlikely: no GCT for a term of not more than one year, § 3624(b)(1)",
    source: `${SRC}; issue #3 (months and days as imposed)`,
    asOf: AS_OF,
    facts: { ...example, prisonMonths: 12, custodyStartDate: "2026-06-01" },
    expected: { status: "unlikely", cites: [B1] },
  },
  {
    name: "12 months and 1 day → likely: 54 days, about 312 days served (estimate)",
    source: "brief § f-2 calculator checks; GCT1",
    asOf: AS_OF,
    facts: { ...example, prisonMonths: 12, prisonExtraDays: 1, custodyStartDate: "2025-01-02" },
    expected: { status: "likely", estimate: { imposedDays: 366, gctDays: 54, daysToServe: 312 } },
  },
  {
    name: "life sentence → unlikely: § 3624(b)(1) excludes a term for the duration of life",
    source: `${SRC} GCT2`,
    asOf: AS_OF,
    facts: { ...example, lifeSentence: "yes" },
    expected: { status: "unlikely", cites: [B1] },
  },
  {
    name: "not sure whether the sentence is life → possible, naming the life-sentence question",
    source: "issue #3: unsure on a decisive fact → possible",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison", lifeSentence: "unsure" },
    expected: { status: "possible", cites: [B1] },
  },
  {
    name: "no diploma, GED or progress, offense after 1996-04-26 → 42 days a year: 210 days on 60 months, § 523.20(d)(2)(ii)",
    source: SRC_RATE,
    asOf: AS_OF,
    facts: { ...example, diplomaOrGed: "no", removalOrder: "no" },
    expected: {
      status: "likely",
      cites: [B1, "28 C.F.R. § 523.20(d)(2)(ii)", "28 C.F.R. § 523.20(b)(2)", B1],
      estimate: { gctPerYear: 42, gctDays: 210, gctRelease: "2028-06-05" },
    },
  },
  {
    name: "no diploma but a final order of removal → literacy condition does not apply: 54 a year, § 523.20(d)(3)",
    source: "28 C.F.R. § 523.20(d)(3) [V-stat S-eCFR]; brief § f-2",
    asOf: AS_OF,
    facts: { ...example, diplomaOrGed: "no", removalOrder: "yes" },
    expected: { status: "likely", cites: [B1, "28 C.F.R. § 523.20(d)(3)", "28 C.F.R. § 523.20(b)(2)", B1], estimate: { gctDays: 270 } },
  },
  {
    name: "not sure about a diploma or GED → likely; estimate at 42 a year with the 54-a-year alternative shown",
    source: `${SRC_RATE}; decision: the later (safer) date leads, the other is shown`,
    asOf: AS_OF,
    facts: { ...example, diplomaOrGed: "unsure", removalOrder: "no" },
    expected: {
      status: "likely",
      cites: [B1, "28 C.F.R. § 523.20(d)(2)", "28 C.F.R. § 523.20(b)(2)", B1],
      estimate: { gctDays: 210, gctDaysAt54: 270, gctReleaseAt54: "2028-04-06" },
    },
  },
  {
    name: "offense before 1996-04-26, no diploma → the § 523.20(d)(2) literacy condition does not reach it: 54 a year",
    source: "28 C.F.R. § 523.20(d)(2) (offenses on or after 1996-04-26) [V-stat S-eCFR]",
    asOf: AS_OF,
    facts: { ...example, offenseDate: "1995-06-01", diplomaOrGed: "no" },
    expected: { status: "likely", cites: [B1, "28 C.F.R. § 523.20(d)(2)", "28 C.F.R. § 523.20(b)(2)", B1], estimate: { gctDays: 270 } },
  },
  {
    name: "offense before 1987-11-01 → possible: old law, outside 28 C.F.R. § 523.20(b), no estimate",
    source: "28 C.F.R. § 523.20(b) (offenses on or after 1987-11-01) [V-stat S-eCFR]; TODO(legal) old-law good time",
    asOf: AS_OF,
    facts: { ...example, offenseDate: "1986-05-01" },
    expected: { status: "possible", cites: ["28 C.F.R. § 523.20(b)"] },
  },
  {
    name: "100 days of jail credit → full-term and GCT release dates 100 days earlier; GCT unchanged (estimate)",
    source: "brief § f-3 steps 1–2 (FTR = C + term − 1 − jail credit)",
    asOf: AS_OF,
    facts: { ...example, jailCreditDays: 100 },
    expected: { status: "likely", estimate: { gctDays: 270, fullTermRelease: "2028-09-23", gctRelease: "2027-12-28", daysToServe: 1457 } },
  },
  {
    name: "still in prison after the estimated GCT release → likely, with a reason that the date has passed",
    source: "contract § 2 estimate; brief § 3 (always say estimate)",
    asOf: AS_OF,
    facts: { ...example, prisonMonths: 24, custodyStartDate: "2024-06-03" },
    // 730 days: two whole years, no partial year; 2026-02-14 is a Saturday (§ 3624(a)).
    expected: {
      status: "likely",
      cites: [B1, "28 C.F.R. § 523.20(d)(2)(i)", B1, "18 U.S.C. § 3624(a)", B1],
      estimate: { imposedDays: 730, gctDays: 108, gctRelease: "2026-02-14" },
    },
  },
  {
    name: "released to supervised release → not applicable: credit vested on release, § 3624(b)(2)",
    source: "brief § f-2 (credit vests on release); decision: nothing left to earn or apply",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "supervised-release" },
    expected: { status: "not-applicable", cites: ["18 U.S.C. § 3624(b)(2)"] },
  },
  {
    name: "on probation → not applicable: no prison term to earn credit on",
    source: SRC,
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "probation" },
    expected: { status: "not-applicable", cites: [B1] },
  },
  {
    name: "still charged → not applicable: GCT starts with a prison sentence",
    source: SRC,
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "charged" },
    expected: { status: "not-applicable", cites: [B1] },
  },
  {
    name: "state court case → not applicable: § 3624(b) is federal (BOP) credit",
    source: "contract § 3 court",
    asOf: AS_OF,
    facts: { court: "state" },
    expected: { status: "not-applicable" },
  },
  {
    name: "no prison term imposed (0 months, 0 days) → not applicable",
    source: SRC,
    asOf: AS_OF,
    facts: { ...example, prisonMonths: 0, prisonExtraDays: 0 },
    expected: { status: "not-applicable", cites: [B1] },
  },
  {
    name: "an absurd term (10,000,000 months) → possible: cannot estimate; never throws",
    source: "contract § 4 (any schema-valid facts must be handled)",
    asOf: AS_OF,
    facts: { ...example, prisonMonths: 10_000_000 },
    expected: { status: "possible", cites: [B1] },
  },
  {
    name: "in prison, nothing more known → incomplete, needs only lifeSentence",
    source: "contract § 2 incomplete",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison" },
    expected: { status: "incomplete", needs: ["lifeSentence"] },
  },
  {
    name: "12 months exactly, start date unknown → unlikely without asking more (the term settles it)",
    source: "issue #3 (ask only what can change the outcome)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison", lifeSentence: "no", prisonMonths: 12, prisonExtraDays: 0 },
    expected: { status: "unlikely", cites: [B1] },
  },
  {
    name: "11 months and 30 days → incomplete, needs custodyStartDate (whether that is over a year depends on the calendar)",
    source: "§ 3624(b)(1) 'more than 1 year' as imposed",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison", lifeSentence: "no", prisonMonths: 11, prisonExtraDays: 30 },
    expected: { status: "incomplete", needs: ["custodyStartDate"] },
  },
  {
    name: "diploma answered yes → the removal order is never needed",
    source: "28 C.F.R. § 523.20(d)(2)(i); issue #3 (ask only what can change the outcome)",
    asOf: AS_OF,
    facts: {
      court: "federal", caseStatus: "sentenced", custody: "prison", lifeSentence: "no", prisonMonths: 60,
      prisonExtraDays: 0, offenseDate: "2023-03-01", diplomaOrGed: "yes",
    },
    expected: { status: "incomplete", needs: ["custodyStartDate", "jailCreditDays"] },
  },
];
