"use client";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Checkboxes } from "@/components/form/checkboxes";
import { DateInput } from "@/components/form/date-input";
import { ErrorSummary } from "@/components/form/error-summary";
import { Fieldset } from "@/components/form/fieldset";
import { describedBy, FieldMessages, FormGroup } from "@/components/form/field";
import type { Option } from "@/components/form/option-item";
import { Radios } from "@/components/form/radios";
import { Select } from "@/components/form/select";
import { NumberInput } from "@/components/form/text-input";
import { Button } from "@/components/ui/button";
import type { Facts, FactName } from "@/rules/facts/schema";
import { fill } from "@/lib/words/fill";
import { FIELDS } from "./fields";
import { checkStep, defaultValues, shownStep, stepResolver, type FieldProblem, type FormValues, type ProblemWords } from "./form";
import type { Step } from "@/lib/screener/route";
import type { QuestionTexts } from "@/lib/words/questions";
import type { Say } from "@/lib/words/say";
import { FsaChecklist, type ChecklistItem } from "./fsa-checklist";
import { QuestionHelp } from "./help";
import { usePageTitle } from "./page-title";
import { useSession } from "./session";

const NUMBER_SUFFIX: Partial<Record<FactName, string>> = {
  prisonMonths: "question.number.months",
  prisonExtraDays: "question.number.days",
  supervisionMonths: "question.number.months",
  jailCreditDays: "question.number.days",
  criminalHistoryPoints: "question.number.points",
};

export interface QuestionPageProps {
  step: Step;
  answers: Facts;
  stash: Facts;
  questions: QuestionTexts;
  say: Say;
  checklist: readonly ChecklistItem[];
  /** False on the static first screen: the form waits for the screener to start. */
  started: boolean;
  onSubmit: (facts: Facts) => void;
}

/**
 * One question page (GOV.UK question pages): the question is the `<h1>` (the legend or label when the page
 * asks one thing; the group's heading when it asks a few related things), hint, native controls, help,
 * "Continue". Validated on submit only, with an error summary that takes focus and an "Error: " title.
 */
export function QuestionPage({ step, answers, stash, questions, say, checklist, started, onSubmit }: QuestionPageProps) {
  const { asOf, perspective } = useSession();
  const words: ProblemWords = useMemo(
    () => ({
      required: (fact) => fill(questions[fact]?.error ?? fact, perspective),
      label: (fact) => fill(questions[fact]?.summary ?? fact, perspective),
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
  const shown = shownStep(step, values, answers, asOf);
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

  const errorOf = (fact: FactName) => problems.find((p) => p.fact === fact)?.message;

  return (
    <>
      <ErrorSummary
        title={say("error.summaryTitle")}
        attempt={attempt}
        errors={problems.map((p) => ({ href: p.anchor, text: p.message }))}
      />
      <form noValidate onSubmit={submit} data-page={step.page}>
        {/* Until the screener has started (the static first screen), nothing can be chosen or sent: a choice
            would be lost when it starts, and a plain form would put the answer in the URL. */}
        <fieldset role="none" disabled={!started} className="m-0 min-w-0 border-0 p-0">
        {single ? null : (
          <h1 tabIndex={-1} className="mb-8 text-3xl font-bold leading-tight sm:text-4xl">
            {heading}
          </h1>
        )}
        {shown.facts.map((fact) => {
          const text = questions[fact];
          const field = FIELDS[fact];
          const title = fill(text?.title[perspective] ?? fact, perspective);
          const hint = text?.hint ? fill(text.hint, perspective) : undefined;
          const error = errorOf(fact);
          const ids = describedBy(fact, Boolean(hint), Boolean(error));
          const options: Option[] =
            field.kind === "radios" || field.kind === "checkboxes" || field.kind === "select"
              ? field.options.map((value) => ({
                  value,
                  label: fill(text?.options?.[value] ?? value, perspective),
                  hint: text?.optionHints?.[value] ? fill(text.optionHints[value], perspective) : undefined,
                }))
              : [];
          const messages = <FieldMessages id={fact} hint={hint} error={error} errorPrefix={say("error.prefix")} />;
          const extra = fact === "fsaExcludedOffense" ? <FsaChecklist items={checklist} say={say} /> : null;
          const helpBlock = <QuestionHelp text={text} />;

          const revealed = !step.lead.includes(fact);
          const wrap = (node: React.ReactNode) =>
            revealed ? (
              <div key={fact} data-revealed className="mb-8 border-l-4 border-[#b1b4b6] pl-4">
                {node}
              </div>
            ) : (
              node
            );
          if (field.kind === "number" || field.kind === "select") {
            // A single input: its label is the heading (GOV.UK labels-legends-headings).
            const label = single && !revealed ? (
              <h1 tabIndex={-1} className="mb-3 text-3xl font-bold leading-tight sm:text-4xl">
                <label htmlFor={fact}>{title}</label>
              </h1>
            ) : (
              <label htmlFor={fact} className="mb-3 block text-xl font-bold sm:text-2xl">
                {title}
              </label>
            );
            return wrap(
              <FormGroup key={fact} invalid={Boolean(error)}>
                {label}
                {messages}
                {field.kind === "number" ? (
                  <NumberInput
                    id={fact}
                    field={register(fact)}
                    invalid={Boolean(error)}
                    describedBy={ids}
                    suffix={NUMBER_SUFFIX[fact] ? say(NUMBER_SUFFIX[fact]!) : undefined}
                  />
                ) : (
                  <Select id={fact} field={register(fact)} options={options} placeholder={say("question.selectPlace")} invalid={Boolean(error)} describedBy={ids} />
                )}
                <div className="mt-4">{helpBlock}</div>
              </FormGroup>,
            );
          }
          return wrap(
            <FormGroup key={fact} invalid={Boolean(error)}>
              <Fieldset legend={title} isPageHeading={single && !revealed} describedBy={ids}>
                {messages}
                {field.kind === "radios" ? <Radios id={fact} options={options} field={register(fact)} invalid={Boolean(error)} /> : null}
                {field.kind === "checkboxes" ? (
                  <Checkboxes
                    id={fact}
                    options={options}
                    exclusive={field.exclusive}
                    field={register(fact)}
                    invalid={Boolean(error)}
                    orText={say("question.or")}
                    onExclusive={(chosen) => setValue(fact, chosen)}
                  />
                ) : null}
                {field.kind === "date" ? (
                  <DateInput
                    id={fact}
                    register={register}
                    invalid={Boolean(error)}
                    labels={{ day: say("question.date.day"), month: say("question.date.month"), year: say("question.date.year") }}
                    known={{ legend: say("question.date.known"), exact: say("question.date.exact"), year: say("question.date.yearOnly"), unknown: say("question.date.unknown") }}
                  />
                ) : null}
              </Fieldset>
              <div className="mt-4">
                {extra}
                {helpBlock}
              </div>
            </FormGroup>,
          );
        })}
        <Button type="submit">{say("nav.continue")}</Button>
        </fieldset>
      </form>
    </>
  );
}
