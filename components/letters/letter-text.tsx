/**
 * One sentence of a document: its words, and for each blank with no value a line to write on, on screen and
 * on paper. A screen reader hears the blank's own words ("blank").
 */
import { parts } from "@/lib/letters/blanks";
import type { Vars } from "@/lib/words/fill";
import type { Lang } from "@/lib/words/lang";
import type { Perspective } from "@/lib/words/perspective";

export function BlankLine({ label }: { label: string }) {
  return (
    <span data-blank className="mx-1 inline-block w-48 max-w-full border-b border-current align-baseline">
      <span className="sr-only">{label}</span>
      <span aria-hidden="true">&nbsp;</span>
    </span>
  );
}

/** `lang`: the document's language, for its dates (the page's unless given). */
export function LetterText({ template, perspective, vars, blankLabel, lang }: { template: string; perspective: Perspective; vars: Vars; blankLabel: string; lang?: Lang }) {
  return (
    <>
      {parts(template, perspective, vars, lang).map((part, i) => ("blank" in part ? <BlankLine key={i} label={blankLabel} /> : <span key={i}>{part.text}</span>))}
    </>
  );
}
