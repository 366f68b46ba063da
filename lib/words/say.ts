/**
 * `say`: words for the person answering. One type for every page: `say(text, vars)` takes a sentence
 * (one string with perspective blanks, or one string per perspective) — or, from `makeSay`, the key of a
 * UI string — and fills it in.
 */
import { fill, fillIn, type Vars } from "./fill";
import type { Perspective } from "./perspective";

/** A sentence: one string with perspective blanks, or one string per person answering. */
export type Variant = string | Readonly<Record<Perspective, string>>;

/** Keyed UI strings (content/screener/flow.md). */
export type UiWords = Readonly<Record<string, Variant>>;

/** Words for the person answering, with their `{name}` blanks filled from `vars`. */
export type Say = (text: Variant, vars?: Vars) => string;

const pick = (value: Variant, perspective: Perspective) => (typeof value === "string" ? value : value[perspective]);

/** One sentence for the person answering; an unknown blank is an error (the results page's words). */
export function say(value: Variant, perspective: Perspective, vars?: Vars): string {
  return fillIn(pick(value, perspective), perspective, vars);
}

/** A bound `say` for one perspective, so components read `t(words.card.why)`. */
export function sayer(perspective: Perspective): Say {
  return (value, vars) => say(value, perspective, vars);
}

/**
 * A `say` that reads a string as a key of `words`: `say("nav.back")`. A key with no words is shown as
 * it is, and a blank with no value is left as written (a unit test checks every key and blank).
 */
export function makeSay(words: UiWords, perspective: Perspective): Say {
  return (key, vars) => {
    const value = typeof key === "string" ? words[key] : key;
    if (value === undefined) return key as string;
    return fill(pick(value, perspective), perspective, vars);
  };
}
