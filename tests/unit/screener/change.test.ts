/**
 * "Change" from check your answers (issue 11): the page of the changed answer, then only the questions the
 * change made newly needed (unanswered and now required), then check your answers again — never a walk
 * through questions already answered. Tried for every persona, every answer on its path and every other
 * sampled value of that answer.
 */
import { createActor } from "xstate";
import { describe, expect, test } from "vitest";
import type { Facts, FactName } from "@/rules/facts/schema";
import { checkFacts } from "@/lib/answers/check";
import { currentStep, routeOf, screenerMachine } from "@/lib/screener/machine";
import { revealedFacts } from "@/lib/screener/route";
import { samples, submissions } from "./sampling";
import { PERSONAS } from "./personas";

const start = (asOf: string) => createActor(screenerMachine, { input: { asOf } }).start();
type Actor = ReturnType<typeof start>;

/** Answers every page from the persona's facts until check your answers. */
function answerAll(actor: Actor, facts: Facts) {
  for (let i = 0; i < 40 && actor.getSnapshot().value === "asking"; i++) {
    const { context } = actor.getSnapshot();
    const shown = routeOf({ ...context, answers: { ...context.answers, ...facts } }).steps[context.cursor] ?? currentStep(context)!;
    actor.send({ type: "answer.submit", values: Object.fromEntries(shown.facts.map((fact) => [fact, facts[fact]])) as Facts });
  }
  expect(actor.getSnapshot().value).toBe("review");
}

/** Each persona's answers with one answer changed to another sampled value, the form refusing contradictions. */
const CHANGES = PERSONAS.flatMap((persona) => {
  const actor = start(persona.asOf);
  answerAll(actor, persona.facts as Facts);
  const answered = actor.getPersistedSnapshot();
  const { answers } = actor.getSnapshot().context;
  return (Object.keys(answers) as FactName[])
    .filter((fact) => fact !== "perspective")
    .flatMap((fact) =>
      samples(fact)
        .filter((value) => JSON.stringify(value) !== JSON.stringify(answers[fact]))
        .filter((value) => checkFacts({ ...answers, [fact]: value }, persona.asOf).ok)
        .map((value) => ({ persona, answered, fact, value })),
    );
});

describe("a change asks only what it made newly needed", () => {
  test(`there are changes to try (${CHANGES.length})`, () => {
    expect(CHANGES.length).toBeGreaterThan(100);
  });

  test("every change: its page, then only unanswered questions, then check your answers", () => {
    let finished = 0;
    for (const { persona, answered, fact, value } of CHANGES) {
      const what = `${persona.name}: ${fact} → ${JSON.stringify(value)}`;
      const actor = createActor(screenerMachine, { input: { asOf: persona.asOf }, snapshot: answered }).start();
      const before = actor.getSnapshot().context.answers;
      actor.send({ type: "answer.change", fact });
      const page = currentStep(actor.getSnapshot().context)!;
      expect(page.facts, what).toContain(fact);
      // The changed page as the form sends it: the new value, the page's other answers as they were, and any
      // question the new value reveals in place answered with its first sample.
      const typed = { ...before, [fact]: value } as Facts;
      const shown = revealedFacts(page, actor.getSnapshot().context.answers, typed, persona.asOf);
      actor.send({ type: "answer.submit", values: Object.fromEntries(shown.map((name) => [name, typed[name] ?? samples(name)[0]])) as Facts });
      for (let i = 0; i < 30 && actor.getSnapshot().value === "asking"; i++) {
        const step = currentStep(actor.getSnapshot().context)!;
        for (const asked of step.lead) expect(before[asked], `${what}: asked ${asked} again`).toBeUndefined();
        // No sampled answer fits the persona's other dates: the person would give their own; this walk stops.
        const next = submissions(step, actor.getSnapshot().context.answers, persona.asOf)[0];
        if (!next) break;
        actor.send({ type: "answer.submit", values: next });
      }
      if (actor.getSnapshot().value === "review") finished++;
    }
    // Nearly every change is walked to the end; each one that is, ends at check your answers.
    expect(finished).toBeGreaterThan(CHANGES.length * 0.9);
  }, 120_000);
});

test("back and forward in a change never land on a question answered before it", () => {
  const persona = PERSONAS.find((p) => p.name.startsWith("a counselor"))!;
  const actor = start(persona.asOf);
  answerAll(actor, persona.facts as Facts);
  const before = actor.getSnapshot().context.answers;
  // No earlier appeal was filed; now one was decided: the decision date and certiorari become needed.
  actor.send({ type: "answer.change", fact: "appeal" });
  const changedAt = actor.getSnapshot().context.cursor;
  actor.send({ type: "answer.submit", values: { appeal: "decided", judgmentDate: before.judgmentDate, appealDecisionDate: "2026-06-01" } as Facts });
  expect(actor.getSnapshot().value).toBe("asking");
  const newPage = currentStep(actor.getSnapshot().context)!;
  expect(newPage.lead.every((fact) => before[fact] === undefined)).toBe(true);
  actor.send({ type: "nav.back" });
  expect(actor.getSnapshot().context.cursor).toBe(changedAt);
  actor.send({ type: "nav.forward" });
  expect(currentStep(actor.getSnapshot().context)).toEqual(newPage);
  actor.send({ type: "nav.back" });
  actor.send({ type: "nav.back" });
  expect(actor.getSnapshot().value).toBe("review");
});
