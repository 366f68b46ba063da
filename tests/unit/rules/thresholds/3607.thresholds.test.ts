/**
 * § 3607(c): "less than twenty-one years old at the time of the offense", on the day before the 21st
 * birthday, the birthday, and the day after — for a disposition under way or to ask for, and one completed.
 */
import { section3607 } from "@/rules/3607";
import { runThresholdCases, type ThresholdCase } from "./threshold-case";

const SRC = "18 U.S.C. § 3607(c): \"less than twenty-one years old at the time of the offense\" [V-stat]; rules/README.md § 3607";
/** Found guilty of first-offense simple possession on 2026-01-10, judgment not entered, no priors. */
const found = {
  court: "federal", caseStatus: "found-guilty", simplePossession: "yes", disposition3607: "none", priorDrugConviction: "no",
  prior3607: "no", offenseDate: "2026-01-10",
} as const;
const AS_OF = "2026-11-23";

/** Birth dates: 21 the day after the offense (20 at it), 21 on the day of the offense, 21 the day before. */
const day = { before: "2005-01-11", of: "2005-01-10", after: "2005-01-09" } as const;
const age = { before: "the day before the 21st birthday", of: "the 21st birthday", after: "the day after the 21st birthday" } as const;

const cases: ThresholdCase[] = [
  ...(["before", "of", "after"] as const).flatMap((when): ThresholdCase[] => {
    const under21 = when === "before";
    return [
      {
        name: `offense on ${age[when]}, found guilty → likely: dismissal${under21 ? " and the (c) expungement order" : " only"}`,
        source: SRC,
        asOf: AS_OF,
        facts: { ...found, birthDate: day[when] },
        expected: {
          status: "likely",
          reasons: ["mayAskForDisposition", under21 ? "under21Expungement" : "age21OrOlderNoExpungement"],
          remedies: under21 ? ["dismissal", "expungement"] : ["dismissal"],
        },
      },
      {
        name: `offense on ${age[when]}, on § 3607 probation → likely: dismissal after it${under21 ? " and expungement" : ", no expungement"}`,
        source: SRC,
        asOf: AS_OF,
        facts: { ...found, disposition3607: "on-probation", birthDate: day[when] },
        expected: {
          status: "likely",
          reasons: ["dismissalAfterProbation", under21 ? "under21Expungement" : "age21OrOlderNoExpungement"],
          remedies: under21 ? ["dismissal", "expungement"] : ["dismissal"],
        },
      },
      {
        name: `offense on ${age[when]}, § 3607 probation completed and dismissed → ${under21 ? "likely: apply for the expungement order" : "unlikely: no (c) order at 21 or older"}`,
        source: `${SRC}; issue #3's decision (the dismissal already happened; § 3607(b) nonpublic record)`,
        asOf: AS_OF,
        facts: { ...found, caseStatus: "dismissed", disposition3607: "completed", birthDate: day[when] },
        expected: under21
          ? { status: "likely", reasons: ["applyForExpungementOrder"], remedies: ["expungement"] }
          : { status: "unlikely", reasons: ["alreadyDismissedNoExpungement", "nonpublicRecordKept"] },
      },
    ];
  }),
  {
    name: "born 29 February 2004, offense 2025-02-27 → under 21: expungement order",
    source: `${SRC}; rules/calendar/dates.ts ageOn (a 29 February birthday turns over on 28 February)`,
    asOf: AS_OF,
    facts: { ...found, birthDate: "2004-02-29", offenseDate: "2025-02-27" },
    expected: { status: "likely", reasons: ["mayAskForDisposition", "under21Expungement"], remedies: ["dismissal", "expungement"] },
  },
  {
    name: "born 29 February 2004, offense 2025-02-28 → 21 that day: dismissal only",
    source: `${SRC}; rules/calendar/dates.ts ageOn`,
    asOf: AS_OF,
    facts: { ...found, birthDate: "2004-02-29", offenseDate: "2025-02-28" },
    expected: { status: "likely", reasons: ["mayAskForDisposition", "age21OrOlderNoExpungement"], remedies: ["dismissal"] },
  },
];

runThresholdCases(section3607, cases);
