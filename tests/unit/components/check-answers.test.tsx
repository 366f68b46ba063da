// @vitest-environment happy-dom
/**
 * Check your answers: saving says where the file went, in a status region, and says it again on every
 * save (a screen reader announces only what is new in a live region, so each save must add a new node).
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { CheckAnswers } from "@/components/screener/check-answers";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { replay } from "@/lib/screener/route";
import { makeSay } from "@/lib/words/say";
import { SessionProvider } from "@/components/screener/session";

vi.mock("server-only", () => ({}));
const downloadAnswers = vi.hoisted(() => vi.fn());
vi.mock("@/lib/browser/save-answers", () => ({ downloadAnswers }));

const ui = readScreenerWords();
const say = makeSay(ui, "self");
const AS_OF = "2026-11-23";
const answers = { perspective: "self", court: "federal" } as const;

function renderCheckAnswers() {
  const noop = () => undefined;
  render(
    <SessionProvider value={{ asOf: AS_OF, perspective: "self" }}>
      <CheckAnswers
        route={replay(answers, AS_OF)}
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
}

describe("check your answers: saving", () => {
  test("each save downloads the kept answers and puts a new message in the status region", async () => {
    renderCheckAnswers();
    const status = screen.getAllByRole("status").find((region) => region.closest("section[aria-labelledby=save-heading]"))!;
    expect(status).toBeEmptyDOMElement();

    const saveButton = screen.getByRole("button", { name: say("review.saveButton") });
    await userEvent.click(saveButton);
    const fileName = `${say("review.fileName")}-${AS_OF}.json`;
    expect(downloadAnswers).toHaveBeenLastCalledWith(replay(answers, AS_OF).kept, fileName, AS_OF);
    expect(status).toHaveTextContent(say("review.saved", { name: fileName }));
    const first = status.firstElementChild;

    await userEvent.click(saveButton);
    expect(downloadAnswers).toHaveBeenCalledTimes(2);
    expect(status).toHaveTextContent(say("review.saved", { name: fileName }));
    expect(status.firstElementChild).not.toBe(first);
  });
});
