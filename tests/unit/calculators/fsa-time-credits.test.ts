import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { estimateTimeCredits, SUPERVISED_RELEASE_CAP_DAYS } from "@/rules/calculators/fsa-time-credits";
import { estimateGoodConductTime } from "@/rules/calculators/good-conduct-time";
import { daysBetween, plusDays } from "@/rules/calendar/dates";

const C = "2024-01-02";
const GCT_RELEASE = "2028-04-06";

describe("the worked example (brief § f-3): 60 months from 2024-01-02, GCT release 2028-04-06", () => {
  test("the GCT release the credits count down to comes from the GCT calculator", () => {
    expect(estimateGoodConductTime({ startDate: C, months: 60, extraDays: 0, jailCreditDays: 0, rate: 54 }).gctRelease).toBe(GCT_RELEASE);
  });
  test("minimum risk, r = 15/30: G 1,556; supervised release 2027-04-07; earliest prerelease 2026-11-04", () => {
    const etc = estimateTimeCredits({ startDate: C, gctRelease: GCT_RELEASE, creditRatePer30: 15, supervisedRelease: true });
    expect(etc).toEqual({
      creditRatePer30: 15,
      earningStart: C,
      gctRelease: GCT_RELEASE,
      daysToGctRelease: 1556,
      earliestPrerelease: "2026-11-04", // C + 1,037
      creditsAtPrerelease: 518,
      supervisedReleaseTransfer: "2027-04-07", // D = 1,556 − 365 = 1,191
      daysServedAtTransfer: 1191,
      creditsAtTransfer: 595, // 595.5 earned, whole days (the brief's "≈ 596")
      creditsAppliedToSupervisedRelease: 365,
      creditsForPrerelease: 230, // "≈ 230 left for earlier prerelease placement"
    });
  });
  test("r = 10/30: the same supervised-release date, about 32 surplus days", () => {
    const etc = estimateTimeCredits({ startDate: C, gctRelease: GCT_RELEASE, creditRatePer30: 10, supervisedRelease: true });
    expect(etc.supervisedReleaseTransfer).toBe("2027-04-07");
    expect(etc.creditsAtTransfer).toBe(397);
    expect(etc.creditsForPrerelease).toBe(32);
    expect(etc.earliestPrerelease).toBe(plusDays(C, 1167)); // 1,556 × 3/4
  });
  test("no supervised release in the judgment: only the prerelease projection", () => {
    const etc = estimateTimeCredits({ startDate: C, gctRelease: GCT_RELEASE, creditRatePer30: 15, supervisedRelease: false });
    expect(etc.earliestPrerelease).toBe("2026-11-04");
    expect(etc.supervisedReleaseTransfer).toBeUndefined();
  });
  test("jail credit: a release 100 days earlier moves the transfer 100 days earlier under the cap", () => {
    const etc = estimateTimeCredits({ startDate: C, gctRelease: plusDays(GCT_RELEASE, -100), creditRatePer30: 15, supervisedRelease: true });
    expect(etc.supervisedReleaseTransfer).toBe(plusDays("2027-04-07", -100));
    expect(etc.creditsAppliedToSupervisedRelease).toBe(365);
  });
});

describe("the 365-day cap on early supervised release (§ 3624(g)(3))", () => {
  test("at r = 0.5, G = 1,095 is the boundary: 730 days served, exactly 365 applied", () => {
    const etc = estimateTimeCredits({ startDate: "2025-01-01", gctRelease: plusDays("2025-01-01", 1095), creditRatePer30: 15, supervisedRelease: true });
    expect(etc.daysServedAtTransfer).toBe(730);
    expect(etc.creditsAppliedToSupervisedRelease).toBe(365);
  });
  test("one day more (G = 1,096): capped, still 365 applied", () => {
    const etc = estimateTimeCredits({ startDate: "2025-01-01", gctRelease: plusDays("2025-01-01", 1096), creditRatePer30: 15, supervisedRelease: true });
    expect(etc.daysServedAtTransfer).toBe(731);
    expect(etc.creditsAppliedToSupervisedRelease).toBe(365);
  });
  test("below the cap (G = 900): transfer where credits meet the remainder, G/(1 + r) = 600", () => {
    const etc = estimateTimeCredits({ startDate: "2025-01-01", gctRelease: plusDays("2025-01-01", 900), creditRatePer30: 15, supervisedRelease: true });
    expect(etc.daysServedAtTransfer).toBe(600);
    expect(etc.creditsAppliedToSupervisedRelease).toBe(300);
    expect(etc.creditsForPrerelease).toBe(0);
  });
});

