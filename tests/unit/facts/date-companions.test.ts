/**
 * The date companions (rules/facts/schema.ts `DateCompanions`; README.md § fact reference): a date given
 * as its year only (`dateYears`) or as not known (`datesUnknown`) is accepted by the facts check and the
 * answers file (version 1 and 2), and a journey with such a date is complete, never `incomplete`.
 */
import { describe, expect, test } from "vitest";
import { wrapAnswers } from "@/lib/answers/answers-file";
import { checkFacts } from "@/lib/answers/check";
import { readAnswersFile } from "@/lib/answers/read-answers-file";
import { statusesOf } from "@/lib/engine/screen";
import { replay, stepIndexOf } from "@/lib/screener/route";
import type { Facts } from "@/rules/facts/schema";
import { everyFact } from "../../support/every-fact";

const AS_OF = "2026-11-23";
const withoutTwoDates: Facts = Object.fromEntries(Object.entries(everyFact).filter(([name]) => name !== "judgmentDate" && name !== "custodyStartDate"));
const uncertain: Facts = { ...withoutTwoDates, dateYears: { custodyStartDate: 2013 }, datesUnknown: ["judgmentDate"] };

describe("date companions in the facts check", () => {
  test("a year-only date and a date not known are accepted as given", () => {
    expect(checkFacts(uncertain, AS_OF)).toEqual({ ok: true, facts: uncertain });
  });

  test.for([
    ["a year before 1900", { dateYears: { birthDate: 1899 } }, /^dateYears\.birthDate: is out of range: the year must be 1900 to 2100$/],
    ["a year after 2100", { dateYears: { supervisionStartDate: 2101 } }, /^dateYears\.supervisionStartDate: is out of range/],
    ["a year that is not a whole number", { dateYears: { offenseDate: 2019.5 } }, /^dateYears\.offenseDate: must be a whole number/],
    ["a year written as text", { dateYears: { offenseDate: "2019" } }, /^dateYears\.offenseDate: must be a whole number/],
    ["a year for a fact that is not a date", { dateYears: { prisonMonths: 2019 } }, /^dateYears\.prisonMonths: not a known fact$/],
    ["a fact not known that is not a date", { datesUnknown: ["court"] }, /^datesUnknown\.0: must be one of/],
    ["an empty list of dates not known", { datesUnknown: [] }, /^datesUnknown: must list at least one answer$/],
    ["a date given exactly and as not known", { offenseDate: "2012-05-01", datesUnknown: ["offenseDate"] }, /^offenseDate: given more than once/],
    ["a date given as a year and as not known", { dateYears: { offenseDate: 2012 }, datesUnknown: ["offenseDate"] }, /^offenseDate: given more than once/],
    ["a past date's year after the as-of date", { dateYears: { releaseDate: 2027 } }, /^dateYears\.releaseDate: 2027 is after the as-of date 2026-11-23$/],
  ] as const)("rejects %s, naming the fact", ([, input, message]) => {
    const result = checkFacts(input, AS_OF);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.stringMatching(message));
  });

  test("a date listed twice as not known is named once per repeat", () => {
    const result = checkFacts({ datesUnknown: ["offenseDate", "offenseDate"] }, AS_OF);
    expect(result).toEqual({ ok: false, problems: ["datesUnknown: lists offenseDate twice"] });
  });
});

describe("date companions in the answers file", { timeout: 30_000 }, () => {
  test("a version-2 file with a year-only date and a date not known round-trips", () => {
    const file = wrapAnswers(uncertain, "2026-11-20T10:00:00Z", AS_OF);
    expect(readAnswersFile(JSON.stringify(file), AS_OF)).toMatchObject({ ok: true, facts: uncertain });
    expect(Object.values(file.statuses)).not.toContain("incomplete");
  });

  test("a version-1 file with them opens too", () => {
    const text = JSON.stringify({ format: "federal-relief-screener/answers", version: 1, savedAt: "2026-11-20T10:00:00Z", facts: uncertain });
    expect(readAnswersFile(text, AS_OF)).toEqual({ ok: true, facts: uncertain });
  });
});

describe("a journey with a date not known is complete", { timeout: 30_000 }, () => {
  test("the flow counts it as answered and every path decides (none incomplete)", () => {
    const route = replay(uncertain, AS_OF);
    expect(route.open).toBe(false);
    expect(Object.values(statusesOf(route.kept, AS_OF))).not.toContain("incomplete");
    expect(stepIndexOf(route, "judgmentDate")).toBeGreaterThan(0);
    expect(stepIndexOf(route, "custodyStartDate")).toBeGreaterThan(0);
    expect(route.kept).toMatchObject({ dateYears: { custodyStartDate: 2013 }, datesUnknown: ["judgmentDate"] });
  });

  test("the same answers with the date left out are not complete: the flow asks for it", () => {
    const route = replay(withoutTwoDates, AS_OF);
    expect(route.open).toBe(true);
  });
});
