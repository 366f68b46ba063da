/**
 * Model-based tests of the screener's routing machine with `xstate/graph`: the traversal answers every page
 * with sampled answers (tests/unit/screener/sampling.ts) and checks properties on every path, not legal
 * outcomes (those are the rules' worked cases).
 *
 * State projection (`serializeState`): a snapshot is identified by its state, the *set of facts answered*
 * and the set of facts the undecided rules still need — not the answers' values. Without it the product of
 * every option of ~55 facts explodes; with it, two interviews are merged only when they have asked the same
 * questions and the rules want the same ones next, so every distinct shape of interview is still reached.
 */
import fc from "fast-check";
import { createActor } from "xstate";
import { createTestModel } from "xstate/graph";
import { describe, expect, test } from "vitest";
import { FACT_NAMES, type Facts, type FactName } from "@/rules/facts/schema";
import { evaluateAll, needs } from "@/lib/engine/screen";
import { FIRST_SCREEN_AS_OF } from "@/lib/browser/as-of";
import { currentStep, routeOf, screenerMachine, type ScreenerContext, type ScreenerEvent } from "@/lib/screener/machine";
import { PAGES } from "@/lib/screener/pages";
import { replay } from "@/lib/screener/route";
import { checkFacts } from "@/lib/answers/check";
import { AS_OF, seeded, submissions, wideSamples } from "./sampling";
import { PERSONAS } from "./personas";

type Snap = { value: unknown; context: ScreenerContext };

const model = createTestModel(screenerMachine, {
  events: (snapshot) => {
    const snap = snapshot as unknown as Snap;
    if (snap.value !== "asking") return [];
    const step = currentStep(snap.context);
    if (!step) return [];
    return submissions(step, snap.context.answers).map((values): ScreenerEvent => ({ type: "answer.submit", values }));
  },
  serializeState: (snapshot) => {
    const snap = snapshot as unknown as Snap;
    const needed = [...needs(snap.context.answers, AS_OF)].sort().join(",");
    return `${String(snap.value)}|${Object.keys(snap.context.answers).sort().join(",")}|${needed}`;
  },
});

const started = performance.now();
// Only answers drive the traversal; back, change and files are tested on their own below.
const paths = model.getShortestPaths({ input: { asOf: AS_OF }, filterEvents: (_, event) => event.type === "answer.submit" });
const elapsed = Math.round(performance.now() - started);
const reviewPaths = paths.filter((path) => (path.state as unknown as Snap).value === "review");

/** The facts each question page asked along a path, in order. */
function askedAlong(path: (typeof paths)[number]): FactName[][] {
  return path.steps
    .filter((step) => step.event.type === "answer.submit")
    .map((step) => Object.keys((step.event as Extract<ScreenerEvent, { type: "answer.submit" }>).values) as FactName[]);
}

