import { describe, expect, test } from "vitest";
import { finality, oneYearDeadline } from "@/rules/shared/finality";

describe("§ 2255(f)(1) finality (brief § b(4) table)", () => {
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
  test("brief example: final 2025-11-24 (from Sunday 2025-11-23) → 2026-11-24, strictest 2026-11-23", () => {
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
