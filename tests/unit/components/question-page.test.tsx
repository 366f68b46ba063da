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
});
