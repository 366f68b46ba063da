/**
 * The calculators' own thresholds on the value before, at and after each: "more than 1 year" as imposed
 * (18 U.S.C. § 3624(b)(1)), the anniversary of the term for good conduct time (28 C.F.R. § 523.20(b)),
 * the 7 periods at 10 days before 15 (28 C.F.R. § 523.42(c)), and the earning start at the First Step
 * Act's enactment (§ 3632(d)(4)(B)(i)).
 */
import { describe, expect, test } from "vitest";
import { creditsForPeriods, estimateTimeCredits } from "@/rules/calculators/fsa-time-credits";
import { maxGctDays, termOverOneYear } from "@/rules/calculators/good-conduct-time";

describe("termOverOneYear: § 3624(b)(1) 'more than 1 year', as imposed", () => {
  test.for([
    { name: "11 months and 28 days → no, whatever the start", months: 11, days: 28, start: undefined, over: false },
    { name: "11 months and 29 days, no start → cannot tell", months: 11, days: 29, start: undefined, over: undefined },
    { name: "11 months and 30 days from 2020-01-01 (ends 2020-12-31) → no", months: 11, days: 30, start: "2020-01-01", over: false },
    { name: "11 months and 31 days from 2020-01-01 (ends on the anniversary) → no", months: 11, days: 31, start: "2020-01-01", over: false },
    { name: "11 months and 32 days from 2020-01-01 (a day past the anniversary) → yes", months: 11, days: 32, start: "2020-01-01", over: true },
    { name: "11 months and 29 days from 2021-02-01 (ends 2022-01-30) → no", months: 11, days: 29, start: "2021-02-01", over: false },
    { name: "12 months → no", months: 12, days: 0, start: "2020-01-01", over: false },
    { name: "12 months and 1 day → yes", months: 12, days: 1, start: undefined, over: true },
    { name: "13 months → yes", months: 13, days: 0, start: undefined, over: true },
  ])("$name", ({ months, days, start, over }) => {
    expect(termOverOneYear(months, days, start)).toBe(over);
  });
});

describe("maxGctDays: 54 on each anniversary, the partial year prorated and rounded down (28 C.F.R. § 523.20(b))", () => {
  test.for([
    { name: "no days → none", days: 0, gct: 0 },
    { name: "365 days from 2020-01-01, a day short of the anniversary → 54 × 365/366, rounded down: 53", days: 365, gct: 53 },
    { name: "366 days from 2020-01-01, to the anniversary → 54", days: 366, gct: 54 },
    { name: "367 days → 54 and a prorated day rounded down to none", days: 367, gct: 54 },
    { name: "731 days, to the second anniversary → 108", days: 731, gct: 108 },
    { name: "730 days, a day short of the second anniversary → 54 + 54 × 364/365 rounded down: 107", days: 730, gct: 107 },
  ])("$name", ({ days, gct }) => {
    expect(maxGctDays("2020-01-01", days, 54)).toBe(gct);
  });
});

describe("creditsForPeriods: 10 a period for the first 7, then 15 (low risk); always 10 otherwise", () => {
  test.for([
    { n: -1, k: 15, credits: 0 },
    { n: 0, k: 15, credits: 0 },
    { n: 1, k: 15, credits: 10 },
    { n: 6, k: 15, credits: 60 },
    { n: 7, k: 15, credits: 70 },
    { n: 8, k: 15, credits: 85 },
    { n: 8, k: 10, credits: 80 },
    { n: 0, k: 10, credits: 0 },
  ] as const)("$n periods at rate $k → $credits", ({ n, k, credits }) => {
    expect(creditsForPeriods(n, k)).toBe(credits);
  });
});

describe("estimateTimeCredits: credits for completed 30-day periods, from the later of custody and 2018-12-21", () => {
  test.for([
    { name: "custody from 2018-12-20 → earning from 2018-12-21", start: "2018-12-20", earning: "2018-12-21" },
    { name: "custody from 2018-12-21 → earning from that day", start: "2018-12-21", earning: "2018-12-21" },
    { name: "custody from 2018-12-22 → earning from that day", start: "2018-12-22", earning: "2018-12-22" },
  ])("$name", ({ start, earning }) => {
    expect(estimateTimeCredits({ startDate: start, gctRelease: "2022-01-01", creditRatePer30: 15, supervisedRelease: false }).earningStart).toBe(earning);
  });

  // The first 30-day period is complete on day 30 from the start.
  test.for([
    { name: "GCT release on day 29 → no period completed before it: prerelease on day 29, no credits", g: 29, day: 29, credits: 0 },
    { name: "GCT release on day 30 → prerelease on day 30 (one period is completed only on that day)", g: 30, day: 30, credits: 10 },
    { name: "GCT release on day 40 → day 30 and its 10 credits reach it", g: 40, day: 30, credits: 10 },
    { name: "GCT release on day 41 → day 31 with 10 credits", g: 41, day: 31, credits: 10 },
    { name: "GCT release on day 70 → day 60, when the second period brings the credits to 20", g: 70, day: 60, credits: 20 },
  ])("$name", ({ g, day, credits }) => {
    const start = "2020-01-01";
    const gctRelease = new Date(Date.UTC(2020, 0, 1 + g)).toISOString().slice(0, 10);
    const etc = estimateTimeCredits({ startDate: start, gctRelease, creditRatePer30: 15, supervisedRelease: false });
    expect(etc.daysToGctRelease).toBe(g);
    expect(etc.earliestPrerelease).toBe(new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10));
    expect(etc.creditsAtPrerelease).toBe(credits);
  });
});
