import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { creditsForPeriods, estimateTimeCredits, SUPERVISED_RELEASE_CAP_DAYS } from "@/rules/calculators/fsa-time-credits";
import { estimateGoodConductTime } from "@/rules/calculators/good-conduct-time";
import { daysBetween, plusDays } from "@/rules/calendar/dates";

const C = "2024-01-02";
const GCT_RELEASE = "2028-04-06";

/*
 * The worked example of rules/README.md § fsa-credits-calculator, recomputed the Bureau's way: credits at the end of each 30-day
 * period, 7 periods at 10 before the first at 15, prerelease when days served plus credits reach the GCT
 * release, and prerelease credits counted only up to that day. The continuous formulas used before 2026-12-03 gave an
 * earliest prerelease date about a month earlier (2026-11-04).
 */
describe("the worked example (rules/README.md §§ gct-calculator, fsa-credits-calculator): 60 months from 2024-01-02, GCT release 2028-04-06", () => {
  test("the GCT release the credits count down to comes from the GCT calculator", () => {
    expect(estimateGoodConductTime({ startDate: C, months: 60, extraDays: 0, jailCreditDays: 0, rate: 54 }).gctRelease).toBe(GCT_RELEASE);
  });
  test("minimum risk, r = 15/30: G 1,556; supervised release 2027-04-07; earliest prerelease 2026-12-03", () => {
    const etc = estimateTimeCredits({ startDate: C, gctRelease: GCT_RELEASE, creditRatePer30: 15, supervisedRelease: true });
    expect(etc).toEqual({
      creditRatePer30: 15,
      earningStart: C,
      gctRelease: GCT_RELEASE,
      daysToGctRelease: 1556,
      earliestPrerelease: "2026-12-03", // C + 1,066: 35 periods, 7 × 10 + 28 × 15 = 490 credits; 1,066 + 490 = 1,556
      creditsAtPrerelease: 490,
      supervisedReleaseTransfer: "2027-04-07", // D = 1,556 − 365 = 1,191
      daysServedAtTransfer: 1191,
      creditsAtTransfer: 550, // 39 periods: 70 + 32 × 15
      creditsAppliedToSupervisedRelease: 365,
      creditsForPrerelease: 125, // 490 earned by the prerelease date − 365
    });
  });
  test("r = 10/30: the same supervised-release date, 25 surplus days", () => {
    const etc = estimateTimeCredits({ startDate: C, gctRelease: GCT_RELEASE, creditRatePer30: 10, supervisedRelease: true });
    expect(etc.supervisedReleaseTransfer).toBe("2027-04-07");
    expect(etc.creditsAtTransfer).toBe(390); // 39 whole periods × 10
    expect(etc.creditsForPrerelease).toBe(25); // 390 by the prerelease date − 365
    expect(etc.earliestPrerelease).toBe(plusDays(C, 1170)); // 38 periods (380) fall short; day 1,170 brings the 39th (390)
  });
  test("no supervised release in the judgment: only the prerelease projection", () => {
    const etc = estimateTimeCredits({ startDate: C, gctRelease: GCT_RELEASE, creditRatePer30: 15, supervisedRelease: false });
    expect(etc.earliestPrerelease).toBe("2026-12-03");
    expect(etc.supervisedReleaseTransfer).toBeUndefined();
  });
  test("jail credit: a release 100 days earlier moves the transfer 100 days earlier under the cap", () => {
    const etc = estimateTimeCredits({ startDate: C, gctRelease: plusDays(GCT_RELEASE, -100), creditRatePer30: 15, supervisedRelease: true });
    expect(etc.supervisedReleaseTransfer).toBe(plusDays("2027-04-07", -100));
    expect(etc.creditsAppliedToSupervisedRelease).toBe(365);
  });
});

describe("the 365-day cap on early supervised release (§ 3624(g)(3))", () => {
  const from = "2025-01-01";
  const at = (g: number) => estimateTimeCredits({ startDate: from, gctRelease: plusDays(from, g), creditRatePer30: 15, supervisedRelease: true });
  test("G = 1,175 is the boundary: transfer on the prerelease day 810 (27 periods, 370 credits), exactly 365 applied, none left", () => {
    expect(at(1175)).toMatchObject({ daysServedAtTransfer: 810, creditsAtPrerelease: 370, creditsAppliedToSupervisedRelease: 365, creditsForPrerelease: 0 });
  });
  test("one day more (G = 1,176): capped, still 365 applied; the transfer is a day after the prerelease date", () => {
    const etc = at(1176);
    expect(etc).toMatchObject({ daysServedAtTransfer: 811, creditsAtPrerelease: 370, creditsAppliedToSupervisedRelease: 365, creditsForPrerelease: 5 });
    expect(daysBetween(etc.earliestPrerelease, etc.supervisedReleaseTransfer!)).toBe(1);
  });
  test("below the cap (G = 900): transfer where days served plus credits reach the GCT release", () => {
    const etc = at(900);
    expect(etc.daysServedAtTransfer).toBe(630); // 21 periods, 280 credits, and 630 + 280 ≥ 900 (20 periods: 600 + 265 < 900)
    expect(etc.creditsAppliedToSupervisedRelease).toBe(270);
    expect(etc.creditsForPrerelease).toBe(0);
  });
});

