import type { UseFormRegister } from "react-hook-form";
import { cn } from "./cn";

/**
 * The US Web Design System's memorable date: month, day and year, in that order, as three text fields
 * with a numeric keyboard, never a date picker. Month is a text field too (USWDS allows a select), so
 * the example in the hint ("3 27 2007") types the way it reads, and "Mar" or "March" is also accepted
 * (./memorable-date.ts). Ids are `<id>-month`, `<id>-day`, `<id>-year`; an error summary links to the
 * part that is wrong.
 */
export function DateInput({
  id,
  labels,
  register,
  invalid,
  describedBy,
}: {
  id: string;
  labels: { day: string; month: string; year: string };
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
    <div className="flex flex-wrap gap-4" data-slot="date-input">
      {parts.map(({ part, width }) => (
        <div key={part}>
          <label htmlFor={`${id}-${part}`} className="block">
            {labels[part]}
          </label>
          <input
            {...register(`${id}.${part}`)}
            id={`${id}-${part}`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy || undefined}
            className={cn("mt-1 h-12 border-2 border-ink px-2 text-lg", width, invalid && "border-error")}
          />
        </div>
      ))}
    </div>
  );
}
