import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  estimateGoodConductTime,
  imposedDays,
  maxGctDays,
  termOverOneYear,
  withinGctDomain,
  GCT_DOMAIN,
} from "@/rules/calculators/good-conduct-time";
import { daysBetween, plusDays } from "@/rules/calendar/dates";

const base = { jailCreditDays: 0, extraDays: 0, rate: 54 as const };

describe("good conduct time: the checks of rules/README.md § gct-calculator", () => {
  test("120 months → 540 days", () => {
    expect(estimateGoodConductTime({ ...base, startDate: "2025-01-02", months: 120 }).gctDays).toBe(540);
  });
  test("60 months → 270 days", () => {
    expect(estimateGoodConductTime({ ...base, startDate: "2025-03-01", months: 60 }).gctDays).toBe(270);
  });
  test("12 months and 1 day (366 days) → 54 days; about 312 days served", () => {
    const gct = estimateGoodConductTime({ ...base, startDate: "2025-01-02", months: 12, extraDays: 1 });
    expect(gct).toMatchObject({ imposedDays: 366, gctDays: 54, daysToServe: 312, gctPerYear: 54 });
  });
  test("exactly 12 months → 0 days, even when the year holds 366 days (leap year)", () => {
    const gct = estimateGoodConductTime({ ...base, startDate: "2024-01-02", months: 12 });
    expect(gct).toMatchObject({ imposedDays: 366, gctDays: 0, gctPerYear: 0 });
    expect(gct.gctRelease).toBe(gct.fullTermRelease);
  });
  test("42 days a year without diploma/GED progress (28 C.F.R. § 523.20(d)(2)(ii)): 60 months → 210", () => {
    expect(estimateGoodConductTime({ ...base, startDate: "2024-01-02", months: 60, rate: 42 }).gctDays).toBe(210);
  });
  test("42-day variant, 12 months and 1 day → 42", () => {
    expect(estimateGoodConductTime({ ...base, startDate: "2025-01-02", months: 12, extraDays: 1, rate: 42 }).gctDays).toBe(42);
  });
  test("partial final year is prorated linearly, rounded down: 18 months from 2025-01-01 (546 days) → 54 + 27 = 81", () => {
    const gct = estimateGoodConductTime({ ...base, startDate: "2025-01-01", months: 18 });
    expect(gct.imposedDays).toBe(546);
    expect(gct.gctDays).toBe(54 + Math.floor((54 * 181) / 365));
  });
});

describe("the worked example (rules/README.md §§ gct-calculator, fsa-credits-calculator): 60 months from 2024-01-02", () => {
  const gct = estimateGoodConductTime({ ...base, startDate: "2024-01-02", months: 60 });
  test("S = 1,827; FTR 2029-01-01; GCT 270; GCT release 2028-04-06", () => {
    expect(gct).toEqual({
      imposedDays: 1827,
      gctPerYear: 54,
      gctDays: 270,
      fullTermRelease: "2029-01-01",
      gctRelease: "2028-04-06",
      daysToServe: 1557,
    });
  });
  test("jail credit moves both dates earlier by the same days; GCT unchanged", () => {
    const withJail = estimateGoodConductTime({ ...base, startDate: "2024-01-02", months: 60, jailCreditDays: 100 });
    expect(withJail.gctDays).toBe(270);
    expect(withJail.fullTermRelease).toBe(plusDays("2029-01-01", -100));
    expect(withJail.gctRelease).toBe(plusDays("2028-04-06", -100));
    expect(withJail.daysToServe).toBe(1457);
  });
});

describe("more than one year, as the judge imposed it (§ 3624(b)(1); issue #3)", () => {
  test.for([
    [12, 0, undefined, false],
    [12, 1, undefined, true],
    [13, 0, undefined, true],
    [11, 28, undefined, false],
    [0, 0, undefined, false],
    [11, 30, undefined, undefined],
    [11, 31, "2024-01-31", false],
    [11, 32, "2024-01-31", true],
    [0, 366, "2025-01-01", true],
    [0, 366, "2023-03-01", false],
  ] as const)("%i months and %i days (start %s) → %s", ([months, days, start, expected]) => {
    expect(termOverOneYear(months, days, start)).toBe(expected);
  });
});