describe("the screener machine (model-based)", () => {
  test(`the traversal finishes (${paths.length} paths, ${reviewPaths.length} to check your answers, ${elapsed} ms)`, () => {
    expect(reviewPaths.length).toBeGreaterThan(10);
  });

  test("every question can be reached (traversal plus seeded random interviews)", () => {
    const asked = new Set<FactName>(paths.flatMap((path) => askedAlong(path).flat()));
    const needed = new Set<FactName>();
    for (const path of paths) for (const fact of needs((path.state as unknown as Snap).context.answers, AS_OF)) needed.add(fact);
    // Whole random interviews reach combinations one-fact-at-a-time sampling does not (a 70-year-old with
    // 30 years served, say). Contradicting dates are dropped, as the form would refuse them.
    const random = seeded(42);
    for (let i = 0; i < 4000; i++) {
      const facts: Record<string, unknown> = {};
      for (const fact of FACT_NAMES) {
        const values = wideSamples(fact);
        facts[fact] = values[Math.floor(random() * values.length)];
      }
      facts.perspective = "self";
      for (let k = 0; k < 5; k++) {
        const checked = checkFacts(facts, AS_OF);
        if (checked.ok) break;
        for (const problem of checked.problems) delete facts[problem.slice(0, problem.indexOf(":"))];
      }
      const route = replay(facts as Facts, AS_OF);
      let sofar: Facts = {};
      for (const step of route.steps) {
        for (const fact of needs(sofar, AS_OF)) needed.add(fact);
        for (const fact of step.facts) asked.add(fact);
        sofar = { ...sofar, ...Object.fromEntries(step.facts.map((name) => [name, (facts as Facts)[name]])) };
      }
    }
    // Facts the rules read but never ask for (an answer only adds a reason): never asked, rightly.
    const neverAsked = FACT_NAMES.filter((fact) => !asked.has(fact));
    expect(neverAsked).toEqual(["supervisionEndDate", "supervisionViolations"]);
    expect(neverAsked.filter((fact) => needed.has(fact))).toEqual([]);
  });

  test("no question is asked twice on any path", () => {
    for (const path of paths) {
      const asked = askedAlong(path).flat();
      expect(new Set(asked).size, path.description).toBe(asked.length);
    }
  });

  test("every path reaches check your answers with no incomplete outcome", () => {
    for (const path of reviewPaths) {
      const { answers } = (path.state as unknown as Snap).context;
      const incomplete = evaluateAll(answers, AS_OF).filter(({ evaluation }) => evaluation.status === "incomplete");
      expect(incomplete.map(({ rule }) => rule.id), path.description).toEqual([]);
    }
  });

  test("every path ends at check your answers: no page is a dead end", () => {
    const ends = new Set(paths.map((path) => String((path.state as unknown as Snap).value)));
    expect([...ends].every((value) => value === "asking" || value === "review")).toBe(true);
    // Each asking state has at least one way forward.
    for (const path of paths) {
      const snap = path.state as unknown as Snap;
      if (snap.value === "asking") expect(submissions(currentStep(snap.context)!, snap.context.answers).length, path.description).toBeGreaterThan(0);
    }
  });
});

const start = () => createActor(screenerMachine, { input: { asOf: AS_OF } }).start();
const answerAll = (actor: ReturnType<typeof start>, facts: Facts) => {
  for (let i = 0; i < 40 && actor.getSnapshot().value === "asking"; i++) {
    const step = currentStep(actor.getSnapshot().context)!;
    const shown = routeOf({ ...actor.getSnapshot().context, answers: { ...actor.getSnapshot().context.answers, ...facts } }).steps[actor.getSnapshot().context.cursor];
    const values = Object.fromEntries((shown ?? step).facts.map((fact) => [fact, facts[fact]]));
    actor.send({ type: "answer.submit", values: values as Facts });
  }
};

describe("moving around", () => {
  const persona = PERSONAS.find((p) => p.name.startsWith("an under-21"))!;
  const facts = persona.facts as Facts;

  test("back goes to the previous page and keeps its answer; forward returns", () => {
    const actor = start();
    actor.send({ type: "answer.submit", values: { perspective: "self" } });
    actor.send({ type: "answer.submit", values: { court: "federal", courtState: "CA" } });
    expect(actor.getSnapshot().context.cursor).toBe(2);
    actor.send({ type: "nav.back" });
    expect(currentStep(actor.getSnapshot().context)?.page).toBe("court");
    expect(actor.getSnapshot().context.answers.court).toBe("federal");
    actor.send({ type: "nav.forward" });
    expect(actor.getSnapshot().context.cursor).toBe(2);
  });

  test("a change that makes answers irrelevant prunes them into the stash, and they come back", () => {
    const actor = start();
    answerAll(actor, facts);
    expect(actor.getSnapshot().value).toBe("review");
    expect(actor.getSnapshot().context.answers.prior3607).toBe("no");
    actor.send({ type: "answer.change", fact: "simplePossession" });
    expect(currentStep(actor.getSnapshot().context)?.page).toBe("drugs");
    actor.send({ type: "answer.submit", values: { simplePossession: "no" } });
    const context = actor.getSnapshot().context;
    expect(context.answers.prior3607).toBeUndefined();
    expect(context.stash.prior3607).toBe("no");
    // The pruned answers are exactly those the new path no longer reaches.
    expect(replay(context.answers, AS_OF).pruned).toEqual({});
  });

  test("after a change that needs nothing new, the machine returns to check your answers", () => {
    const actor = start();
    answerAll(actor, facts);
    actor.send({ type: "answer.change", fact: "courtState" });
    expect(actor.getSnapshot().value).toBe("asking");
    actor.send({ type: "answer.submit", values: { court: "federal", courtState: "OR" } });
    expect(actor.getSnapshot().value).toBe("review");
    expect(actor.getSnapshot().context.answers.courtState).toBe("OR");
  });

  test("back from the page a change opened returns to check your answers", () => {
    const actor = start();
    answerAll(actor, facts);
    actor.send({ type: "answer.change", fact: "birthDate" });
    actor.send({ type: "nav.back" });
    expect(actor.getSnapshot().value).toBe("review");
  });

  test("the persisted snapshot restores the same place", () => {
    const actor = start();
    actor.send({ type: "answer.submit", values: { perspective: "family" } });
    const restored = createActor(screenerMachine, { input: { asOf: AS_OF }, snapshot: actor.getPersistedSnapshot() }).start();
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });

  test("opening answers goes to check your answers, with a missing perspective as self", () => {
    const actor = start();
    const { perspective: _omit, ...rest } = facts;
    void _omit;
    actor.send({ type: "answers.load", facts: rest });
    expect(actor.getSnapshot().value).toBe("review");
    expect(actor.getSnapshot().context.answers.perspective).toBe("self");
  });
});

