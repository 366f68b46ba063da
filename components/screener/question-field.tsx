"use client";
import { Fragment } from "react";
import type { UseFormRegister, UseFormRegisterReturn } from "react-hook-form";
import { Checkboxes } from "@/components/form/checkboxes";
import { DateInput } from "@/components/form/date-input";
import { Fieldset } from "@/components/form/fieldset";
import { describedBy, FieldMessages, FormGroup } from "@/components/form/field";
import { OptionItem, type Option } from "@/components/form/option-item";
import { Select } from "@/components/form/select";
import { NumberInput } from "@/components/form/text-input";
import type { FactName } from "@/rules/facts/schema";
import { fill } from "@/lib/words/fill";
import type { Perspective } from "@/lib/words/perspective";
import type { QuestionTexts } from "@/lib/words/questions";
import type { Say } from "@/lib/words/say";
import { FIELDS } from "./fields";
import type { FormValues } from "./form";
import { FsaChecklist, type ChecklistItem } from "./fsa-checklist";
import { QuestionHelp } from "./help";

const NUMBER_SUFFIX: Partial<Record<FactName, string>> = {
  prisonMonths: "question.number.months",
  prisonExtraDays: "question.number.days",
  supervisionMonths: "question.number.months",
  jailCreditDays: "question.number.days",
  criminalHistoryPoints: "question.number.points",
};

export interface QuestionFieldProps {
  fact: FactName;
  /** The page's only question: its legend or label is the page's `<h1>`. */
  isPageHeading: boolean;
  /** With `isPageHeading`: the id of the page's place in the questions, heard with the heading. */
  headingDescribedBy?: string;
  questions: QuestionTexts;
  perspective: Perspective;
  say: Say;
  checklist: readonly ChecklistItem[];
  register: UseFormRegister<FormValues>;
  setValue: (fact: FactName, value: string[]) => void;
  /** The option chosen so far, for a radio question. */
  chosen?: string;
  /** The questions the chosen option reveals, shown inside that option's item (radios only). */
  revealed?: React.ReactNode;
  error?: string;
}

/**
 * Native radios whose chosen option holds the questions it reveals (GOV.UK / USWDS conditional reveal):
 * right after that option in the page and in keyboard order, tied to it by `aria-controls`. Only the
 * chosen option's questions exist, so each `aria-controls` names an element on the page.
 */
function RevealingRadios({ id, options, field, invalid, chosen, revealed }: { id: string; options: readonly Option[]; field: UseFormRegisterReturn; invalid?: boolean; chosen?: string; revealed?: React.ReactNode }) {
  return (
    <div className="space-y-3" data-slot="radios">
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${i + 1}`;
        const holds = Boolean(revealed) && chosen === option.value;
        const controls = `${optionId}-conditional`;
        return (
          <Fragment key={option.value}>
            <OptionItem id={optionId} type="radio" option={option} field={holds ? Object.assign({ "aria-controls": controls }, field) : field} invalid={invalid} />
            {holds ? (
              <div id={controls} data-revealed className="ml-4 border-l-4 border-[#b1b4b6] pt-2 pl-6">
                {revealed}
              </div>
            ) : null}
          </Fragment>
        );
      })}
    </div>
  );
}

/** One question of a page: its legend or label, hint, error, control and help. */
export function QuestionField({ fact, isPageHeading, headingDescribedBy, questions, perspective, say, checklist, register, setValue, chosen, revealed, error }: QuestionFieldProps) {
  const text = questions[fact];
  const field = FIELDS[fact];
  const title = fill(text?.title[perspective] ?? fact, perspective);
  const hint = text?.hint ? fill(text.hint, perspective) : undefined;
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
  const helpBlock = <QuestionHelp text={text} />;

  if (field.kind === "number" || field.kind === "select") {
    // A single input: its label is the heading (GOV.UK labels-legends-headings).
    const label = isPageHeading ? (
      <h1 tabIndex={-1} aria-describedby={headingDescribedBy} className="mb-3 text-3xl font-bold leading-tight sm:text-4xl">
        <label htmlFor={fact}>{title}</label>
      </h1>
    ) : (
      <label htmlFor={fact} className="mb-3 block text-xl font-bold sm:text-2xl">
        {title}
      </label>
    );
    return (
      <FormGroup invalid={Boolean(error)}>
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
      </FormGroup>
    );
  }
  return (
    <FormGroup invalid={Boolean(error)}>
      <Fieldset legend={title} isPageHeading={isPageHeading} headingDescribedBy={isPageHeading ? headingDescribedBy : undefined} describedBy={ids}>
        {messages}
        {field.kind === "radios" ? <RevealingRadios id={fact} options={options} field={register(fact)} invalid={Boolean(error)} chosen={chosen} revealed={revealed} /> : null}
        {field.kind === "checkboxes" ? (
          <Checkboxes
            id={fact}
            options={options}
            exclusive={field.exclusive}
            field={register(fact)}
            invalid={Boolean(error)}
            orText={say("question.or")}
            onExclusive={(picked) => setValue(fact, picked)}
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
        {fact === "fsaExcludedOffense" ? <FsaChecklist items={checklist} say={say} /> : null}
        {helpBlock}
      </div>
    </FormGroup>
  );
}
