// @vitest-environment happy-dom
/**
 * The question page as GOV.UK asks: validation on submit only, an error summary that takes focus, the
 * "Error: " title prefix, inline errors wired into `aria-describedby` after the hint, and related questions
 * revealed as answers make them needed.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { QuestionPage } from "@/components/screener/question-page";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { makeSay } from "@/lib/words/say";
import { SessionProvider } from "@/components/screener/session";
import { replay } from "@/lib/screener/route";
import type { FactName, Facts } from "@/rules/facts/schema";
import { checkStep } from "@/components/screener/form";
import { PERSONAS } from "../screener/personas";

vi.mock("server-only", () => ({}));

const ui = readScreenerWords();
const questions = readQuestionTexts(ui);
const say = makeSay(ui, "family");

function renderPage(step: { page: string; facts: string[]; lead: string[] }, onSubmit = vi.fn(), started = true) {
  render(
    <SessionProvider value={{ asOf: "2026-11-23", perspective: "family" }}>
      <QuestionPage
        step={step as never}
        answers={{ perspective: "family" }}
        stash={{}}
        questions={questions}
        say={say}
        checklist={[]}
        started={started}
        onSubmit={onSubmit}
      />
    </SessionProvider>,
  );
  return onSubmit;
}

describe("question page", () => {
  test("an answer that must stand alone is named by its words, never its value", () => {
    // The boxes uncheck each other in the browser; the check still words the error for a page sent without that.
    const alone = questions.legalError!.options!["none-known"]!;
    const words = { required: () => "", label: () => "", option: (fact: FactName, value: string) => questions[fact]!.options![value]!, say };
    const step = { page: "legalError", facts: ["legalError"], lead: ["legalError"] } as never;
    const result = checkStep(step, { legalError: ["none-known", "ineffective-lawyer"] }, {}, "2026-11-23", words);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([say("error.exclusive", { option: alone })]);
    expect(say("error.exclusive", { option: alone })).toContain(`"${alone}"`);
  });

  test("the question is the h1 inside the legend, worded for a relative", () => {
    renderPage({ page: "birthDate", facts: ["birthDate"], lead: ["birthDate"] });
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent(/your relative/i);
    expect(heading.closest("legend")).not.toBeNull();
  });

  test("submitting nothing: summary takes focus, title gets 'Error: ', inline error after the hint", async () => {
    const onSubmit = renderPage({ page: "birthDate", facts: ["birthDate"], lead: ["birthDate"] });
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    const summary = await screen.findByText("There is a problem");
    await waitFor(() => expect(summary.closest("[data-slot=error-summary]")).toHaveFocus());
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect(document.querySelector("form fieldset fieldset")).toHaveAttribute("aria-describedby", "birthDate-hint birthDate-error");
    expect(document.getElementById("birthDate-error")).toHaveTextContent(/^Error:/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test("an impossible date is refused; a real one is submitted as an ISO date", async () => {
    const onSubmit = renderPage({ page: "birthDate", facts: ["birthDate"], lead: ["birthDate"] });
    await userEvent.type(screen.getByLabelText("Day"), "30");
    await userEvent.type(screen.getByLabelText("Month"), "2");
    await userEvent.type(screen.getByLabelText("Year"), "1990");
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("link", { name: "Day must be 1 to 28" })).toHaveAttribute("href", "#birthDate-day");
    await userEvent.clear(screen.getByLabelText("Day"));
    await userEvent.type(screen.getByLabelText("Day"), "3");
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ birthDate: "1990-02-03" }));
  });

  test("the date is month, day, year: 3 / 4 / 2025 is March 4", async () => {
    const onSubmit = renderPage({ page: "birthDate", facts: ["birthDate"], lead: ["birthDate"] });
    const boxes = [...document.querySelectorAll("[data-slot=date-input] input")].map((input) => input.id);
    expect(boxes).toEqual(["birthDate-month", "birthDate-day", "birthDate-year"]);
    await userEvent.type(screen.getByLabelText("Month"), "3");
    await userEvent.type(screen.getByLabelText("Day"), "4");
    await userEvent.type(screen.getByLabelText("Year"), "2025");
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ birthDate: "2025-03-04" }));
  });

  test("a month over 12 is named and linked to the month box", async () => {
    const onSubmit = renderPage({ page: "birthDate", facts: ["birthDate"], lead: ["birthDate"] });
    await userEvent.type(screen.getByLabelText("Month"), "18");
    await userEvent.type(screen.getByLabelText("Day"), "11");
    await userEvent.type(screen.getByLabelText("Year"), "2024");
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("link", { name: "Month must be 1 to 12" })).toHaveAttribute("href", "#birthDate-month");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test("choosing a federal court reveals where it is; the answer carries both", async () => {
    const onSubmit = renderPage({ page: "court", facts: ["court"], lead: ["court"] });
    expect(screen.queryByRole("combobox")).toBeNull();
    await userEvent.click(screen.getAllByRole("radio")[0]);
    const select = await screen.findByRole("combobox");
    await userEvent.selectOptions(select, "NY");
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ court: "federal", courtState: "NY" }));
  });

  test("radios have an I'm not sure option where the content offers it", () => {
    renderPage({ page: "drugs", facts: ["simplePossession"], lead: ["simplePossession"] });
    expect(screen.getByRole("radio", { name: /not sure/i })).toBeInTheDocument();
    expect(screen.getAllByRole("radio")[0]).toHaveAttribute("id", "simplePossession");
  });

  test("the static first screen cannot be submitted until the screener has started (no answer in a URL)", async () => {
    const onSubmit = renderPage({ page: "perspective", facts: ["perspective"], lead: ["perspective"] }, vi.fn(), false);
    const button = screen.getByRole("button", { name: "Continue" });
    expect(button).toBeDisabled();
    const radio = screen.getAllByRole("radio")[0];
    expect(radio).toBeDisabled();
    await userEvent.click(radio);
    expect(radio).not.toBeChecked();
    await userEvent.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test("a question an answer reveals sits inside the chosen option: next in keyboard order, tied to it, announced", async () => {
    // The counselor's appeal page: answering the appeal makes the judgment date needed (issue 11's example).
    const p = PERSONAS.find((persona) => persona.name.startsWith("a counselor"))!;
    const route = replay(p.facts as Facts, p.asOf);
    const at = route.steps.findIndex((step) => step.page === "appeal");
    const answers = Object.fromEntries(route.steps.slice(0, at).flatMap((step) => step.facts.map((fact) => [fact, (p.facts as Facts)[fact]])));
    const onSubmit = vi.fn();
    render(
      <SessionProvider value={{ asOf: p.asOf, perspective: "counselor" }}>
        <QuestionPage step={{ page: "appeal", facts: ["appeal"], lead: ["appeal"] }} answers={answers} stash={{}} questions={questions} say={makeSay(ui, "counselor")} checklist={[]} started onSubmit={onSubmit} />
      </SessionProvider>,
    );
    const heading = screen.getByRole("heading", { level: 1 });
    expect(document.getElementById("judgmentDate-month")).toBeNull();
    const none = screen.getByRole("radio", { name: questions.appeal!.options!.none });
    await userEvent.click(none);
    const month = await waitFor(() => document.getElementById("judgmentDate-month")!);
    // Inside the chosen option's item, right after it: never above the heading.
    const container = document.getElementById(none.getAttribute("aria-controls")!)!;
    expect(container).toContainElement(month);
    expect(none.closest("div")!.nextElementSibling).toBe(container);
    expect(heading.compareDocumentPosition(month) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The next control after the chosen option, in keyboard order, is the revealed question.
    const controls = [...document.querySelectorAll<HTMLElement>("form input:not([type=radio]), form input[type=radio]")].filter((input) => (input as HTMLInputElement).type !== "radio" || input === none);
    expect(controls.indexOf(month)).toBe(controls.indexOf(none) + 1);
    expect(screen.getByRole("status")).toHaveTextContent(/^New question below your answer: /);
    // Only the chosen option is tied to a revealed question.
    for (const radio of screen.getAllByRole("radio")) if (radio !== none) expect(radio).not.toHaveAttribute("aria-controls");
    await userEvent.type(month, "3");
    await userEvent.type(document.getElementById("judgmentDate-day")!, "1");
    await userEvent.type(document.getElementById("judgmentDate-year")!, "2020");
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ judgmentDate: "2020-03-01", appeal: "none" }));
  });

  test("the page says where it is in sections", () => {
    render(
      <SessionProvider value={{ asOf: "2026-11-23", perspective: "family" }}>
        <QuestionPage step={{ page: "perspective", facts: ["perspective"], lead: ["perspective"] }} answers={{}} stash={{}} questions={questions} say={say} checklist={[]} started progress="About your relative — part 1 of 9" onSubmit={vi.fn()} />
      </SessionProvider>,
    );
    const progress = document.querySelector("[data-progress]")!;
    expect(progress).toHaveTextContent("About your relative — part 1 of 9");
    expect(progress.compareDocumentPosition(screen.getByRole("heading", { level: 1 })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Heard with the heading: focus moves to the <h1> on each new page, and a screen reader reads its description.
    expect(screen.getByRole("heading", { level: 1 })).toHaveAccessibleDescription("About your relative — part 1 of 9");
  });
});
