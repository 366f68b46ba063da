// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { Results, type ResultsProps } from "@/components/screener/results/results";
import { SessionProvider } from "@/components/screener/session";
import { PATH_IDS } from "@/rules/types";
import { AS_OF, factsFixture, pathPagesFixture, questionsFixture, resourcesFixture, screeningFixture, wordsFixture } from "./fixtures";

const words = wordsFixture();

function resultsElement(overrides: Partial<ResultsProps> = {}) {
  const props: ResultsProps = {
    screening: screeningFixture(),
    facts: factsFixture,
    words,
    questions: questionsFixture,
    pathPages: pathPagesFixture,
    resources: resourcesFixture,
    ...overrides,
  };
  return (
    <SessionProvider value={{ asOf: AS_OF, perspective: "family" }}>
      <Results {...props} />
    </SessionProvider>
  );
}

const renderResults = (overrides: Partial<ResultsProps> = {}) => render(resultsElement(overrides));

const cardOf = (container: HTMLElement, path: string) => container.querySelector<HTMLElement>(`[data-path="${path}"]`)!;

afterEach(() => vi.restoreAllMocks());

describe("<Results>", () => {
  test("its first render is the heading and what to do first; the cards and the rest follow once that is on screen", () => {
    // Before any effect runs (as a server render stops), only the part to act on is built.
    const first = renderToStaticMarkup(resultsElement());
    expect(first).toContain(`id="results-heading"`);
    expect(first).toContain("data-summary");
    expect(first).not.toContain("data-path=");
    expect(first).not.toContain("data-group=");
    const { container } = renderResults();
    expect(container.querySelectorAll("[data-path]")).toHaveLength(PATH_IDS.length);
  });

  test("all 13 cards are in the page, each with data-path, data-status, a region named by its title and the status in words", () => {
    const { container } = renderResults();
    const cards = container.querySelectorAll<HTMLElement>("[data-path]");
    expect([...cards].map((card) => card.dataset.path).sort()).toEqual([...PATH_IDS].sort());
    for (const result of screeningFixture().results) {
      const card = cardOf(container, result.path);
      expect(card.dataset.status).toBe(result.status);
      expect(card).toHaveAttribute("role", "region");
      const title = container.querySelector(`#${card.getAttribute("aria-labelledby")}`);
      expect(title).toHaveTextContent(`Title of ${result.path}`);
      expect(card.querySelector("[data-status-label]")).toHaveTextContent(words.status[result.status] as string);
    }
  });

  test("groups read may qualify, it depends, not yet, unlikely — worded for a relative", () => {
    const { container } = renderResults();
    const headings = [...container.querySelectorAll("section[data-group] > h2")].map((h) => h.textContent);
    expect(headings).toEqual([
      "Your relative may qualify (2)",
      "It depends (3)",
      "Not yet (1)",
      "Unlikely (3)",
      "Does not fit this case (4)",
    ]);
    expect(screen.getByRole("region", { name: "Title of 2255" }).closest("section")).toHaveAttribute("data-group", "likely");
  });

  test("not-applicable cards are folded inside a <details> with a count, still in the page", () => {
    const { container } = renderResults();
    const details = container.querySelector('section[data-group="not-applicable"] > details')!;
    expect(details).not.toHaveAttribute("open");
    expect(details.querySelector("summary")).toHaveTextContent("Show the 4 options that do not fit this case");
    for (const path of ["3607", "coram-nobis", "fsa-404", "early-termination"]) {
      expect(details.contains(cardOf(container, path))).toBe(true);
    }
    expect(details.querySelectorAll("[data-path]")).toHaveLength(4);
  });

  test("the summary names what to do first, the as-of date and the not-legal-advice note with a help link", () => {
    const { container } = renderResults();
    const summary = container.querySelector<HTMLElement>("[data-summary]")!;
    expect(summary).toHaveTextContent("Title of 2255: the last day to act is December 15, 2026 — in 22 days.");
    expect(summary).toHaveTextContent("To be safe, act by December 14, 2026 — in 21 days.");
    expect(summary).toHaveTextContent("may be earlier or later — confirm with a lawyer");
    expect(summary).toHaveTextContent("These results are as of November 23, 2026.");
    expect(summary).toHaveTextContent("This is not legal advice.");
    expect(within(summary).getByRole("link", { name: "Find free legal help" })).toHaveAttribute("href", "/resources/");
  });

  test("a card shows reasons with citations, dates with days remaining, next steps and a link to the path page; who can help is once for the page", () => {
    const { container } = renderResults();
    const card = cardOf(container, "2255");
    expect(card).toHaveTextContent("Reason words for 2255. (Cite for 2255)");
    expect(card.querySelector("cite")).toHaveTextContent("(Cite for 2255)");
    expect(card.querySelector('[data-date="deadline"]')).toHaveTextContent("Last day to act");
    expect(card.querySelector('[data-date="deadline"]')).toHaveTextContent("December 15, 2026 (in 22 days)");
    expect(card.querySelector('[data-date="deadline"]')).toHaveTextContent("confirm with a lawyer");
    expect(card.querySelector('[data-date="earliestDeadline"]')).toHaveTextContent("Act by this date to be safe");
    expect([...card.querySelectorAll("ol > li")].map((li) => li.textContent)).toEqual(["First step for 2255", "Second step for 2255"]);
    expect(within(card).queryByRole("link", { name: "Defenders" })).toBeNull();
    const help = container.querySelector<HTMLElement>("[data-help]")!;
    expect(within(help).getAllByRole("link", { name: "Defenders" })).toHaveLength(1);
    expect(within(help).getByRole("link", { name: "Defenders" })).toHaveAttribute("href", "https://example.org/defenders");
    expect(within(card).getByRole("link", { name: "Read more about Title of 2255" })).toHaveAttribute("href", "/paths/2255/");
    expect(card).toHaveTextContent("Law checked: December 3, 2026");
  });

  test("availableFrom shows with days remaining; estimates are labelled as estimates; remedies in words", () => {
    const { container } = renderResults();
    const from = cardOf(container, "compassionate-release").querySelector('[data-date="availableFrom"]')!;
    expect(from.querySelector("dt")).toHaveTextContent("Your relative can ask from");
    expect(from.querySelector("dd")).toHaveTextContent("December 20, 2026 (in 27 days)");
    const estimate = cardOf(container, "good-conduct-time").querySelector("[data-estimate]")!;
    expect(estimate).toHaveTextContent("Estimate — the Bureau of Prisons' own calculation controls");
    expect(estimate).toHaveTextContent("Release date with good conduct time: April 6, 2028");
    expect(estimate).toHaveTextContent("Good conduct time, in days: 270");
    expect(estimate).not.toHaveTextContent("1826");
    expect(estimate).toHaveTextContent("New thing: 3");
    expect(cardOf(container, "tsra")).toHaveTextContent("Cancel (vacate) the conviction");
  });

  test("'Add to calendar' downloads an .ics for the date with nothing from the answers in it", async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:calendar";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const { container } = renderResults();
    const deadline = cardOf(container, "2255").querySelector('[data-date="deadline"]')!;
    fireEvent.click(within(deadline as HTMLElement).getByRole("button", { name: /Add to calendar/ }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const text = await blob!.text();
    expect(text).toContain("DTSTART;VALUE=DATE:20261215");
    expect(text).toContain("SUMMARY:Legal deadline");
    for (const answer of ["1990", "2255", "Title of", "Reason words", "sentenced", "relative"]) expect(text).not.toContain(answer);
    const fields = new Set(text.trim().split("\r\n").map((line) => line.split(/[:;]/)[0]));
    expect([...fields].sort()).toEqual(
      ["ACTION", "BEGIN", "CALSCALE", "DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "END", "METHOD", "PRODID", "SUMMARY", "TRIGGER", "UID", "VERSION", "X-PUBLISHED-TTL"].sort(),
    );
  });

  test("the printed summary lists the answers given, with the date printed; buttons are print-hidden", () => {
    const { container } = renderResults({ printedOn: "2026-11-24" });
    const answers = container.querySelector<HTMLElement>("[data-answers]")!;
    expect(answers).toHaveClass("hidden", "print:block");
    expect(answers).toHaveTextContent("Your relative's date of birth: May 1, 1990");
    expect(answers).toHaveTextContent("Court: A federal district court");
    expect(answers).toHaveTextContent("Prison term in months: 60");
    expect(container).toHaveTextContent("Date printed: November 24, 2026");
    for (const button of container.querySelectorAll("button")) {
      expect(button.closest(".print\\:hidden")).not.toBeNull();
    }
  });

  test("'Print this page' prints; 'Change the answers' shows only when there is somewhere to go", () => {
    const print = vi.fn();
    window.print = print;
    const onChangeAnswers = vi.fn();
    renderResults({ onChangeAnswers });
    fireEvent.click(screen.getAllByRole("button", { name: "Print this page" })[0]);
    expect(print).toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Change the answers" }));
    expect(onChangeAnswers).toHaveBeenCalled();
  });

  test("the heading takes focus", () => {
    renderResults();
    expect(screen.getByRole("heading", { level: 1, name: "Your relative's results" })).toHaveFocus();
  });
});
