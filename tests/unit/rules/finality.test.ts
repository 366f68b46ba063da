import { describe, expect, test } from "vitest";
import { finality, oneYearDeadline } from "@/rules/shared/finality";
import { executiveClosure, isNonBusinessDay } from "@/rules/calendar/court-days";
import { isIsoDate, plusYears } from "@/rules/calendar/dates";
import { EXECUTIVE_CLOSURES } from "@/rules/data/executive-closures";

describe("§ 2255(f)(1) finality (rules/README.md § finality)", () => {
  test("no appeal: final 14 days after judgment (FRAP 4(b)(1)(A)), Monday stays Monday", () => {
    expect(finality({ appeal: "none", judgmentDate: "2025-12-01" })).toEqual({
      state: "final", kind: "no-appeal", final: "2025-12-15", unrolled: "2025-12-15",
    });
  });
  test("no certiorari: 90 days after the court of appeals' judgment, Sunday 2025-11-23 rolls to 2025-11-24 (Clay)", () => {
    expect(finality({ appeal: "decided", appealDecisionDate: "2025-08-25", certiorari: "none" })).toEqual({
      state: "final", kind: "no-certiorari", final: "2025-11-24", unrolled: "2025-11-23",
    });
  });
  test("certiorari denied: final that day, never rolled (a date the Court set)", () => {
    expect(finality({ appeal: "decided", appealDecisionDate: "2025-01-02", certiorari: "denied", certiorariDate: "2025-12-25" })).toEqual({
      state: "final", kind: "certiorari-denied", final: "2025-12-25", unrolled: "2025-12-25",
    });
  });
  test("pending appeal or certiorari: not final", () => {
    expect(finality({ appeal: "pending" })).toEqual({ state: "pending", stage: "appeal" });
    expect(finality({ appeal: "decided", appealDecisionDate: "2025-01-02", certiorari: "pending" })).toEqual({ state: "pending", stage: "certiorari" });
  });
  test("asks appeal first, then only the date that scenario needs", () => {
    expect(finality({})).toEqual({ state: "needs", needs: ["appeal"] });
    expect(finality({ appeal: "none" })).toEqual({ state: "needs", needs: ["judgmentDate"] });
    expect(finality({ appeal: "decided", judgmentDate: "2025-01-02" })).toEqual({ state: "needs", needs: ["appealDecisionDate"] });
    expect(finality({ appeal: "unsure" })).toEqual({ state: "unsure-appeal" });
  });
});

describe("§ 2255(f) one-year deadline (anniversary method, roll-forward)", () => {
  test("worked example (rules/README.md § finality): final 2025-11-24 (from Sunday 2025-11-23) → 2026-11-24, strictest 2026-11-23", () => {
    expect(oneYearDeadline("2025-11-24", "2025-11-23")).toEqual({ deadline: "2026-11-24", earliestDeadline: "2026-11-23" });
  });
  test("anniversary on Christmas 2026 (Friday) → Monday 2026-12-28, strictest 2026-12-25", () => {
    expect(oneYearDeadline("2025-12-25", "2025-12-25")).toEqual({
      deadline: "2026-12-28", earliestDeadline: "2026-12-25", anniversary: "2026-12-25",
    });
  });
  test("no roll-forward needed → no earliestDeadline", () => {
    expect(oneYearDeadline("2026-01-12", "2026-01-12")).toEqual({ deadline: "2027-01-12" });
  });
  test("29 February finality → 28 February the next year (anniversary method, as date-fns counts)", () => {
    expect(oneYearDeadline("2028-02-29", "2028-02-29")).toEqual({ deadline: "2029-02-28" });
  });
});

/*
 * Days the President closed the executive departments (rules/data/executive-closures.ts) count as "any
 * other day declared a holiday by the President" for the 14 days to appeal (FRAP 26(a)(6)(B)) and the
 * one-year deadline (FRCP 6(a)(6)(B)) — contested, so the result says when they alone moved a day and
 * `earliestDeadline` keeps the strict day — and never for the 90 days to petition for certiorari
 * (Sup. Ct. R. 30.1: weekends, § 6103 holidays and days the Court is closed only).
 */
