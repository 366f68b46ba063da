/**
 * The property of issue #11: a date given as its year only never yields a decided status (`likely`,
 * `unlikely`, or any other but `possible`) that some day of that year would change. Checked against the
 * path evaluated on each day of the year that fits the other answers (rules/shared/unknown-dates.ts).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RULES } from "@/rules";
import { plusDays } from "@/rules/calendar/dates";
import { contradictions } from "@/rules/facts/contradictions";
import { DATE_FACTS, type DateFact, type Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import { arbitraryCompleteFacts } from "../../support/arbitrary-facts";
import { unknownDateCases } from "./unknown-dates.cases";

const AS_OF = "2026-11-23";

/** The facts with `name` given as the year only. */
function yearOnly(facts: Facts, name: DateFact, year: number): Facts {
  const rest: Facts = { ...facts, dateYears: { ...facts.dateYears, [name]: year } };
  delete rest[name];
  return rest;
}

/** Every day of `year` that fits the other answers (no contradiction, and no birth after today). */
function daysOf(facts: Facts, name: DateFact, year: number, asOf: IsoDate): Facts[] {
  const days: Facts[] = [];
  for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = plusDays(day, 1)) {
    const exact: Facts = { ...facts, [name]: day };
    const years = { ...exact.dateYears };
    delete years[name];
    exact.dateYears = Object.keys(years).length > 0 ? years : undefined;
    if (contradictions(exact, asOf).length === 0 && !(name === "birthDate" && day > asOf)) days.push(exact);
  }
  return days;
}

/** For every path that reads `name`: a status other than `possible` is the status of every day of the year. */
function checkYear(facts: Facts, name: DateFact, year: number) {
  const given = yearOnly(facts, name, year);
  const days = daysOf(given, name, year, AS_OF);
  for (const rule of RULES.filter((each) => each.facts.includes(name))) {
    const status = rule.evaluate(given, AS_OF).status;
    if (status === "possible" || status === "incomplete") continue;
    for (const day of days) expect(rule.evaluate(day, AS_OF).status, `${rule.id}: ${name} ${day[name]} vs the year ${year}`).toBe(status);
  }
}

/** The worked cases' scenarios, with their one year-only date. */
const SCENARIOS = Object.values(unknownDateCases)
  .flat()
  .flatMap(({ facts }) => Object.keys(facts.dateYears ?? {}).map((name) => ({ facts, name: name as DateFact })));

describe("a year-only date decides only what every day of the year decides (fast-check)", () => {
  test("the worked cases' scenarios, any year 1995–2026", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS), fc.integer({ min: 1995, max: 2026 }), ({ facts, name }, year) => checkYear(facts, name, year)),
      { numRuns: 30, seed: 11 },
    );
  }, 120_000);

  test("any complete set of answers, any one date given as its year", () => {
    fc.assert(
      fc.property(arbitraryCompleteFacts(AS_OF), fc.constantFrom(...DATE_FACTS), (facts, name) => {
        const year = Number((facts[name] as string).slice(0, 4));
        checkYear(facts, name, year);
      }),
      { numRuns: 25, seed: 11 },
    );
  }, 120_000);

  test("not vacuous: in the 2025-judgment scenario the days of the year do give different statuses (so the path must say possible)", () => {
    const [facts] = unknownDateCases["2255"]!.filter(({ facts }) => facts.dateYears?.judgmentDate === 2025).map(({ facts }) => facts);
    const statuses = new Set(daysOf(facts, "judgmentDate", 2025, AS_OF).map((day) => RULES[1].evaluate(day, AS_OF).status));
    expect(statuses.size).toBeGreaterThan(1);
    expect(RULES[1].evaluate(yearOnly({ ...facts, dateYears: undefined }, "judgmentDate", 2025), AS_OF).status).toBe("possible");
  });
});
