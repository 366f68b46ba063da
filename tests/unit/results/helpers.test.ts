import { describe, expect, test } from "vitest";
import { groupResults } from "@/lib/results/group";
import { mostUrgentAction } from "@/lib/results/urgent";
import { daysFrom, longDate } from "@/lib/words/dates";
import { daysInWords } from "@/lib/words/days-in-words";
import { helpFor } from "@/lib/results/help";
import { sayer } from "@/lib/words/say";
import { readResultsWords } from "@/lib/content/results";
import type { PathResult } from "@/lib/engine/screen";
import { PATH_IDS } from "@/rules/types";
import { AS_OF, resourcesFixture, resultsFixture } from "./fixtures";

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

describe("the most urgent action", () => {
  test("a § 2255 deadline in 22 days comes first, with the safer act-by date", () => {
    expect(mostUrgentAction(resultsFixture(), AS_OF)).toEqual({
      kind: "deadline",
      path: "2255",
      date: "2026-12-15",
      days: 22,
      actBy: { date: "2026-12-14", days: 21 },
    });
  });

  test("the nearest deadline wins, judged by its safe act-by date", () => {
    const results = only([
      { status: "possible", deadline: "2027-03-01" },
      { status: "likely", deadline: "2027-02-01", earliestDeadline: "2027-01-29" },
      { status: "likely", deadline: "2027-01-30" },
    ]);
    const action = mostUrgentAction(results, AS_OF);
    expect(action).toMatchObject({ kind: "deadline", path: "2255", date: "2027-02-01", actBy: { date: "2027-01-29" } });
  });

  test("a deadline that has passed, or on a path that is unlikely, is not the action", () => {
    const results = only([{ status: "likely", deadline: "2026-11-01" }, { status: "unlikely", deadline: "2026-12-01" }]);
    expect(mostUrgentAction(results, AS_OF)).toEqual({ kind: "likely", paths: ["3607"] });
  });

  test("a deadline due today is still the action", () => {
    expect(mostUrgentAction(only([{ status: "possible", deadline: AS_OF }]), AS_OF)).toMatchObject({ kind: "deadline", days: 0 });
  });

  test("with no deadline and nothing likely: the nearest date an option opens, then an it-depends path, then nothing", () => {
    expect(mostUrgentAction(only([{}, { status: "not-yet", availableFrom: "2027-05-01" }, { status: "not-yet", availableFrom: "2027-01-01" }]), AS_OF)).toEqual({
      kind: "available",
      path: "coram-nobis",
      date: "2027-01-01",
      days: 39,
    });
    expect(mostUrgentAction(only([{}, {}, {}, { status: "possible" }]), AS_OF)).toEqual({ kind: "possible", path: "compassionate-release" });
    expect(mostUrgentAction(only([]), AS_OF)).toEqual({ kind: "none" });
  });
});

describe("who can help", () => {
  test("resources the path page names come first, then others tagged with the path, each once", () => {
    expect(helpFor("2255", ["defenders"], resourcesFixture).map((r) => r.id)).toEqual(["defenders"]);
    expect(helpFor("tsra", [], resourcesFixture).map((r) => r.id)).toEqual(["hotline"]);
    expect(helpFor("compassionate-release", ["hotline", "missing"], resourcesFixture).map((r) => r.id)).toEqual(["hotline", "defenders"]);
  });
});
