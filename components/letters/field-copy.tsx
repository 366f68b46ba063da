/**
 * A field in a document's reading copy: its label and what was typed in the document's box, or lines when it
 * was left blank (a `screenOnly` field shows only on screen, as in the document). Nothing to type here.
 */
import { longDate } from "@/lib/words/dates";
import type { Lang } from "@/lib/words/lang";
import { isIsoDate } from "@/rules/calendar/dates";

interface Props {
  label: string;
  lines: number;
  type: "text" | "date";
  value: string;
  screenOnly: boolean;
  lang?: Lang;
}

export function FieldCopy({ label, lines, type, value, screenOnly, lang }: Props) {
  const shown = type === "date" && isIsoDate(value) ? longDate(value, lang) : value.trim();
  return (
    <div className={`my-3 break-inside-avoid print:my-1 ${screenOnly ? "print:hidden" : ""}`}>
      <p className="font-bold print:font-normal">{label}</p>
      {shown ? (
        <p className="whitespace-pre-wrap">{shown}</p>
      ) : (
        <div aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => (
            <div key={i} className="h-6 border-b border-black" />
          ))}
        </div>
      )}
    </div>
  );
}