test("with no answers, the first screen is the same on any date (so the static page can show it)", () => {
  const first = replay({}, FIRST_SCREEN_AS_OF).steps[0];
  expect(first?.facts.length).toBeGreaterThan(0);
  fc.assert(
    fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), (date) => {
      expect(replay({}, date.toISOString().slice(0, 10)).steps[0]).toEqual(first);
    }),
    { numRuns: 500 },
  );
});

describe("page grouping", () => {
  test("every fact is on exactly one page", () => {
    const all = PAGES.flatMap((page) => page.facts);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...FACT_NAMES].sort());
  });

  test.for(PERSONAS.map((p) => [p.name, p] as const))("%s needs at most 25 pages", ([, p]) => {
    const route = replay(p.facts as Facts, p.asOf);
    expect(route.open).toBe(false);
    expect(route.steps.length).toBeLessThanOrEqual(25);
  });

  test("the personas' median is at most 18 pages", () => {
    const counts = PERSONAS.map((p) => replay(p.facts as Facts, p.asOf).steps.length).sort((a, b) => a - b);
    const median = (counts[Math.floor((counts.length - 1) / 2)] + counts[Math.ceil((counts.length - 1) / 2)]) / 2;
    console.log(`[pages] personas: ${counts.join(", ")} (median ${median})`);
    expect(median).toBeLessThanOrEqual(18);
  });
});

/**
 * Question pages per persona (issue 11), pinned. Before, every question an answer revealed joined its page
 * (17, 17, 10, 11, 10, 10, in this order); now one revealed by anything but a single radio answer is asked on
 * the next page (the relative's certiorari, the counselor's supervision months). The e2e journeys walk these routes.
 */
const PINNED_PAGES: Readonly<Record<string, number>> = {
  "someone in prison with a § 2255 deadline in weeks": 17,
  "a relative of someone in prison with a terminal illness": 19,
  "an under-21 § 3607 case before sentencing": 10,
  "a trafficking survivor with a non-violent conviction": 11,
  "someone released fifteen years ago": 10,
  "a counselor doing intake with the keyboard only": 11,
};

test.for(PERSONAS.map((p) => [p.name, p] as const))("%s passes through its pinned number of question pages", ([name, p]) => {
  expect(replay(p.facts as Facts, p.asOf).steps.length).toBe(PINNED_PAGES[name]);
});

describe("routing agrees with the rules", () => {
  test.for(PERSONAS.map((p) => [p.name, p] as const))("each page of %s starts with the first unanswered fact an undecided rule needs", ([, p]) => {
    const route = replay(p.facts as Facts, p.asOf);
    let facts: Facts = {};
    for (const step of route.steps.slice(1)) {
      // The first fact, in the order of the facts schema, that the engine says an undecided path needs.
      const needed = needs(facts, p.asOf);
      expect(step.lead).toContain(FACT_NAMES.find((name) => facts[name] === undefined && needed.has(name)));
      facts = { ...facts, ...Object.fromEntries(step.facts.map((name) => [name, (p.facts as Facts)[name]])) };
    }
  });
});
