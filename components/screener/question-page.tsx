"use client";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/form/error-summary";
import { Button } from "@/components/ui/button";
import type { Facts, FactName } from "@/rules/facts/schema";
import { fill } from "@/lib/words/fill";
import { checkStep, defaultValues, partialFacts, shownStep, stepResolver, type FieldProblem, type FormValues, type ProblemWords } from "./form";
import { reveals, shownWith, type Step } from "@/lib/screener/route";
import type { QuestionTexts } from "@/lib/words/questions";
import type { Say } from "@/lib/words/say";
import type { ChecklistItem } from "./fsa-checklist";
import { QuestionField, type QuestionFieldProps } from "./question-field";
import { usePageTitle } from "./page-title";
import { useSession } from "./session";

export interface QuestionPageProps {
  step: Step;
  answers: Facts;
  stash: Facts;
  questions: QuestionTexts;
  say: Say;
  checklist: readonly ChecklistItem[];
  /** False on the static first screen: the form waits for the screener to start. */
  started: boolean;
  /** Where the page is, in sections ("The sentence — part 3 of 5"). */
  progress?: string;
  onSubmit: (facts: Facts) => void;
}

/**
 * One question page (GOV.UK question pages): the question is the `<h1>` (the legend or label when the page
 * asks one thing; the group's heading when it asks a few related things), hint, native controls, help,
 * "Continue". Validated on submit only, with an error summary that takes focus and an "Error: " title.
 */
/** The page's place in the questions ("The case — part 2 of 8"). */
const PROGRESS_ID = "question-progress";

export function QuestionPage({ step, answers, stash, questions, say, checklist, started, progress, onSubmit }: QuestionPageProps) {
  const { asOf, perspective } = useSession();
  const words: ProblemWords = useMemo(
    () => ({
      required: (fact) => fill(questions[fact]?.error ?? fact, perspective),
      label: (fact) => fill(questions[fact]?.summary ?? fact, perspective),
      option: (fact, value) => fill(questions[fact]?.options?.[value] ?? value, perspective),
      say,
    }),
    [questions, perspective, say],
  );
  const resolver = useMemo(() => stepResolver(step, answers, asOf, words), [step, answers, asOf, words]);
  const initial = useMemo(() => defaultValues(step, answers, stash), [step, answers, stash]);
  const { register, handleSubmit, getValues, setValue, control } = useForm<FormValues, unknown, Facts>({
    resolver,
    defaultValues: initial,
    shouldFocusError: false,
  });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);

  // Related questions appear on the page as answers make them needed (GOV.UK conditional reveal).
  const values = { ...initial, ...(useWatch({ control, defaultValue: initial }) as FormValues) };
  // The page's valid answers and what they reveal, worked out once per render (each asks the engine).
  const placed = reveals(step, answers, partialFacts(step, values, answers, asOf), asOf);
  const shown = shownWith(step, placed);
  // Said once a question appears inside an answer, for someone who cannot see it appear.
  const announced = shown.facts.filter((fact) => placed.has(fact)).map((fact) => fill(questions[fact]?.title[perspective] ?? fact, perspective));
  const single = step.lead.length === 1;
  const heading = single ? fill(questions[step.lead[0]]?.title[perspective] ?? step.lead[0], perspective) : say(`group.${step.page}`);
  // Problems are kept in state, set only on a failed submit (GOV.UK: validate on submit, never on blur).
  const hasErrors = problems.length > 0;
  usePageTitle(heading, hasErrors, say);

  const submit = handleSubmit(
    (facts) => onSubmit(facts),
    () => {
      const current = getValues();
      const result = checkStep(shownStep(step, current, answers, asOf), current, answers, asOf, words);
      setProblems(result.ok ? [] : result.problems);
      setAttempt((n) => n + 1);
    },
  );

  const fieldProps = (fact: FactName): Omit<QuestionFieldProps, "isPageHeading"> => ({
    fact,
    questions,
    perspective,
    say,
    checklist,
    register,
    setValue: (name, value) => setValue(name, value),
    error: problems.find((p) => p.fact === fact)?.message,
  });

  return (
    <>
      <ErrorSummary
        title={say("error.summaryTitle")}
        attempt={attempt}
        errors={problems.map((p) => ({ href: p.anchor, text: p.message }))}
      />
      {progress ? (
        // Above the heading, and heard with it when focus moves to it on each new page.
        <p id={PROGRESS_ID} className="mb-2 text-lg text-muted" data-progress>
          {progress}
        </p>
      ) : null}
      <form noValidate onSubmit={submit} data-page={step.page}>
        {/* Until the screener has started (the static first screen), nothing can be chosen or sent: a choice
            would be lost when it starts, and a plain form would put the answer in the URL. */}
        <fieldset role="none" disabled={!started} className="m-0 min-w-0 border-0 p-0">
        {single ? null : (
          <h1 tabIndex={-1} aria-describedby={progress ? PROGRESS_ID : undefined} className="mb-8 text-3xl font-bold leading-tight sm:text-4xl">
            {heading}
          </h1>
        )}
        {step.lead.map((fact) => {
          // The questions this answer revealed sit inside its chosen option (lib/screener/route.ts `reveals`).
          const inside = shown.facts.filter((name) => placed.get(name) === fact);
          return (
            <QuestionField
              key={fact}
              {...fieldProps(fact)}
              isPageHeading={single}
              headingDescribedBy={single && progress ? PROGRESS_ID : undefined}
              chosen={typeof values[fact] === "string" ? values[fact] : undefined}
              revealed={inside.length > 0 ? inside.map((name) => <QuestionField key={name} {...fieldProps(name)} isPageHeading={false} />) : undefined}
            />
          );
        })}
        <p role="status" className="sr-only">
          {announced.length > 0 ? say("question.revealed", { questions: announced.join(" ") }) : ""}
        </p>
        <Button type="submit">{say("nav.continue")}</Button>
        </fieldset>
      </form>
    </>
  );
}
