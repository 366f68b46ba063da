"use client";
import type { SavedScreening } from "@/lib/answers/answers-file";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/form/error-message";
import type { Facts } from "@/rules/facts/schema";
import type { Say } from "@/lib/words/say";
import { useSession } from "./session";

/**
 * "Open answers file" (rules/README.md § answers-file): a visible, labelled file input and a button. A bad file gets a clear
 * message (its problems are shown as text, never as HTML) and `onOpen` is not called, so current answers
 * stay as they were.
 */
export function OpenAnswersFile({
  say,
  onOpen,
  headingLevel = 2,
  disabled = false,
}: {
  say: Say;
  onOpen: (facts: Facts, saved?: SavedScreening) => void;
  headingLevel?: 2 | 3;
  /** Until the page is ready: the static first screen until the screener has started, the start page until its script runs. */
  disabled?: boolean;
}) {
  const { asOf } = useSession();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<{ message: string; problems?: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const Heading = headingLevel === 2 ? "h2" : "h3";

  async function open() {
    const file = input.current?.files?.[0];
    if (!file) {
      setError({ message: say("file.choose") });
      input.current?.focus();
      return;
    }
    setBusy(true);
    // Loaded on use: the schema that checks a file is not needed to show the start page.
    const { readAnswersFile } = await import("@/lib/browser/open-answers");
    const result = await readAnswersFile(file, asOf);
    setBusy(false);
    if (result.ok) {
      setError(null);
      onOpen(result.facts, result.saved);
      return;
    }
    const message = { tooBig: "file.tooBig", notJson: "file.notJson", invalid: "file.invalid", unreadable: "file.unreadable" }[result.reason];
    setError({ message: say(message), problems: result.problems });
    input.current?.focus();
  }

  const errorId = `${id}-error`;
  return (
    <div className={error ? "border-l-4 border-error pl-4" : undefined} data-slot="open-answers-file">
      <Heading className="mb-2 text-2xl font-bold">
        <label htmlFor={`${id}-file`}>{say("file.label")}</label>
      </Heading>
      <div id={`${id}-hint`} className="mb-3 text-muted">
        {say("file.hint")}
      </div>
      <div role="alert">
        {error ? (
          <ErrorMessage id={errorId} prefix={say("error.prefix")}>
            {error.message}
            {error.problems && error.problems.length > 0 ? (
              <>
                <span className="mt-2 block font-normal">{say("file.problems")}</span>
                {/* What the file's check found, naming the file's own fields: technical, in English on every page. */}
                <span lang="en" className="block font-normal">
                  {error.problems.map((problem) => (
                    <span key={problem} className="block">
                      {problem}
                    </span>
                  ))}
                </span>
              </>
            ) : null}
          </ErrorMessage>
        ) : null}
      </div>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={error ? `${id}-hint ${errorId}` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        className="mb-4 block max-w-full text-base file:mr-3 file:min-h-11 file:cursor-pointer file:border-0 file:bg-[#f3f2f1] file:px-3 file:py-2 file:font-bold"
        onChange={() => setError(null)}
        disabled={disabled}
      />
      <Button variant="secondary" onClick={() => void open()} disabled={busy || disabled}>
        {say("file.button")}
      </Button>
    </div>
  );
}
