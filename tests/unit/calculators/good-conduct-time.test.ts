import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  addDaysIso,
  addMonthsIso,
  daysFromTo,
  estimateGoodConductTime,
  imposedDays,
  maxGctDays,
  termOverOneYear,
  withinGctDomain,
  GCT_DOMAIN,
} from "@/rules/calculators/good-conduct-time";
import { daysBetween, plusDays, plusMonths } from "@/rules/calendar/dates";

const base = { jailCreditDays: 0, extraDays: 0, rate: 54 as const };

describe("good conduct time: the brief's checks (§ f-2, § f-3)", () => {
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

describe("the worked example (brief § f-3): 60 months from 2024-01-02", () => {
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
      fc.property(fc.integer({ min: 366, max: 40_000 }), fc.integer({ min: 0, max: 400 }), (days, more) => {
        expect(maxGctDays(days + more, 54)).toBeGreaterThanOrEqual(maxGctDays(days, 54));
        expect(maxGctDays(days, 42)).toBeLessThanOrEqual(maxGctDays(days, 54));
      }),
    );
  });

  test("the fast day arithmetic agrees with rules/calendar/dates.ts (date-fns)", () => {
    fc.assert(
      fc.property(start, start, fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 1200 }), (a, b, days, months) => {
        expect(addDaysIso(a, days)).toBe(plusDays(a, days));
        expect(daysFromTo(a, b)).toBe(daysBetween(a, b));
        expect(addMonthsIso(a, months)).toBe(plusMonths(a, months));
      }),
      { numRuns: 1000 },
    );
    expect(addMonthsIso("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsIso("2100-01-31", 1)).toBe("2100-02-28");
    expect(addMonthsIso("2000-01-31", 1)).toBe("2000-02-29");
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
