// @vitest-environment happy-dom
/**
 * "I only know the year" and "I do not know the date" on a date question (issue 11): native radios in
 * their own fieldset under the date, read into the date companions (rules/facts/schema.ts) and back.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { datePartsOf, readDateAnswer } from "@/components/form/memorable-date";
import { QuestionPage } from "@/components/screener/question-page";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { makeSay } from "@/lib/words/say";
import { SessionProvider } from "@/components/screener/session";
import type { Facts } from "@/rules/facts/schema";

vi.mock("server-only", () => ({}));

const ui = readScreenerWords();
const questions = readQuestionTexts(ui);
const say = makeSay(ui, "self");

function renderPage(answers: Facts = { perspective: "self" }) {
  const onSubmit = vi.fn();
  render(
    <SessionProvider value={{ asOf: "2026-11-23", perspective: "self" }}>
      <QuestionPage
        step={{ page: "birthDate", facts: ["birthDate"], lead: ["birthDate"] } as never}
        answers={answers}
        stash={{}}
        questions={questions}
        say={say}
        checklist={[]}
        started
        onSubmit={onSubmit}
      />
    </SessionProvider>,
  );
  return onSubmit;
}

describe("readDateAnswer", () => {
  test("the whole date, the year only, or not known", () => {
    expect(readDateAnswer({ month: "3", day: "4", year: "2025" })).toEqual({ kind: "exact", date: "2025-03-04" });
    expect(readDateAnswer({ month: "3", day: "4", year: "2025", known: "year" })).toEqual({ kind: "year", year: 2025 });
    expect(readDateAnswer({ month: "", day: "", year: "", known: "unknown" })).toEqual({ kind: "unknown" });
  });

  test("year only: the year must be given, four digits, from 1900", () => {
    expect(readDateAnswer({ month: "", day: "", year: "", known: "year" })).toEqual({ kind: "missing", part: "year" });
    expect(readDateAnswer({ month: "", day: "", year: "99", known: "year" })).toEqual({ kind: "wrong", part: "year", key: "error.dateYear" });
    expect(readDateAnswer({ month: "", day: "", year: "1850", known: "year" })).toMatchObject({ kind: "wrong", part: "year", key: "error.dateYearEarly" });
  });

  test("an answer shows again in the form as it was given", () => {
    for (const answer of [{ kind: "exact", date: "2025-03-04" }, { kind: "year", year: 2019 }, { kind: "unknown" }] as const) {
      expect(readDateAnswer(datePartsOf(answer))).toEqual(answer);
    }
  });
});

describe("the date question's 'how much do you know' choice", () => {
  test("three native radios in their own fieldset, whole date chosen at first", () => {
    renderPage();
    const group = screen.getByRole("group", { name: "How much of this date do you know?" });
    expect(group.tagName).toBe("FIELDSET");
    const radios = screen.getAllByRole("radio");
    expect(radios.map((radio) => radio.getAttribute("value"))).toEqual(["exact", "year", "unknown"]);
    expect(screen.getByRole("radio", { name: "I know the whole date" })).toBeChecked();
  });

  test("'I only know the year' submits the year as dateYears, clearing the date", async () => {
    const onSubmit = renderPage();
    await userEvent.click(screen.getByRole("radio", { name: "I only know the year" }));
    await userEvent.type(screen.getByLabelText("Year"), "1990");
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({ birthDate: undefined, dateYears: { birthDate: 1990 }, datesUnknown: undefined });
  });

  test("'I only know the year' with no year says which part is missing", async () => {
    const onSubmit = renderPage();
    await userEvent.click(screen.getByRole("radio", { name: "I only know the year" }));
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("link", { name: /year/i })).toHaveAttribute("href", "#birthDate-year");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test("'I do not know the date' submits it as not known, whatever was typed, keeping other dates' answers", async () => {
    const onSubmit = renderPage({ perspective: "self", dateYears: { offenseDate: 2019 }, datesUnknown: ["judgmentDate"] });
    await userEvent.type(screen.getByLabelText("Month"), "3");
    await userEvent.click(screen.getByRole("radio", { name: "I do not know the date" }));
    await userEvent.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({ birthDate: undefined, dateYears: { offenseDate: 2019 }, datesUnknown: ["birthDate", "judgmentDate"] });
  });

  test("a year given before comes back with 'I only know the year' chosen", () => {
    renderPage({ perspective: "self", dateYears: { birthDate: 1988 } });
    expect(screen.getByRole("radio", { name: "I only know the year" })).toBeChecked();
    expect(screen.getByLabelText("Year")).toHaveValue("1988");
  });
});
