import type { UseFormRegister } from "react-hook-form";
import { cn } from "./cn";

/**
 * GOV.UK date input: day, month and year as three text fields with a numeric keyboard, never a date picker.
 * Ids are `<id>-day`, `<id>-month`, `<id>-year`; an error summary links to the part that is wrong.
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
    { part: "day", width: "w-16", max: 2 },
    { part: "month", width: "w-16", max: 2 },
    { part: "year", width: "w-24", max: 4 },
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
