import { describe, expect, test } from "vitest";
import { groupResults } from "@/lib/results/group";
import { daysFrom, longDate } from "@/lib/words/dates";
import { daysInWords } from "@/lib/words/days-in-words";
import { sayer } from "@/lib/words/say";
import { readResultsWords } from "@/lib/content/results";
import type { PathResult } from "@/lib/engine/screen";
import { PATH_IDS } from "@/rules/types";
import { resultsFixture } from "./fixtures";
import { MONTHS_FROM, YEARS_FROM, whenInWords } from "@/lib/results/when";
import { plainTitle } from "@/lib/results/plain-title";

const words = readResultsWords();
const t = sayer("self");

const only = (overrides: Partial<PathResult>[]): PathResult[] =>
  resultsFixture().map((r, i): PathResult => ({ path: r.path, reasons: r.reasons, lawAsOf: r.lawAsOf, status: "unlikely", ...overrides[i] }));

describe("grouping", () => {
  test("every result lands in exactly one group; not-applicable is folded", () => {
    const { open, folded } = groupResults(resultsFixture());
    const all = [...open.flatMap((g) => g.results), ...folded].map((r) => r.path).sort();
    expect(all).toEqual([...PATH_IDS].sort());
    expect(open.map((g) => g.status)).toEqual(["likely", "possible", "not-yet", "unlikely"]);
    expect(folded.map((r) => r.path)).toEqual(["3607", "coram-nobis", "fsa-404", "early-termination"]);
  });

  test("the path order of rules/README.md § paths is kept inside a group, and empty groups are left out", () => {
    const { open } = groupResults(resultsFixture());
    expect(open.find((g) => g.status === "possible")!.results.map((r) => r.path)).toEqual(["fsa-time-credits", "tsra", "commutation"]);
    const { open: allUnlikely, folded } = groupResults(only([]));
    expect(allUnlikely.map((g) => g.status)).toEqual(["unlikely"]);
    expect(folded).toEqual([]);
  });

  test("an incomplete result still gets a group, last", () => {
    const { open } = groupResults(only([{ status: "incomplete" }]));
    expect(open.map((g) => g.status)).toEqual(["unlikely", "incomplete"]);
  });
});

describe("dates and days remaining", () => {
  test("dates read the US way", () => {
    expect(longDate("2026-12-15")).toBe("December 15, 2026");
    expect(longDate("2027-01-01")).toBe("January 1, 2027");
  });

  test("days are counted from the as-of date, never the clock", () => {
    expect(daysFrom("2026-11-23", "2026-12-15")).toBe(22);
    expect(daysFrom("2026-11-23", "2026-11-23")).toBe(0);
    expect(daysFrom("2026-11-23", "2026-11-20")).toBe(-3);
    expect(daysFrom("2028-02-28", "2028-03-01")).toBe(2);
  });

  test("days in words", () => {
    expect(daysInWords(22, words.days, t)).toBe("in 22 days");
    expect(daysInWords(1, words.days, t)).toBe("tomorrow");
    expect(daysInWords(0, words.days, t)).toBe("today");
    expect(daysInWords(-1, words.days, t)).toBe("yesterday");
    expect(daysInWords(-3, words.days, t)).toBe("3 days ago");
  });
});

describe("how far a date is, in words", () => {
  test.each([
    [22, "in 22 days"],
    [-3, "3 days ago"],
    [MONTHS_FROM - 1, `in ${MONTHS_FROM - 1} days`],
    [MONTHS_FROM, "in about 2 months"],
    [101, "in about 3 months"],
    [-200, "about 7 months ago"],
    [YEARS_FROM - 1, "in about 24 months"],
    [YEARS_FROM, "in about 2 years"],
    [1100, "in about 3 years"],
    [-2190, "about 6 years ago"],
  ])("%i days: %s", (days, expected) => {
    expect(whenInWords(days, words.days, t)).toBe(expected);
  });

  test("never a raw count of more than two months of days", () => {
    for (let days = -4000; days <= 4000; days += 7) {
      const match = /(\d+) days/.exec(whenInWords(days, words.days, t));
      if (match) expect(Number(match[1])).toBeLessThan(MONTHS_FROM);
    }
  });
});

describe("a path's name without its statute", () => {
  test.each([
    ["Motion to vacate or correct a sentence (28 U.S.C. § 2255)", "Motion to vacate or correct a sentence"],
    ["Crack cocaine sentences from before August 3, 2010 (First Step Act § 404)", "Crack cocaine sentences from before August 3, 2010"],
    ["Writ of error coram nobis (after your sentence is over)", "Writ of error coram nobis (after your sentence is over)"],
    ["Presidential pardon", "Presidential pardon"],
    ["Compassionate release (18 U.S.C. § 3582(c)(1)(A))", "Compassionate release"],
  ])("%s", (title, expected) => {
    expect(plainTitle(title)).toBe(expected);
  });
});
