// @vitest-environment happy-dom
/** Check your answers is grouped under section headings: every fact has one section, rows keep their order. */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { ANSWER_SECTIONS, groupAnswers } from "@/components/screener/answer-sections";
import { CheckAnswers } from "@/components/screener/check-answers";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { replay } from "@/lib/screener/route";
import { makeSay } from "@/lib/words/say";
import { SessionProvider } from "@/components/screener/session";
import { FACT_NAMES } from "@/rules/facts/schema";
import { PERSONAS } from "../screener/personas";

vi.mock("server-only", () => ({}));

const ui = readScreenerWords();

describe("answer sections", () => {
  test("every fact is in exactly one section", () => {
    const placed = ANSWER_SECTIONS.flatMap((section) => section.facts);
    expect([...placed].sort()).toEqual([...FACT_NAMES].sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  test("every heading has words, for each perspective", () => {
    for (const perspective of ["self", "family", "counselor"] as const) {
      const say = makeSay(ui, perspective);
      for (const section of ANSWER_SECTIONS) expect(say(section.heading), section.heading).not.toBe(section.heading);
    }
    expect(makeSay(ui, "family")("review.section.you")).toBe("About your relative");
  });

  test("groups keep the order the facts were asked in, and empty sections are left out", () => {
    expect(groupAnswers(["court", "perspective", "birthDate", "offenseDate", "caseStatus"])).toEqual([
      { heading: "review.section.you", facts: ["perspective", "birthDate"] },
      { heading: "review.section.case", facts: ["court", "offenseDate", "caseStatus"] },
    ]);
  });

  test.for(PERSONAS.map((p) => [p.name, p] as const))("%s: every answer shows once, under its section's heading", ([, persona]) => {
    const say = makeSay(ui, persona.facts.perspective as "self");
    const route = replay(persona.facts as never, persona.asOf);
    const noop = () => undefined;
    const { unmount } = render(
      <SessionProvider value={{ asOf: persona.asOf, perspective: persona.facts.perspective as "self" }}>
      <CheckAnswers
        route={route}
        questions={readQuestionTexts(ui)}
        say={say}
        onChange={noop}
        onConfirm={noop}
        onResume={noop}
        onOpen={noop}
        onRestart={noop}
      />
      </SessionProvider>,
    );
    const list = screen.getByTestId("check-answers");
    const rows = [...list.querySelectorAll("[data-fact]")].map((row) => row.getAttribute("data-fact"));
    const kept = route.steps.flatMap((step) => step.facts).filter((fact) => route.kept[fact] !== undefined);
    expect([...rows].sort()).toEqual([...kept].sort());
    for (const section of list.querySelectorAll("section")) {
      const heading = within(section as HTMLElement).getByRole("heading", { level: 2 }).textContent;
      const owner = ANSWER_SECTIONS.find((s) => say(s.heading) === heading)!;
      for (const row of section.querySelectorAll("[data-fact]")) expect(owner.facts).toContain(row.getAttribute("data-fact"));
    }
    unmount();
  });
});
