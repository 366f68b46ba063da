import type { UseFormRegister } from "react-hook-form";
import { cn } from "./cn";
import { DATE_KNOWN, type DateKnown } from "./memorable-date";
import { OptionItem } from "./option-item";
import { NumericBox } from "./text-input";

/** Words for the choice of how much of the date is known: a legend and one label per choice. */
export type DateKnownLabels = { legend: string } & Record<DateKnown, string>;

/** Month and day hide when only the year is known; every part hides when the date is not known. */
const HIDDEN_WHEN = {
  month: "group-has-[[value=year]:checked]/date:hidden group-has-[[value=unknown]:checked]/date:hidden",
  day: "group-has-[[value=year]:checked]/date:hidden group-has-[[value=unknown]:checked]/date:hidden",
  year: "group-has-[[value=unknown]:checked]/date:hidden",
} as const;

/**
 * The US Web Design System's memorable date: month, day and year, in that order, as three text fields
 * with a numeric keyboard, never a date picker. Month is a text field too (USWDS allows a select), so
 * the example in the hint ("3 27 2007") types the way it reads, and "Mar" or "March" is also accepted
 * (./memorable-date.ts). Ids are `<id>-month`, `<id>-day`, `<id>-year`; an error summary links to the
 * part that is wrong.
 *
 * With `known` labels, native radios under the fields let the person say they know only the year, or
 * do not know the date (ids `<id>-known-exact`, `-year`, `-unknown`). The parts not needed hide with CSS
 * alone (`:has(:checked)`), so the choice works before the script loads, and hidden parts leave the tab
 * order and the accessibility tree.
 */
export function DateInput({
  id,
  labels,
  known,
  register,
  invalid,
  describedBy,
}: {
  id: string;
  labels: { day: string; month: string; year: string };
  known?: DateKnownLabels;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- field names are built per page
  register: UseFormRegister<any>;
  invalid?: boolean;
  describedBy?: string;
}) {
  const parts = [
    { part: "month", width: "w-16" },
    { part: "day", width: "w-16" },
    { part: "year", width: "w-24" },
  ] as const;
  return (
    <div className="group/date">
      <div className="flex flex-wrap gap-4" data-slot="date-input">
        {parts.map(({ part, width }) => (
          <div key={part} className={known && HIDDEN_WHEN[part]}>
            <label htmlFor={`${id}-${part}`} className="block">
              {labels[part]}
            </label>
            <NumericBox
              id={`${id}-${part}`}
              field={register(`${id}.${part}`)}
              invalid={invalid}
              describedBy={describedBy}
              className={cn("mt-1 h-12 border-2 border-ink px-2 text-lg", width)}
            />
          </div>
        ))}
      </div>
      {known ? (
        <fieldset className="mt-6" data-slot="date-known">
          <legend className="mb-2 font-bold">{known.legend}</legend>
          <div className="space-y-3">
            {DATE_KNOWN.map((choice) => (
              <OptionItem key={choice} id={`${id}-known-${choice}`} type="radio" option={{ value: choice, label: known[choice] }} field={register(`${id}.known`)} />
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