describe("executive closures: FRAP 26(a)(6)(B) and FRCP 6(a)(6)(B), never Sup. Ct. R. 30.1", () => {
  const closure = (date: string) => EXECUTIVE_CLOSURES.find((row) => row.date === date)!;

  test.for([
    // [judgment, day 14, final, closures that alone moved it, the day without them]
    ["2025-12-09", "2025-12-23", "2025-12-23", [], undefined],
    ["2025-12-10", "2025-12-24", "2025-12-29", ["2025-12-24", "2025-12-26"], "2025-12-24"],
    ["2025-12-11", "2025-12-25", "2025-12-29", ["2025-12-26"], "2025-12-26"],
    ["2025-12-12", "2025-12-26", "2025-12-29", ["2025-12-26"], "2025-12-26"],
    ["2025-12-15", "2025-12-29", "2025-12-29", [], undefined],
    ["2024-12-25", "2025-01-08", "2025-01-08", [], undefined],
    ["2024-12-26", "2025-01-09", "2025-01-10", ["2025-01-09"], "2025-01-09"],
    ["2024-12-27", "2025-01-10", "2025-01-10", [], undefined],
  ] as const)("no appeal, judgment %s: day 14 is %s → final %s", ([judgmentDate, day14, final, closures, withoutClosures]) => {
    const expected = { state: "final", kind: "no-appeal", final, unrolled: day14 };
    expect(finality({ appeal: "none", judgmentDate })).toEqual(
      withoutClosures ? { ...expected, contested: { closures: closures.map(closure), withoutClosures } } : expected,
    );
  });

  test("certiorari: day 90 on 2025-01-09 (Exec. Order No. 14133) stays 2025-01-09 under Sup. Ct. R. 30.1", () => {
    expect(finality({ appeal: "decided", appealDecisionDate: "2024-10-11", certiorari: "none" })).toEqual({
      state: "final", kind: "no-certiorari", final: "2025-01-09", unrolled: "2025-01-09",
    });
  });
  test("certiorari: day 90 on 2025-12-24 (Exec. Order No. 14371) stays 2025-12-24 under Sup. Ct. R. 30.1", () => {
    expect(finality({ appeal: "decided", appealDecisionDate: "2025-09-25", certiorari: "none" })).toEqual({
      state: "final", kind: "no-certiorari", final: "2025-12-24", unrolled: "2025-12-24",
    });
  });

  test("anniversary on 2025-12-24 → 2025-12-29 under FRCP 6(a)(6)(B); the strict day stays 2025-12-24", () => {
    expect(oneYearDeadline("2024-12-24", "2024-12-24")).toEqual({
      deadline: "2025-12-29",
      earliestDeadline: "2025-12-24",
      anniversary: "2025-12-24",
      contested: { closures: [closure("2025-12-24"), closure("2025-12-26")], withoutClosures: "2025-12-24" },
    });
  });
  test("anniversary on Christmas 2025 → 2025-12-29, where 2025-12-26 alone carried it past Friday", () => {
    expect(oneYearDeadline("2024-12-25", "2024-12-25")).toEqual({
      deadline: "2025-12-29",
      earliestDeadline: "2025-12-25",
      anniversary: "2025-12-25",
      contested: { closures: [closure("2025-12-26")], withoutClosures: "2025-12-26" },
    });
  });
  test("the days either side of a closure are not moved: 2025-01-08 and 2025-01-10", () => {
    expect(oneYearDeadline("2024-01-08", "2024-01-08")).toEqual({ deadline: "2025-01-08" });
    expect(oneYearDeadline("2024-01-10", "2024-01-10")).toEqual({ deadline: "2025-01-10" });
  });

  test.for(EXECUTIVE_CLOSURES.map((row) => [row.date, row] as const))("an anniversary on %s is moved by that closure alone", ([date, row]) => {
    const result = oneYearDeadline(plusYears(date, -1), plusYears(date, -1));
    expect(result.deadline > date).toBe(true);
    expect(result.earliestDeadline).toBe(date);
    expect(result.contested?.withoutClosures).toBe(date);
    expect(result.contested?.closures[0]).toBe(row);
  });
});

describe("the closures table (rules/data/executive-closures.ts)", () => {
  test("every row is a weekday that is not a § 6103 holiday, ordered, signed before the day, with an order or a note of what is missing", () => {
    EXECUTIVE_CLOSURES.forEach((row, i) => {
      expect(isIsoDate(row.date)).toBe(true);
      expect(isNonBusinessDay(row.date)).toBe(false);
      expect(row.signed < row.date).toBe(true);
      if (i > 0) expect(EXECUTIVE_CLOSURES[i - 1].date < row.date).toBe(true);
      expect(row.fedReg !== undefined || /not yet checked/.test(row.note)).toBe(true);
    });
  });
  test("the days the issue names are in it", () => {
    for (const date of ["2018-12-05", "2019-12-24", "2020-12-24", "2024-12-24", "2025-01-09", "2025-12-24", "2025-12-26"]) {
      expect(executiveClosure(date)?.date).toBe(date);
    }
    expect(executiveClosure("2025-12-25")).toBeUndefined();
  });
});
