/**
 * Where a question revealed by an answer is asked (issue 11): inside the chosen option of the one radio
 * answer that revealed it, on the same page; anything else an answer makes needed is asked on the next page.
 */
import { describe, expect, test } from "vitest";
import { FACT_KINDS, type Facts, type FactName } from "@/rules/facts/schema";
import { replay, reveals } from "@/lib/screener/route";
import { PERSONAS } from "./personas";

const persona = (start: string) => PERSONAS.find((p) => p.name.startsWith(start))!;

describe("revealed in place", () => {
  test.for(PERSONAS.map((p) => [p.name, p] as const))("%s: every question a page adds sits under one radio answer it opened with", ([, p]) => {
    const route = replay(p.facts as Facts, p.asOf);
    let before: Facts = {};
    for (const step of route.steps) {
      const placed = reveals(step, before, p.facts as Facts, p.asOf);
      for (const fact of step.facts.filter((name) => !step.lead.includes(name))) {
        const trigger = placed.get(fact);
        expect(trigger, `${step.page}: ${fact}`).toBeDefined();
        expect(step.lead).toContain(trigger);
        expect(FACT_KINDS[trigger as FactName].kind).toBe("choice");
      }
      before = { ...before, ...Object.fromEntries(step.facts.map((name) => [name, (p.facts as Facts)[name]])) };
    }
  });

  test("the judgment date, needed once the appeal is answered, sits under the appeal answer (the issue's example)", () => {
    const p = persona("a counselor");
    const step = replay(p.facts as Facts, p.asOf).steps.find((visit) => visit.page === "appeal")!;
    expect(step.lead).toEqual(["appeal"]);
    expect(step.facts).toEqual(["judgmentDate", "appeal"]);
  });

  test("a question revealed by dates is asked on the next page, never inside the page above its heading", () => {
    const p = persona("a counselor");
    const pages = replay(p.facts as Facts, p.asOf).steps.map((step) => step.facts.join("+"));
    expect(pages).toContain("releaseDate+supervisionStartDate");
    expect(pages[pages.indexOf("releaseDate+supervisionStartDate") + 1]).toBe("supervisionMonths");
  });

  test("a question revealed by a revealed question is asked on the next page (no reveal inside a reveal)", () => {
    const p = persona("a relative");
    const pages = replay(p.facts as Facts, p.asOf).steps.map((step) => step.facts.join("+"));
    expect(pages).toContain("judgmentDate+appeal+appealDecisionDate");
    expect(pages[pages.indexOf("judgmentDate+appeal+appealDecisionDate") + 1]).toBe("certiorari");
  });
});
