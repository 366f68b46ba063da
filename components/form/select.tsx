import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "./cn";
import type { Option } from "./option-item";

/** A native select, for long lists only (GOV.UK: avoid selects where radios fit). */
export function Select({
  id,
  options,
  placeholder,
  field,
  invalid,
  describedBy,
}: {
  id: string;
  options: readonly Option[];
  placeholder: string;
  field: UseFormRegisterReturn;
  invalid?: boolean;
  describedBy?: string;
}) {
  return (
    <select
      {...field}
      id={id}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy || undefined}
      className={cn("h-12 max-w-full border-2 border-ink bg-white px-2 text-lg", invalid && "border-error")}
    >
      <option value="">{placeholder}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
