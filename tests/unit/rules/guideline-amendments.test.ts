import { describe, expect, test } from "vitest";
import {
  AMENDMENT_821_EFFECTIVE,
  AMENDMENT_821_ORDERS_FROM,
  LIVE_AMENDMENTS,
  SECTION_1B1_10_D,
  ZERO_POINT_CRITERIA,
  criminalHistoryCategory,
  statusPointsUnder821,
} from "@/rules/data/guideline-amendments";

describe("USSG § 1B1.10(d) data (rules/README.md § retroactive-amendment)", () => {
  test("the list ends with 782 (subject to (e)(1)) and 821 (parts A and B, subpart 1 only, subject to (e)(2)) [V-off]", () => {
    const [a782, a821] = SECTION_1B1_10_D.slice(-2);
    expect(a782).toMatchObject({ amendment: 782, subjectTo: "subsection (e)(1)", tag: "V-off" });
    expect(a821).toMatchObject({ amendment: 821, parts: "parts A and B, subpart 1 only", subjectTo: "subsection (e)(2)", tag: "V-off" });
  });

  test("702, 706 (as amended by 711) and 715 stay tagged UNVERIFIED (rules/README.md § retroactive-amendment)", () => {
    const unverified = SECTION_1B1_10_D.filter((a) => a.tag === "UNVERIFIED").map((a) => a.amendment);
    expect(unverified).toEqual([702, 706, 715]);
    expect(SECTION_1B1_10_D.find((a) => a.amendment === 706)?.amendedBy).toBe(711);
  });

  test("the list is in ascending order with no repeats, 750 limited to parts A and C", () => {
    const numbers = SECTION_1B1_10_D.map((a) => a.amendment);
    expect(numbers).toEqual([...new Set(numbers)].sort((x, y) => x - y));
    expect(SECTION_1B1_10_D.find((a) => a.amendment === 750)?.parts).toBe("parts A and C only");
    expect(numbers).toHaveLength(24 + 3 + 3);
  });

  test("the live parts are 821 Part A and Part B subpart 1, effective 2023-11-01, orders from 2024-02-01 (§ 1B1.10(e)(2))", () => {
    expect(LIVE_AMENDMENTS.map((p) => p.id)).toEqual(["821-A", "821-B1"]);
    expect(AMENDMENT_821_EFFECTIVE).toBe("2023-11-01");
    expect(AMENDMENT_821_ORDERS_FROM).toBe("2024-02-01");
    for (const part of LIVE_AMENDMENTS) expect(part).toMatchObject({ effective: "2023-11-01", ordersEffectiveFrom: "2024-02-01" });
  });

  test("§ 4C1.1 has ten criteria (rules/README.md § retroactive-amendment)", () => {
    expect(ZERO_POINT_CRITERIA).toHaveLength(10);
  });

  test.for([
    [0, "I"], [1, "I"], [2, "II"], [3, "II"], [4, "III"], [6, "III"], [7, "IV"], [9, "IV"], [10, "V"], [12, "V"], [13, "VI"], [40, "VI"],
  ] as const)("%i points → category %s (Sentencing Table, USSG ch. 5, pt. A)", ([points, category]) => {
    expect(criminalHistoryCategory(points)).toBe(category);
  });

  test("new § 4A1.1(e): 1 status point only with 7 or more other points, else 0 (Amendment 821 Part A)", () => {
    expect(statusPointsUnder821(0)).toBe(0);
    expect(statusPointsUnder821(6)).toBe(0);
    expect(statusPointsUnder821(7)).toBe(1);
    expect(statusPointsUnder821(20)).toBe(1);
  });
});
