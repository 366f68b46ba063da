"use client";
import type { SavedScreening } from "@/lib/answers/answers-file";
import { useState } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import type { Facts, FactName } from "@/rules/facts/schema";
import { longDate } from "@/lib/words/dates";
import { fill } from "@/lib/words/fill";
import type { Perspective } from "@/lib/words/perspective";
import { downloadAnswers } from "@/lib/browser/save-answers";
import { FIELDS } from "./fields";
import { uncertainDateText } from "./form";
import { isAnswered } from "@/rules/facts/date-answers";
import type { Route } from "@/lib/screener/route";
import type { QuestionTexts } from "@/lib/words/questions";
import type { Say } from "@/lib/words/say";
import { groupAnswers } from "./answer-sections";
import { OpenAnswersFile } from "./open-answers-file";
import { usePageTitle } from "./page-title";
import { useSession } from "./session";

/** An answer in words, as the question's options word it. */
export function answerText(fact: FactName, value: Facts[FactName], questions: QuestionTexts, perspective: Perspective, say: Say): string[] {
  const field = FIELDS[fact];
  const label = (option: string) => fill(questions[fact]?.options?.[option] ?? option, perspective);
  if (value === undefined) return [say("review.notProvided")];
  if (field.kind === "date") return [longDate(String(value))];
  if (Array.isArray(value)) return value.map(label);
  if (field.kind === "number") return [String(value)];
  return [label(String(value))];
}

/**
 * Check your answers (GOV.UK pattern): every answer on the path in summary lists under section headings
 * (./answer-sections.ts), each with a "Change" button whose hidden text names the answer. Save and open an
 * answers file here too.
 */
export function CheckAnswers({
  route,
  questions,
  say,
  onChange,
  onConfirm,
  onResume,
  onOpen,
  onRestart,
  notice,
}: {
  route: Route;
  questions: QuestionTexts;
  say: Say;
  onChange: (fact: FactName) => void;
  onConfirm: () => void;
  onResume: () => void;
  onOpen: (facts: Facts, saved?: SavedScreening) => void;
  onRestart: () => void;
  notice?: string;
}) {
  const { asOf, perspective } = useSession();
  usePageTitle(say("review.title"), false, say);
  const facts = route.steps.flatMap((step) => step.facts).filter((fact) => isAnswered(route.kept, fact));
  // Said after a save, so someone who cannot see the browser's download bar knows where the file went.
  // Each save counts, so a second save puts a new node in the live region and is said again.
  const [saves, setSaves] = useState(0);
  const fileName = `${say("review.fileName")}-${asOf}.json`;
  const save = () => {
    downloadAnswers(route.kept, fileName, asOf);
    setSaves((count) => count + 1);
  };
  return (
    <>
      {notice ? (
        <div role="status" className="mb-6 border-l-4 border-ok bg-[#f3f2f1] p-4 font-bold">
          {notice}
        </div>
      ) : null}
      <h1 tabIndex={-1} className="mb-4 text-3xl font-bold sm:text-4xl">
        {say("review.title")}
      </h1>
      <p className="mb-6">{say("review.lead")}</p>
      <div data-testid="check-answers">
        {groupAnswers(facts).map((section) => (
          <section key={section.heading} className="mb-8">
            <h2 className="mb-3 text-2xl font-bold">{say(section.heading)}</h2>
            <dl className="border-t border-[#b1b4b6]">
              {section.facts.map((fact) => {
                const label = fill(questions[fact]?.summary ?? fact, perspective);
                return (
                  <div key={fact} className="grid gap-1 border-b border-[#b1b4b6] py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4" data-fact={fact}>
                    <dt className="font-bold">{label}</dt>
                    <dd className="break-words">
                      {(uncertainDateText(fact, route.kept, say) ?? answerText(fact, route.kept[fact], questions, perspective, say)).map((line) => (
                        <span key={line} className="block">
                          {line}
                        </span>
                      ))}
                    </dd>
                    <dd>
                      <LinkButton onClick={() => onChange(fact)} className="min-h-6">
                        {say("review.change")}
                        <span className="sr-only"> {label}</span>
                      </LinkButton>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </div>
      {route.open ? (
        <div className="mb-8">
          <p className="mb-4 font-bold">{say("review.moreNeeded")}</p>
          <Button onClick={onResume}>{say("review.moreNeededButton")}</Button>
        </div>
      ) : (
        <Button onClick={onConfirm} className="mb-8">
          {say("review.seeResults")}
        </Button>
      )}
      <section aria-labelledby="save-heading" className="mb-8 border-t border-[#b1b4b6] pt-6">
        <h2 id="save-heading" className="mb-2 text-2xl font-bold">
          {say("review.saveHeading")}
        </h2>
        <p className="mb-4">{say("review.saveBody")}</p>
        <Button variant="secondary" onClick={save}>
          {say("review.saveButton")}
        </Button>
        <p role="status" className="mt-3">
          {saves > 0 && <span key={saves}>{say("review.saved", { name: fileName })}</span>}
        </p>
      </section>
      <section className="mb-8 border-t border-[#b1b4b6] pt-6">
        <OpenAnswersFile say={say} onOpen={onOpen} />
      </section>
      <section className="border-t border-[#b1b4b6] pt-6">
        <Button variant="warning" onClick={onRestart} aria-describedby="start-again-hint">
          {say("nav.startAgain")}
        </Button>
        <p id="start-again-hint" className="mt-2 text-muted">
          {say("nav.startAgainHint")}
        </p>
      </section>
    </>
  );
}
