/**
 * The shape of a document as content/letters/<slug>.md writes it, passed as plain props to the page.
 * Text may speak to each perspective (`{ self, family, counselor }`) and holds `{blanks}`: the perspective
 * blanks of lib/words/fill.ts, values the answers give (./compute.ts) and the fields the person fills in.
 * A blank with no value shows, and prints, as a line to write on.
 */
import type { Perspective } from "@/lib/words/perspective";
import type { LetterSlug } from "./documents";

export type Words = string | Readonly<Record<Perspective, string>>;

/** One line of a document. `when` / `unless` name a flag from ./compute.ts. */
export type Item = { when?: string; unless?: string } & (
  | { text: Words }
  /**
   * A field the person fills in, kept in the tab and the answers file; `lines` to write on when blank.
   * `screenOnly`: typed on screen, printed only where a sentence uses its value.
   */
  | { field: string; label: Words; lines?: number; type?: "text" | "date"; screenOnly?: boolean }
  /** A list the answers give, each key said in words from `lists`. */
  | { list: string }
  /** A thing to do or gather, with a box to tick. */
  | { check: Words }
);

export interface Section {
  heading: Words;
  when?: string;
  unless?: string;
  items: readonly Item[];
}

export interface LetterSpec {
  slug: LetterSlug;
  title: string;
  description: string;
  /** The rule that sets what the document must contain, as a lawyer cites it. */
  rule: string;
  lastReviewed: string;
  /** Shown above the document, on screen only: how to use it. */
  intro: Words;
  sections: readonly Section[];
  lists: Readonly<Record<string, Readonly<Record<string, Words>>>>;
  /** Show the immigration warning (content/partials/immigration-warning.md). */
  immigrationWarning: boolean;
}

/** The words every document page shares (content/letters/common.md). */
export type CommonWords = Readonly<Record<string, string>>;

export const wordsFor = (words: Words, perspective: Perspective): string => (typeof words === "string" ? words : words[perspective]);

/** Whether an item or section shows, given the flags the answers set. */
export const shows = (item: { when?: string; unless?: string }, flags: ReadonlySet<string>): boolean =>
  (item.when === undefined || flags.has(item.when)) && (item.unless === undefined || !flags.has(item.unless));
