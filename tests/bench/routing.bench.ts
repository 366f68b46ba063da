/**
 * Routing benchmark (issue #14): every answer of a 17-page journey through the question machine, as the
 * screener sends them — one `answer.submit` per page, each replaying the route from the rules. A benchmark
 * reports; it does not fail.
 * Run: npm run bench
 * The engine remembers evaluations by date and answers, so "first time" journeys each run on a day of their
 * own (90 days, more than the memo keeps; it forgets the oldest first); "again" repeats one day, as
 * re-renders and Back/Forward do.
 */
import { createActor } from "xstate";
import { bench, describe } from "vitest";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import { screenerMachine } from "@/lib/screener/machine";
import { replay } from "@/lib/screener/route";
import { PERSONAS } from "../unit/screener/personas";

const PAGES = 17;
// The longest journey with 17 pages (the relative's now takes 19: the certiorari question and the warden request have pages of their own).
const persona = PERSONAS.find((p) => p.name.startsWith("someone in prison with a § 2255 deadline"))!;
const facts = persona.facts as Facts;

const dayAfter = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10) as IsoDate;

/** Each page's answers, in order, for a journey on `asOf`; it must be the 17-page one. */
function journey(asOf: IsoDate): Facts[] {
  const { steps, open } = replay(facts, asOf);
  if (open || steps.length !== PAGES) throw new Error(`${persona.name} on ${asOf}: ${steps.length} pages, not ${PAGES}`);
  return steps.map((step) => Object.fromEntries(step.facts.map((name) => [name, facts[name]])) as Facts);
}

/** Answers every page; the machine must end at check your answers. */
function answer(asOf: IsoDate, pages: readonly Facts[]) {
  const actor = createActor(screenerMachine, { input: { asOf } }).start();
  for (const values of pages) actor.send({ type: "answer.submit", values });
  if (actor.getSnapshot().value !== "review") throw new Error(`the journey on ${asOf} did not reach check your answers`);
  actor.stop();
}

/** The same answers on each of these days take the same 17 pages (`answer` checks each journey ends). */
const PAGE_ANSWERS = journey(persona.asOf as IsoDate);
const LATER_DAYS = Array.from({ length: 90 }, (_, day) => dayAfter(persona.asOf, day + 1));
let next = 0;

describe("routing", () => {
  bench(`a ${PAGES}-page journey, first time (nothing remembered)`, () => {
    answer(LATER_DAYS[next++ % LATER_DAYS.length], PAGE_ANSWERS);
  });

  bench(`the same ${PAGES}-page journey again (evaluations remembered)`, () => {
    answer(persona.asOf as IsoDate, PAGE_ANSWERS);
  });
});
