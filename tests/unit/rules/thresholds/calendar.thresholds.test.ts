/**
 * The calendar's and the fact checks' thresholds on the day before, the day, and the day after: the roll
 * forward of a last day (FRAP 26(a), Sup. Ct. R. 30.1), a past fact against the as-of date, and facts that
 * must be in order.
 */
import { describe, expect, test } from "vitest";
import { executiveClosure, isNonBusinessDay, rollForwardFrap26Frcp6, rollForwardSupremeCourtRule30 } from "@/rules/calendar/court-days";
import { contradictions } from "@/rules/facts/contradictions";

describe("rolling a last day forward", () => {
  test.for([
    { name: "Friday 2024-12-20 → itself", day: "2024-12-20", frap: "2024-12-20", rule30: "2024-12-20", closures: 0 },
    { name: "Saturday 2024-12-21 → Monday 2024-12-23", day: "2024-12-21", frap: "2024-12-23", rule30: "2024-12-23", closures: 0 },
    { name: "Monday 2024-12-23 → itself", day: "2024-12-23", frap: "2024-12-23", rule30: "2024-12-23", closures: 0 },
    {
      name: "Tuesday 2024-12-24, closed by executive order → FRAP 26(a): Thursday 12-26 (Christmas is a § 6103 holiday); Rule 30.1: itself",
      day: "2024-12-24", frap: "2024-12-26", rule30: "2024-12-24", closures: 1,
    },
    { name: "Wednesday 2024-12-25, Christmas → Thursday 2024-12-26", day: "2024-12-25", frap: "2024-12-26", rule30: "2024-12-26", closures: 0 },
    { name: "Thursday 2024-12-26 → itself", day: "2024-12-26", frap: "2024-12-26", rule30: "2024-12-26", closures: 0 },
  ])("$name", ({ day, frap, rule30, closures }) => {
    const roll = rollForwardFrap26Frcp6(day);
    expect(roll.day).toBe(frap);
    expect(roll.withoutClosures).toBe(rule30);
    expect(roll.closures).toHaveLength(closures);
    expect(rollForwardSupremeCourtRule30(day)).toBe(rule30);
  });

  test("the closure is named by the day it fell on, and only that day", () => {
    expect(executiveClosure("2024-12-24")?.date).toBe("2024-12-24");
    expect(executiveClosure("2024-12-23")).toBeUndefined();
    expect(isNonBusinessDay("2024-12-24")).toBe(false);
    expect(isNonBusinessDay("2024-12-25")).toBe(true);
  });
});

describe("contradictions: a past fact may fall on the as-of date, never after it", () => {
  test.for([
    { name: "offense the day before the as-of date → fine", offenseDate: "2026-11-22", problems: 0 },
    { name: "offense on the as-of date → fine", offenseDate: "2026-11-23", problems: 0 },
    { name: "offense the day after the as-of date → one problem", offenseDate: "2026-11-24", problems: 1 },
  ])("$name", ({ offenseDate, problems }) => {
    expect(contradictions({ offenseDate }, "2026-11-23")).toHaveLength(problems);
  });

  test.for([
    { name: "judgment the day before the offense → one problem", judgmentDate: "2020-05-31", problems: 1 },
    { name: "judgment on the day of the offense → fine", judgmentDate: "2020-06-01", problems: 0 },
    { name: "judgment the day after the offense → fine", judgmentDate: "2020-06-02", problems: 0 },
  ])("$name", ({ judgmentDate, problems }) => {
    const found = contradictions({ offenseDate: "2020-06-01", judgmentDate }, "2026-11-23");
    expect(found).toHaveLength(problems);
    if (problems) expect(found[0]).toEqual({ kind: "before", fact: "judgmentDate", value: "2020-05-31", other: "offenseDate", otherValue: "2020-06-01" });
  });

  test("a future past-fact names the fact, its value and the as-of date", () => {
    expect(contradictions({ wardenRequestDate: "2026-11-24" }, "2026-11-23")).toEqual([{ kind: "after-as-of", fact: "wardenRequestDate", value: "2026-11-24", asOf: "2026-11-23" }]);
  });
});
