import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Facts } from "@/rules/facts/schema";
import { compassionateRelease } from "@/rules/compassionate-release";
import type { Evaluation } from "@/rules/types";
import { casesCompassionateRelease } from "./compassionate-release.cases";
import { runPathCases } from "./worked-case";

runPathCases(compassionateRelease, casesCompassionateRelease);

/**
 * A `not-yet` result's words must not offer a filing date other than `availableFrom`: `exhaustionWait`
 * ("may file in court from {date}") names that very date, and `exhaustionEndsFirst` an earlier one.
 * The citations cannot show this (both reasons cite § 3582(c)(1)(A)), so the dates are checked.
 */
function expectWordsAgreeWithDate(result: Evaluation) {
  if (result.status !== "not-yet") return;
  for (const reason of result.reasons) {
    if (reason.key === "exhaustionWait") expect(reason.vars?.date, "exhaustionWait date").toBe(result.availableFrom);
    if (reason.key === "exhaustionEndsFirst") expect(String(reason.vars?.date) < result.availableFrom!, "exhaustionEndsFirst date").toBe(true);
  }
}

describe("compassionate-release: the filing date in the words is the result's date", () => {
  test.for(casesCompassionateRelease)("$name", ({ facts, asOf }) => {
    expectWordsAgreeWithDate(compassionateRelease.evaluate(facts, asOf));
  });

  test("over random aging-decline cases in prison (the reason and the 30-day wait ending in either order)", () => {
    const AS_OF = "2026-11-23";
    const day = (from: string, to: string) =>
      fc
        .integer({ min: Date.parse(from) / 86_400_000, max: Date.parse(to) / 86_400_000 })
        .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day("2015-01-01", "2018-01-01"), day("2026-06-01", AS_OF), fc.integer({ min: 1, max: 600 }), (start, request, months) => {
        const facts: Facts = {
          court: "federal", caseStatus: "sentenced", custody: "prison", birthDate: "1955-06-01", crReasons: ["aging-decline"],
          custodyStartDate: start, jailCreditDays: 0, lifeSentence: "no", prisonMonths: months, prisonExtraDays: 0,
          sentenced3559c: "no", wardenRequest: "submitted", wardenRequestDate: request,
        };
        expectWordsAgreeWithDate(compassionateRelease.evaluate(facts, AS_OF));
      }),
      { numRuns: 1_000 },
    );
  });
});
