/**
 * Fills the blanks in a sentence from content/: the person it speaks to, and named values.
 *
 * Perspective blanks let one sentence serve all three people who answer: `{You} {were} under 21`
 * reads "You were under 21", "Your relative was under 21" or "Your client was under 21".
 * Once a sentence has named the person, it goes on with a pronoun blank, never the name again:
 * `{You} must show {they} kept trying` reads "You must show you kept trying" or "Your client must show
 * they kept trying" (not "…your client kept trying"). "They" takes the verb "you" takes, so no verb blank.
 * Any other `{name}` is filled from `vars` (for example a reason's `{deadline}`); an ISO date value
 * reads as people write dates ("December 15, 2026"; "15 de diciembre de 2026" on a Spanish page).
 */
import { isIsoDate } from "@/rules/calendar/dates";
import { longDate } from "./dates";
import type { Perspective } from "./perspective";

export type Vars = Readonly<Record<string, string | number>>;

const asWords = (value: string | number) => (isIsoDate(value) ? longDate(value) : String(value));

const PERSON: Readonly<Record<string, Readonly<Record<Perspective, string>>>> = {
  you: { self: "you", family: "your relative", counselor: "your client" },
  You: { self: "You", family: "Your relative", counselor: "Your client" },
  your: { self: "your", family: "your relative's", counselor: "your client's" },
  Your: { self: "Your", family: "Your relative's", counselor: "Your client's" },
  are: { self: "are", family: "is", counselor: "is" },
  were: { self: "were", family: "was", counselor: "was" },
  have: { self: "have", family: "has", counselor: "has" },
  do: { self: "do", family: "does", counselor: "does" },
  /** Verb ending: `{You} need{s}` reads "You need" or "Your relative needs". */
  s: { self: "", family: "s", counselor: "s" },
  /** Pronouns, for the person already named in the sentence. */
  they: { self: "you", family: "they", counselor: "they" },
  They: { self: "You", family: "They", counselor: "They" },
  their: { self: "your", family: "their", counselor: "their" },
  them: { self: "you", family: "them", counselor: "them" },
  /**
   * Spanish (content/es/): the person, as subject or after a preposition. Spanish speaks to each reader
   * in the third person ("usted puede", "su familiar puede"), so no verb blank is needed; English blanks
   * never appear in Spanish words, nor these in English (tests/unit/spanish/mirror.test.ts).
   */
  usted: { self: "usted", family: "su familiar", counselor: "su cliente" },
  Usted: { self: "Usted", family: "Su familiar", counselor: "Su cliente" },
};

/** The perspective blanks a sentence may use. */
export const PERSON_BLANKS = Object.keys(PERSON);

/** Fill `{…}` blanks. An unknown blank is an error, so a missing value never reaches a reader. */
export function fillIn(template: string, perspective: Perspective, vars: Vars = {}): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    const person = PERSON[name];
    if (person) return person[perspective];
    if (name in vars) return asWords(vars[name]);
    throw new Error(`No value for {${name}} in "${template}"`);
  });
}

/**
 * Fill blanks, leaving one with no value as it is rather than throwing: for words shown in the browser,
 * whose every key and blank a unit test checks (content/screener/flow.md, content/questions/).
 */
export function fill(template: string, perspective: Perspective, vars: Vars = {}): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (blank) => {
    try {
      return fillIn(blank, perspective, vars);
    } catch {
      return blank;
    }
  });
}
