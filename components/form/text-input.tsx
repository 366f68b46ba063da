import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "./cn";

/** A text box for digits: a numeric keyboard, no autocomplete or spell check (GOV.UK: not `type="number"`). */
export function NumericBox({
  id,
  field,
  invalid,
  describedBy,
  className,
}: {
  id: string;
  field: UseFormRegisterReturn;
  invalid?: boolean;
  describedBy?: string;
  className: string;
}) {
  return (
    <input
      {...field}
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy || undefined}
      className={cn(className, invalid && "border-error")}
    />
  );
}

/** A short number field: text with a numeric keyboard (GOV.UK: not `type="number"`), with an optional suffix. */
export function NumberInput({
  id,
  field,
  suffix,
  invalid,
  describedBy,
}: {
  id: string;
  field: UseFormRegisterReturn;
  suffix?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  return (
    <div className="flex items-center gap-2" data-slot="number-input">
      <NumericBox id={id} field={field} invalid={invalid} describedBy={describedBy} className="h-12 w-24 border-2 border-ink px-2 text-lg" />
      {suffix ? <span aria-hidden="true">{suffix}</span> : null}
    </div>
  );
}
