/**
 * A field in a document's reading copy: its label, then what was typed in the document's box, or a line when
 * it was left blank (a `screenOnly` field shows only on screen, as in the document). Nothing to type here.
 */
import type { Lang } from "@/lib/words/lang";
import { typedText } from "@/lib/letters/blanks";
import { BlankLine } from "./letter-text";

interface Props {
  label: string;
  type: "text" | "date";
  value: string;
  screenOnly: boolean;
  blankLabel: string;
  lang?: Lang;
}

export function FieldCopy({ label, type, value, screenOnly, blankLabel, lang }: Props) {
  const shown = typedText(type, value, lang);
  return (
    <p className={`my-3 break-inside-avoid print:my-1 ${screenOnly ? "print:hidden" : ""}`}>
      <span className="font-bold">{label}</span> {shown ? <span className="whitespace-pre-wrap">{shown}</span> : <BlankLine label={blankLabel} />}
    </p>
  );
}