describe("programming before the First Step Act earns nothing (§ 3632(d)(4)(B)(i))", () => {
  test("a term begun 2015-01-02 earns from 2018-12-21", () => {
    const etc = estimateTimeCredits({ startDate: "2015-01-02", gctRelease: "2030-01-01", creditRatePer30: 15, supervisedRelease: true });
    expect(etc.earningStart).toBe("2018-12-21");
    expect(etc.supervisedReleaseTransfer).toBe(plusDays("2030-01-01", -365));
    const e = daysBetween("2015-01-02", "2018-12-21");
    expect(etc.creditsAtTransfer).toBe(creditsForPeriods(Math.floor((etc.daysServedAtTransfer! - e) / 30), 15));
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

/*
 * Reference table: the Bureau's worked examples in its "FSA Time Credit Application Guide" (2026),
 * https://www.bop.gov/resources/docs/fsa_time_credit_handout.pdf — a term arriving 2025-01-01, minimum or
 * low risk, supervised release in the judgment. The figures were read in a third-party transcription of
 * the guide; the PDF itself could not be opened here. Its RDAP example (§ 3621(e)) is outside this calculator.
 */
describe("the Bureau's worked examples (FSA Time Credit Application Guide, 2026)", () => {
  const C25 = "2025-01-01";
  const credits = (months: number, supervisedRelease = true) => {
    const gct = estimateGoodConductTime({ startDate: C25, months, extraDays: 0, jailCreditDays: 0, rate: 54 });
    return { gct, etc: estimateTimeCredits({ startDate: C25, gctRelease: gct.gctRelease, creditRatePer30: 15, supervisedRelease }) };
  };
  test("example 1, 24 months: GCT release 2026-09-14; release 2026-03-23 on 175 credits, all to supervised release", () => {
    const { gct, etc } = credits(24);
    expect(gct.gctRelease).toBe("2026-09-14");
    expect(etc).toMatchObject({
      earliestPrerelease: "2026-03-23", creditsAtPrerelease: 175,
      supervisedReleaseTransfer: "2026-03-23", creditsAppliedToSupervisedRelease: 175, creditsForPrerelease: 0,
    });
  });
  test("example 2, 60 months: full term 2029-12-31, GCT 270, release 2029-04-05; placement 2027-12-02, release 2028-04-05, 490 credits, 125 to prerelease", () => {
    const { gct, etc } = credits(60);
    expect(gct).toMatchObject({ fullTermRelease: "2029-12-31", gctDays: 270, gctRelease: "2029-04-05" });
    expect(etc).toMatchObject({
      earliestPrerelease: "2027-12-02", creditsAtPrerelease: 490,
      supervisedReleaseTransfer: "2028-04-05", creditsAppliedToSupervisedRelease: 365, creditsForPrerelease: 125,
    });
  });
  test("the same 60 months with no supervised release: every credit goes to prerelease custody from 2027-12-02", () => {
    const { etc } = credits(60, false);
    expect(etc.earliestPrerelease).toBe("2027-12-02");
    expect(etc.supervisedReleaseTransfer).toBeUndefined();
  });
  test("120 months: full term 2034-12-31, GCT 540, release 2033-07-09; release 2032-07-09, 1,015 credits, 650 to prerelease", () => {
    const { gct, etc } = credits(120);
    expect(gct).toMatchObject({ fullTermRelease: "2034-12-31", gctDays: 540, gctRelease: "2033-07-09" });
    expect(etc).toMatchObject({ creditsAtPrerelease: 1015, supervisedReleaseTransfer: "2032-07-09", creditsAppliedToSupervisedRelease: 365, creditsForPrerelease: 650 });
  });
  test("120 months: placement 2030-10-02, when the 70th period's credits make 1,015 (the guide prints 2030-09-28 = 2033-07-09 − 1,015, four days before those credits are earned)", () => {
    expect(credits(120).etc.earliestPrerelease).toBe("2030-10-02");
  });
});

describe("credits come at the end of each 30-day period (28 C.F.R. § 523.42(c)(1))", () => {
  test.for([
    [29, 0], [30, 10], [31, 10], [209, 60], [210, 70], [239, 70], [240, 85],
  ] as const)("day %i of earning, minimum or low risk → %i days", ([day, expected]) => {
    expect(creditsForPeriods(Math.floor(day / 30), 15)).toBe(expected);
  });
  test("at 10 a period, every period is 10", () => {
    expect(creditsForPeriods(8, 10)).toBe(80);
    expect(creditsForPeriods(0, 10)).toBe(0);
  });
});
