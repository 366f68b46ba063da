import { describe, expect, test } from "vitest";
import { readResultsWords } from "@/lib/content/results";
import { estimateRows, labelFromName } from "@/lib/results/estimates";
import { evaluateAll } from "@/lib/engine/screen";
import type { Facts } from "@/rules/facts/schema";

const words = readResultsWords();

describe("estimate rows", () => {
  test("follow content's order, leave out what content marks null, and label unknown names from the name", () => {
    const rows = estimateRows({ gctDays: 270, newThing: 3, imposedDays: 1826, gctRelease: "2028-04-06" }, words.estimates);
    expect(rows.map((row) => row.name)).toEqual(["gctRelease", "gctDays", "newThing"]);
    expect(rows[2].label).toBe("New thing");
    expect(labelFromName("gctReleaseAt54")).toBe("Gct release at 54");
    expect(estimateRows(undefined, words.estimates)).toEqual([]);
  });

  test("every projection the calculators give has a place in content (the worked example of rules/README.md § gct-calculator: 60 months from 2024-01-02)", () => {
    const facts: Facts = {
      court: "federal", courtState: "NY", birthDate: "1980-01-01", citizenship: "citizen", caseStatus: "sentenced",
      offenseDate: "2023-01-01", fsaExcludedOffense: "no", violentOffense: "no", prisonMonths: 60, prisonExtraDays: 0,
      lifeSentence: "no", supervisedReleaseOrdered: "yes", custody: "prison", custodyStartDate: "2024-01-02",
      jailCreditDays: 0, diplomaOrGed: "yes", riskLevel: "minimum", removalOrder: "no",
    };
    const names = evaluateAll(facts, "2026-11-23").flatMap(({ evaluation }) => Object.keys(evaluation.estimate ?? {}));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Object.keys(words.estimates), name).toContain(name);
  });
});
