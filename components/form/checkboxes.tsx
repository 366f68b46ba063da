"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { OptionItem, type Option } from "./option-item";

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
            <OptionItem
              id={optionId}
              type="checkbox"
              option={option}
              field={field}
              invalid={invalid}
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
            />
          </div>
        );
      })}
    </div>
  );
}
