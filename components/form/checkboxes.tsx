"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { Option } from "./radios";

/**
 * Native checkboxes. Exclusive options ("None of these", "I'm not sure") sit after an "or" divider; choosing
 * one clears the others and the reverse (GOV.UK checkboxes "none" behaviour). Validation still catches a
 * mix when script fails.
 */
export function Checkboxes({
  id,
  options,
  exclusive,
  field,
  invalid,
  orText,
  onExclusive,
}: {
  id: string;
  options: readonly Option[];
  exclusive: readonly string[];
  field: UseFormRegisterReturn;
  invalid?: boolean;
  orText: string;
  /** Called with the new set of chosen values when a click must clear others. */
  onExclusive: (chosen: string[]) => void;
}) {
  return (
    <div className="space-y-3" data-slot="checkboxes">
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${i + 1}`;
        const isExclusive = exclusive.includes(option.value);
        const firstExclusive = isExclusive && options.findIndex((o) => exclusive.includes(o.value)) === i;
        return (
          <div key={option.value}>
            {firstExclusive && i > 0 ? <p className="my-3">{orText}</p> : null}
            <div className="flex items-start gap-3">
              <input
                {...field}
                id={optionId}
                type="checkbox"
                value={option.value}
                aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                data-invalid={invalid || undefined}
                onChange={(event) => {
                  void field.onChange(event);
                  if (!event.target.checked) return;
                  const form = event.target.form;
                  if (!form) return;
                  const boxes = Array.from(form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${field.name}"]`));
                  const keep = boxes.filter((box) =>
                    isExclusive ? box.value === option.value : box.checked && !exclusive.includes(box.value),
                  );
                  if (keep.length !== boxes.filter((box) => box.checked).length) onExclusive(keep.map((box) => box.value));
                }}
                className="mt-0.5 h-8 w-8 shrink-0 accent-ink"
              />
              <div>
                <label htmlFor={optionId} className="inline-block py-1">
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-item-hint`} className="text-muted">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
}
