// @vitest-environment happy-dom
/**
 * Parity between a question's content and its page: every `##` section of content/questions/<fact>.md
 * has a place on the question page — its heading and every word of its body are on the page (open, or
 * folded in "Why we ask" / "Where to find this"). Fails when a section is dropped on the way.
 */
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { QuestionPage } from "@/components/screener/question-page";
import { readQuestionWords } from "@/lib/content/questions";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { PAGES } from "@/lib/screener/pages";
import { fill } from "@/lib/words/fill";
import { makeSay } from "@/lib/words/say";
import { SessionProvider } from "@/components/screener/session";
import { FACT_NAMES, type FactName } from "@/rules/facts/schema";

vi.mock("server-only", () => ({}));
afterEach(cleanup);

const ui = readScreenerWords();
const questions = readQuestionTexts(ui);
const content = readQuestionWords();
const say = makeSay(ui, "self");

/** Text as a reader gets it: tags gone, entities read, spaces collapsed. */
function plain(html: string): string {
  const box = document.createElement("div");
  box.innerHTML = html;
  return (box.textContent ?? "").replace(/\s+/g, " ").trim();
}

function renderQuestion(fact: FactName): string {
  const page = PAGES.find((p) => p.facts.includes(fact))!;
  render(
    <SessionProvider value={{ asOf: "2026-11-23", perspective: "self" }}>
    <QuestionPage
      step={{ page: page.id, facts: [fact], lead: [fact] }}
      answers={{ perspective: "self" }}
      stash={{}}
      questions={questions}
      say={say}
      checklist={[]}
      started
      onSubmit={vi.fn()}
    />
    </SessionProvider>,
  );
  return (document.body.textContent ?? "").replace(/\s+/g, " ");
}

describe("every help section of a question is on its page", () => {
  test.for(FACT_NAMES.filter((fact) => content[fact]!.sections.length > 0))("%s", (fact) => {
    const shown = renderQuestion(fact);
    for (const section of content[fact]!.sections) {
      expect(shown, `${fact}: "## ${section.heading}"`).toContain(section.heading);
      expect(shown, `${fact}: the body of "## ${section.heading}"`).toContain(plain(fill(section.html, "self")));
    }
  });

  test("the sections the issue named: the zero-point list and the trafficking hotline, open on the page", () => {
    renderQuestion("zeroPointExclusion");
    const list = [...document.querySelectorAll("h2")].find((h) => h.textContent === "The list");
    expect(list?.closest("details")).toBeNull();
    expect(list?.nextElementSibling?.querySelectorAll("li").length).toBeGreaterThan(5);
    cleanup();
    renderQuestion("traffickingSurvivor");
    const talk = [...document.querySelectorAll("h2")].find((h) => h.textContent === "If you want to talk to someone");
    expect(talk?.closest("details")).toBeNull();
    expect(talk?.parentElement).toHaveTextContent("Call 1-888-373-7888 or text 233733");
  });

  test("the loader keeps every section: no text before the first heading, none lost between", () => {
    for (const fact of FACT_NAMES) {
      const { sections, html } = content[fact]!;
      expect(sections.map((s) => `<h2>${s.heading}</h2>`).join(""), fact).toBe([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[0]).join(""));
    }
  });
});
