import { describe, expect, test } from "vitest";
import { FSA_EXCLUDED_OFFENSES } from "@/rules/data/fsa-excluded-offenses";

/** Roman numerals 1..n, lower case. */
function roman(n: number): string {
  const table: [number, string][] = [[50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

describe("18 U.S.C. § 3632(d)(4)(D): the excluded-offense list as data (rules/README.md § fsa-time-credits)", () => {
  test("exactly 68 clauses", () => expect(FSA_EXCLUDED_OFFENSES).toHaveLength(68));
  test("numerals i … lxviii, in order", () => {
    expect(FSA_EXCLUDED_OFFENSES.map((row) => row.clause)).toEqual(Array.from({ length: 68 }, (_, i) => roman(i + 1)));
  });
  test.for(FSA_EXCLUDED_OFFENSES.map((row) => [row.clause, row] as const))("(%s) has a provision and a plain name", ([, row]) => {
    expect(row.provision).toMatch(/U\.S\.C\.|Export Administration Act/);
    expect(row.plainName.trim().length).toBeGreaterThan(3);
    expect(row.plainName).not.toMatch(/eligib/i);
    if (row.condition !== undefined) expect(row.condition.trim().length).toBeGreaterThan(3);
  });
  test("spot checks against the statute: (v) § 111(b), (xxii) § 924(c), (lxvi) fentanyl, (lix) § 1326(b)(1)/(b)(2)", () => {
    const byClause = Object.fromEntries(FSA_EXCLUDED_OFFENSES.map((row) => [row.clause, row]));
    expect(byClause.v.provision).toBe("18 U.S.C. § 111(b)");
    expect(byClause.xxii.provision).toBe("18 U.S.C. § 924(c)");
    expect(byClause.lxvi.provision).toContain("(A)(vi)");
    expect(byClause.lix.provision).toBe("8 U.S.C. § 1326(b)(1) or (b)(2)");
    expect(byClause.xvii.condition).toContain("§ 836");
    expect(byClause.xxvii.condition).toContain("1593");
  });
});
