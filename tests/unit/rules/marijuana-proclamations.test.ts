import { describe, expect, test } from "vitest";
import { LAST_COVERED_OFFENSE_DATE, MARIJUANA_PROCLAMATIONS, proclamationCovering } from "@/rules/data/marijuana-proclamations";

describe("marijuana pardon proclamations (rules/README.md § pardon, [V-off])", () => {
  test("two proclamations, signed 2022-10-06 and 2023-12-22, each covering offenses on or before its date", () => {
    expect(MARIJUANA_PROCLAMATIONS.map((p) => [p.signed, p.coversOffensesThrough])).toEqual([
      ["2022-10-06", "2022-10-06"],
      ["2023-12-22", "2023-12-22"],
    ]);
    expect(LAST_COVERED_OFFENSE_DATE).toBe("2023-12-22");
  });

  test("both cover 21 U.S.C. § 844 simple possession; the first names D.C. Code § 48-904.01(d)(1); each cites a source", () => {
    for (const p of MARIJUANA_PROCLAMATIONS) {
      expect(p.offenses.join(" ")).toContain("21 U.S.C. § 844");
      expect(p.sources.length).toBeGreaterThan(0);
      expect(p.who).toMatch(/citizens or lawful permanent residents on \d{4}-\d{2}-\d{2}/);
      expect(p.who).toMatch(/lawfully present/);
    }
    expect(MARIJUANA_PROCLAMATIONS[0].offenses).toContain("D.C. Code § 48-904.01(d)(1)");
  });

  test.for([
    ["1990-01-01", "2022-10-06"],
    ["2022-10-06", "2022-10-06"],
    ["2022-10-07", "2023-12-22"],
    ["2023-12-22", "2023-12-22"],
  ] as const)("an offense on %s is covered by the proclamation of %s", ([offense, signed]) => {
    expect(proclamationCovering(offense)?.signed).toBe(signed);
  });

  test("an offense on 2023-12-23 is covered by neither", () => {
    expect(proclamationCovering("2023-12-23")).toBeUndefined();
  });
});