describe("programming before the First Step Act earns nothing (§ 3632(d)(4)(B)(i))", () => {
  test("a term begun 2015-01-02 earns from 2018-12-21", () => {
    const etc = estimateTimeCredits({ startDate: "2015-01-02", gctRelease: "2030-01-01", creditRatePer30: 15, supervisedRelease: true });
    expect(etc.earningStart).toBe("2018-12-21");
    expect(etc.supervisedReleaseTransfer).toBe(plusDays("2030-01-01", -365));
    const e = daysBetween("2015-01-02", "2018-12-21");
    expect(etc.creditsAtTransfer).toBe(Math.floor((15 * (etc.daysServedAtTransfer! - e)) / 30));
  });
  test("released before credits could start: no credits, dates equal the GCT release", () => {
    const etc = estimateTimeCredits({ startDate: "2010-01-01", gctRelease: "2018-06-01", creditRatePer30: 10, supervisedRelease: true });
    expect(etc).toMatchObject({ earliestPrerelease: "2018-06-01", supervisedReleaseTransfer: "2018-06-01", creditsAtTransfer: 0 });
  });
});

describe("properties (fast-check)", () => {
  const iso = (min: string, max: string) =>
    fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const input = fc.record({
    startDate: iso("2000-01-01", "2040-12-31"),
    length: fc.integer({ min: -100, max: 20_000 }),
    creditRatePer30: fc.constantFrom(10 as const, 15 as const),
    supervisedRelease: fc.boolean(),
  });
  test("transfers never come after the GCT release or before the start; never more than 365 days early", () => {
    fc.assert(
      fc.property(input, ({ startDate, length, creditRatePer30, supervisedRelease }) => {
        const gctRelease = plusDays(startDate, length);
        const etc = estimateTimeCredits({ startDate, gctRelease, creditRatePer30, supervisedRelease });
        const end = later(gctRelease, startDate);
        expect(etc.earliestPrerelease <= end).toBe(true);
        expect(etc.earliestPrerelease >= startDate).toBe(true);
        expect(etc.creditsAtPrerelease).toBeGreaterThanOrEqual(0);
        if (supervisedRelease) {
          expect(etc.supervisedReleaseTransfer! <= end).toBe(true);
          expect(etc.supervisedReleaseTransfer! >= etc.earliestPrerelease).toBe(true);
          expect(etc.creditsAppliedToSupervisedRelease!).toBeLessThanOrEqual(SUPERVISED_RELEASE_CAP_DAYS);
          expect(etc.creditsAppliedToSupervisedRelease!).toBeGreaterThanOrEqual(0);
          expect(etc.creditsForPrerelease!).toBeGreaterThanOrEqual(0);
          // Credits earned cover the days the transfer is moved up (within a day of rounding).
          expect(etc.creditsAtTransfer!).toBeGreaterThanOrEqual(etc.creditsAppliedToSupervisedRelease! - 1);
        }
      }),
      { numRuns: 1000 },
    );
  });
  test("15 days per 30 never gives a later date than 10", () => {
    fc.assert(
      fc.property(input, ({ startDate, length, supervisedRelease }) => {
        const gctRelease = plusDays(startDate, length);
        const fast = estimateTimeCredits({ startDate, gctRelease, creditRatePer30: 15, supervisedRelease });
        const slow = estimateTimeCredits({ startDate, gctRelease, creditRatePer30: 10, supervisedRelease });
        expect(fast.earliestPrerelease <= slow.earliestPrerelease).toBe(true);
        if (supervisedRelease) expect(fast.supervisedReleaseTransfer! <= slow.supervisedReleaseTransfer!).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
});

const later = (a: string, b: string) => (a > b ? a : b);
