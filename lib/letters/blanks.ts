/**
 * A document's text split into words and blanks. A perspective blank reads as lib/words/fill.ts says; a
 * named blank reads its value (an ISO date as "December 15, 2026"); a blank with no value stays a blank,
 * shown and printed as a line to write on.
 */
import { fillIn, PERSON_BLANKS, type Vars } from "@/lib/words/fill";
import { longDate } from "@/lib/words/dates";
import { isIsoDate } from "@/rules/calendar/dates";
import type { Lang } from "@/lib/words/lang";
import type { Perspective } from "@/lib/words/perspective";

export type Part = { text: string } | { blank: string };

/** `lang`: the language the document is written in, for its dates (the page's unless given). */
export function parts(template: string, perspective: Perspective, vars: Vars, lang?: Lang): Part[] {
  const out: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([A-Za-z]+)\}/g)) {
    const name = match[1];
    if (match.index > last) out.push({ text: template.slice(last, match.index) });
    const known = PERSON_BLANKS.includes(name) || (name in vars && String(vars[name]).trim() !== "");
    out.push(known ? { text: fillIn(match[0], perspective, vars, lang) } : { blank: name });
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  // Neighbouring words join, so a sentence stays one run of text.
  return out.reduce<Part[]>((joined, part) => {
    const prev = joined.at(-1);
    if (prev && "text" in prev && "text" in part) joined[joined.length - 1] = { text: prev.text + part.text };
    else joined.push(part);
    return joined;
  }, []);
}

/** What a document's box holds, as printed: a date in words (in `lang`, the page's unless given), else the text typed. */
export const typedText = (type: "text" | "date", value: string, lang?: Lang): string =>
  type === "date" && isIsoDate(value) ? longDate(value, lang) : value.trim();
