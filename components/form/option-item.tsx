import type { UseFormRegisterReturn } from "react-hook-form";

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/**
 * One native radio or checkbox with its label and hint (the GOV.UK item): a large target (≥ 24 px,
 * WCAG 2.5.8), the hint tied to the control by `aria-describedby`.
 */
export function OptionItem({
  id,
  type,
  option,
  field,
  invalid,
  onChange,
}: {
  id: string;
  type: "radio" | "checkbox";
  option: Option;
  field: UseFormRegisterReturn;
  invalid?: boolean;
  /** Replaces the field's own change handler (which it must then call). */
  onChange?: React.ChangeEventHandler<HTMLInputElement>;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        {...field}
        id={id}
        type={type}
        value={option.value}
        aria-describedby={option.hint ? `${id}-item-hint` : undefined}
        data-invalid={invalid || undefined}
        onChange={onChange ?? field.onChange}
        className="mt-0.5 h-8 w-8 shrink-0 accent-ink"
      />
      <div>
        <label htmlFor={id} className="inline-block py-1">
          {option.label}
        </label>
        {option.hint ? (
          <div id={`${id}-item-hint`} className="text-muted">
            {option.hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}
