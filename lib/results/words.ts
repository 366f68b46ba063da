/**
 * The words of the results page in the browser: `say`, which fills a string in for the person answering.
 * Their schema is in ./words-schema.ts, for the build only, so the results code loads no validator.
 */
import { fillIn, type Perspective } from "@/lib/words/fill";
import type { Variant } from "./words-schema";

export type { ResultsWords, Variant } from "./words-schema";

/** One string for the person answering, with its `{name}` blanks filled from `vars`. */
export function say(value: Variant, perspective: Perspective, vars?: Readonly<Record<string, string | number>>): string {
  const template = typeof value === "string" ? value : value[perspective];
  return fillIn(template, perspective, vars);
}

/** A bound `say` for one perspective, so components read `t(words.card.why)`. */
export function sayer(perspective: Perspective) {
  return (value: Variant, vars?: Readonly<Record<string, string | number>>) => say(value, perspective, vars);
}
export type Say = ReturnType<typeof sayer>;
