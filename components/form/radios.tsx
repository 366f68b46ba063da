import type { UseFormRegisterReturn } from "react-hook-form";
import { OptionItem, type Option } from "./option-item";

/** Native radio buttons. The first option's id is the field's id, so an error summary link lands on it (GOV.UK radios template). */
export function Radios({ id, options, field, invalid }: { id: string; options: readonly Option[]; field: UseFormRegisterReturn; invalid?: boolean }) {
  return (
    <div className="space-y-3" data-slot="radios">
      {options.map((option, i) => (
        <OptionItem key={option.value} id={i === 0 ? id : `${id}-${i + 1}`} type="radio" option={option} field={field} invalid={invalid} />
      ))}
    </div>
  );
}