describe("properties (fast-check)", () => {
  const start = fc
    .date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const input = fc.record({
    startDate: start,
    months: fc.integer({ min: 0, max: GCT_DOMAIN.maxMonths }),
    extraDays: fc.integer({ min: 0, max: 2000 }),
    jailCreditDays: fc.integer({ min: 0, max: 2000 }),
    rate: fc.constantFrom(54 as const, 42 as const),
  });

  test("GCT is never negative, never more than the rate allows, and release is never after the full term", () => {
    fc.assert(
      fc.property(input, (i) => {
        const gct = estimateGoodConductTime(i);
        expect(gct.gctDays).toBeGreaterThanOrEqual(0);
        expect(gct.gctDays).toBeLessThanOrEqual(Math.ceil((i.rate * gct.imposedDays) / 365));
        expect(gct.gctRelease <= gct.fullTermRelease).toBe(true);
        expect(daysBetween(gct.gctRelease, gct.fullTermRelease)).toBe(gct.gctDays);
        expect(gct.daysToServe).toBeGreaterThanOrEqual(0);
        expect(gct.fullTermRelease).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 800 },
    );
  });

  test("no GCT unless the term is more than 12 months as imposed", () => {
    fc.assert(
      fc.property(input, (i) => {
        const gct = estimateGoodConductTime(i);
        if (!termOverOneYear(i.months, i.extraDays, i.startDate)) expect(gct.gctDays).toBe(0);
      }),
      { numRuns: 800 },
    );
  });

  test("a longer term never earns less; 42 a year never earns more than 54", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 366, max: 40_000 }), fc.integer({ min: 0, max: 400 }), (from, days, more) => {
        expect(maxGctDays(from, days + more, 54)).toBeGreaterThanOrEqual(maxGctDays(from, days, 54));
        expect(maxGctDays(from, days, 42)).toBeLessThanOrEqual(maxGctDays(from, days, 54));
      }),
    );
  });

  test("never more than the 365-day-block formula it replaces (the BOP's anniversary years hold 365 or 366 days)", () => {
    const blocks = (days: number, rate: number) => rate * Math.floor(days / 365) + Math.floor((rate * (days % 365)) / 365);
    fc.assert(
      fc.property(start, fc.integer({ min: 366, max: 40_000 }), fc.constantFrom(54 as const, 42 as const), (from, days, rate) => {
        expect(maxGctDays(from, days, rate)).toBeLessThanOrEqual(blocks(days, rate));
      }),
    );
  });

  test("imposed days count calendar months from the start date", () => {
    expect(imposedDays("2024-01-02", 60, 0)).toBe(1827);
    expect(imposedDays("2025-01-02", 12, 1)).toBe(366);
  });

  test("the domain check refuses inputs whose dates would leave four-digit years", () => {
    expect(withinGctDomain({ startDate: "2024-01-02", months: 10_000_000, extraDays: 0, jailCreditDays: 0 })).toBe(false);
    expect(withinGctDomain({ startDate: "0001-01-01", months: 12, extraDays: 0, jailCreditDays: 0 })).toBe(false);
    expect(withinGctDomain({ startDate: "2024-01-02", months: 12, extraDays: 0, jailCreditDays: 0 })).toBe(true);
  });
});

/*
 * Reference table: the Bureau's table of good conduct time by sentence length, a prison term beginning
 * 2020-01-01, in its final rule "Good Conduct Time Credit Under the First Step Act", 87 Fed. Reg. 7938
 * (Feb. 11, 2022), Table 1, "Alternative 3" (the method the Bureau adopted),
 * https://www.federalregister.gov/documents/2022/02/11/2022-02876/good-conduct-time-credit-under-the-first-step-act.
 * The rows were read in a third-party transcription of the table; the Federal Register page itself could
 * not be opened here. The old 365-day blocks give 144 for 32 months (975 days = 2 × 365 + 245).
 */
