import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "./cn";

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Native radio buttons. The first option's id is the field's id, so an error summary link lands on it
 * (GOV.UK radios template). Each label is a large target (≥ 24 px, WCAG 2.5.8).
 */
export function Radios({ id, options, field, invalid }: { id: string; options: readonly Option[]; field: UseFormRegisterReturn; invalid?: boolean }) {
  return (
    <div className="space-y-3" data-slot="radios">
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${i + 1}`;
        return (
          <div key={option.value} className="flex items-start gap-3">
            <input
              {...field}
              id={optionId}
              type="radio"
              value={option.value}
              aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
              data-invalid={invalid || undefined}
              className={cn("mt-0.5 h-8 w-8 shrink-0 accent-ink")}
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
        );
      })}
    </div>
  );
}
