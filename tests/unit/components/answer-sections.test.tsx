// @vitest-environment happy-dom
/** Check your answers is grouped under section headings: every fact has one section, rows keep their order. */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { ANSWER_SECTIONS, groupAnswers, progressOf } from "@/components/screener/answer-sections";
import { CheckAnswers } from "@/components/screener/check-answers";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { replay } from "@/lib/screener/route";
import { makeSay } from "@/lib/words/say";
import { SessionProvider } from "@/components/screener/session";
import { FACT_NAMES, type Facts } from "@/rules/facts/schema";
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

describe("progress in sections (issue 11: 'The sentence — 3 of 5', not a percentage)", () => {
  /** The progress shown on each page of a persona's journey, as the person reaches it. */
  const journey = (persona: (typeof PERSONAS)[number]) => {
    const full = replay(persona.facts as Facts, persona.asOf);
    return full.steps.map((_, cursor) => {
      const sofar = Object.fromEntries(full.steps.slice(0, cursor).flatMap((step) => step.facts.map((fact) => [fact, (persona.facts as Facts)[fact]])));
      return progressOf(replay(sofar as Facts, persona.asOf), cursor, persona.asOf)!;
    });
  };

  test("the first page is part 1, about the person, worded for them", () => {
    const first = progressOf(replay({}, "2026-11-23"), 0, "2026-11-23")!;
    expect(first).toMatchObject({ heading: "review.section.you", number: 1 });
    const say = makeSay(ui, "family");
    expect(say("question.progress", { section: say(first.heading), number: first.number, total: first.total })).toBe(`About your relative — part 1 of ${first.total}`);
  });

  test.for(PERSONAS.map((p) => [p.name, p] as const))("%s: each page names its section; the total never grows, and is never below the part", ([, persona]) => {
    const shown = journey(persona);
    const route = replay(persona.facts as Facts, persona.asOf);
    shown.forEach((progress, i) => {
      const section = ANSWER_SECTIONS.find((s) => s.heading === progress.heading)!;
      expect(section.facts).toContain(route.steps[i].lead[0]);
      expect(progress.number).toBeGreaterThanOrEqual(1);
      expect(progress.number).toBeLessThanOrEqual(progress.total);
      if (i > 0) expect(progress.total).toBeLessThanOrEqual(shown[i - 1].total);
    });
    // A new section is numbered one past the sections reached before it.
    const seen: string[] = [];
    for (const progress of shown) {
      if (!seen.includes(progress.heading)) seen.push(progress.heading);
      expect(progress.number).toBe(seen.indexOf(progress.heading) + 1);
    }
    expect(shown.at(-1)!.total).toBeGreaterThanOrEqual(seen.length);
  });
});