describe("the Bureau's GCT table (87 Fed. Reg. 7938, Table 1, Alternative 3; term from 2020-01-01)", () => {
  test.for([
    // [months, extra days, GCT, release]
    [24, 0, 108, "2021-09-14"],
    [24, 1, 108, "2021-09-15"],
    [25, 0, 112, "2021-10-11"],
    [26, 0, 116, "2021-11-04"],
    [32, 0, 143, "2022-04-10"],
    [36, 0, 162, "2022-07-22"],
    [37, 0, 166, "2022-08-18"],
  ] as const)("%i months and %i days → %i days, release %s", ([months, extraDays, gctDays, gctRelease]) => {
    expect(estimateGoodConductTime({ ...base, startDate: "2020-01-01", months, extraDays })).toMatchObject({ gctDays, gctRelease });
  });
});

/*
 * The regulation's words applied to whole and partial years, day before / day of / day after an
 * anniversary, 28 C.F.R. § 523.20(b): the rate for each year of the sentence imposed, counted on the
 * anniversary dates of the term, and prorated credit only for the partial final year after the last one.
 */
describe("anniversary years, not 365-day blocks (28 C.F.R. § 523.20(b)(1)–(3))", () => {
  test.for([
    // [start, months, extra days, GCT, why]
    ["2024-01-02", 24, 0, 108, "§ 523.20(b)(1): two anniversaries, 2 × 54"],
    ["2024-01-02", 36, 0, 162, "§ 523.20(b)(1): three anniversaries, 3 × 54"],
    ["2024-01-02", 120, 0, 540, "§ 523.20(b)(1): ten anniversaries, 10 × 54 (18 U.S.C. § 3624(b); rules/README.md § gct-calculator check)"],
    // A term ending the day before its second anniversary: 730 days, one of them 2024-02-29. The old formula's
    // 365-day blocks counted two whole years (108); the BOP counts one anniversary and 364 days of the next.
    ["2024-01-02", 23, 30, 107, "§ 523.20(b)(2): 54 + floor(54 × 364 / 365); was 108 (365-day blocks)"],
    ["2024-01-02", 24, 1, 108, "§ 523.20(b)(2): the day after the second anniversary: 108 + floor(54 × 1 / 365)"],
    // A partial final year inside a leap year is a share of 366 days: 365 of them earn 53, not 54.
    ["2027-01-01", 12, 365, 107, "§ 523.20(b)(2): 54 + floor(54 × 365 / 366)"],
  ] as const)("%s, %i months and %i days → %i (%s)", ([startDate, months, extraDays, gctDays]) => {
    expect(estimateGoodConductTime({ ...base, startDate, months, extraDays }).gctDays).toBe(gctDays);
  });

  test("jail credit does not move the anniversaries: the same GCT with or without it (18 U.S.C. § 3585(a)–(b))", () => {
    for (const jailCreditDays of [0, 1, 59, 365]) {
      expect(estimateGoodConductTime({ ...base, startDate: "2024-01-02", months: 23, extraDays: 30, jailCreditDays }).gctDays).toBe(107);
    }
  });
});

describe("the year-and-a-day edge (§ 3624(b)(1) \"more than 1 year\"; term from 2026-01-01)", () => {
  test("12 months: no GCT, release on the full term 2026-12-31", () => {
    expect(estimateGoodConductTime({ ...base, startDate: "2026-01-01", months: 12 })).toMatchObject({ gctDays: 0, gctRelease: "2026-12-31" });
  });
  test("12 months and 1 day: 54 days, release 2026-11-08", () => {
    expect(estimateGoodConductTime({ ...base, startDate: "2026-01-01", months: 12, extraDays: 1 })).toMatchObject({ gctDays: 54, gctRelease: "2026-11-08" });
  });
});
