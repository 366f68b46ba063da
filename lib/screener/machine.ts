/**
 * The screener's state machine. Routing only: where the person is (a question page, check your answers,
 * results) and how they move. Which page comes next is derived from the rules by `replay` (route.ts);
 * the machine never decides eligibility.
 *
 * Context is plain JSON so `getPersistedSnapshot()` can go to sessionStorage as it is.
 */
import { assertEvent, assign, setup } from "xstate";
import type { Facts, FactName } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import { DEFAULT_PERSPECTIVE, perspectiveOf, type Perspective } from "@/lib/words/perspective";
import { replay, stepIndexOf, type Route, type Step } from "./route";

/** The single owner of "today" (`asOf`) and of who is answering (the `perspective` answer). */
export interface ScreenerContext {
  asOf: IsoDate;
  /** The answers on the current path; `perspective` among them. */
  answers: Facts;
  /** Answers a change made irrelevant, kept to prefill if the person comes back to them (WCAG 3.3.7). */
  stash: Facts;
  /** Which step of the route is on screen while asking. */
  cursor: number;
  /** Set by "Change" on check your answers: the step the change began at, to return there from. */
  changeFrom: number | null;
}

export type ScreenerEvent =
  | { type: "answer.submit"; values: Facts }
  | { type: "answer.change"; fact: FactName }
  | { type: "answers.confirm" }
  | { type: "answers.resume" }
  | { type: "answers.load"; facts: Facts }
  | { type: "nav.back" }
  | { type: "nav.forward" }
  | { type: "restart" };

/**
 * Routes already replayed, by answers object and date. The context's answers are never changed in place
 * (every action makes a new object), so the render and each of an event's guards and actions share one
 * replay of the same answers rather than replaying them again. A route is shared: do not change it.
 */
const routes = new WeakMap<Facts, Map<IsoDate, Route>>();

/** The route of the machine's answers. */
export function routeOf(context: ScreenerContext): Route {
  let byDate = routes.get(context.answers);
  if (!byDate) routes.set(context.answers, (byDate = new Map()));
  let route = byDate.get(context.asOf);
  if (!route) byDate.set(context.asOf, (route = replay(context.answers, context.asOf)));
  return route;
}

/** Who is answering, for every word on screen. */
export const perspectiveIn = (context: ScreenerContext): Perspective => perspectiveOf(context.answers);

/** The step on screen while asking. */
export const currentStep = (context: ScreenerContext): Step | undefined => routeOf(context).steps[context.cursor];

const isAnswered = (context: ScreenerContext, index: number) => {
  const route = routeOf(context);
  return index < route.steps.length - (route.open ? 1 : 0);
};

const without = (facts: Facts, names: readonly string[]): Facts =>
  Object.fromEntries(Object.entries(facts).filter(([name]) => !names.includes(name))) as Facts;

/**
 * New answers, pruned by replay; the pruned ones go to the stash. While the route is still open, an answer
 * it has not reached yet is not known to be irrelevant: it stays, so that once the open questions are
 * answered the route finds it again and does not ask it twice (a change asks only what it made needed).
 */
function settle(context: ScreenerContext, answers: Facts): Pick<ScreenerContext, "answers" | "stash"> {
  const route = replay(answers, context.asOf);
  const kept = route.open ? answers : route.kept;
  const stash = without({ ...context.stash, ...(route.open ? {} : route.pruned) }, Object.keys(kept));
  return { answers: kept, stash };
}

export const screenerMachine = setup({
  types: {} as { context: ScreenerContext; events: ScreenerEvent; input: { asOf: IsoDate } },
  guards: {
    /** After this submit, is there another page to show before check your answers? (Guards run before actions.) */
    hasNextPage: ({ context, event }) => {
      assertEvent(event, "answer.submit");
      const route = replay(settle(context, { ...context.answers, ...event.values }).answers, context.asOf);
      if (context.changeFrom !== null) return route.open;
      // The next page, or this page again when it still lacks an answer (a revealed question left blank).
      return context.cursor + 1 < route.steps.length || route.open;
    },
    canGoBack: ({ context }) => context.cursor > 0,
    isChangeStart: ({ context }) => context.changeFrom !== null && context.cursor === context.changeFrom,
    currentAnswered: ({ context }) => isAnswered(context, context.cursor),
    hasAnsweredNext: ({ context }) => isAnswered(context, context.cursor) && context.cursor + 1 < routeOf(context).steps.length,
    inChange: ({ context }) => context.changeFrom !== null && isAnswered(context, context.cursor),
    changeHasMore: ({ context }) => {
      const route = routeOf(context);
      return context.changeFrom !== null && isAnswered(context, context.cursor) && route.open && context.cursor < route.steps.length - 1;
    },
    routeOpen: ({ context }) => routeOf(context).open,
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, "answer.submit");
      return settle(context, { ...context.answers, ...event.values });
    }),
    nextPage: assign(({ context }) => {
      const route = routeOf(context);
      const last = route.steps.length - 1;
      return { cursor: context.changeFrom !== null ? last : Math.min(context.cursor + 1, last) };
    }),
    // In a change, the pages between the changed one and the one on screen were answered before: back
    // skips them to the changed page (and from there to check your answers).
    previousPage: assign(({ context }) => ({ cursor: context.changeFrom !== null && context.cursor > context.changeFrom ? context.changeFrom : context.cursor - 1 })),
    endChange: assign({ changeFrom: null }),
    toLastPage: assign(({ context }) => ({ cursor: routeOf(context).steps.length - 1, changeFrom: null })),
    toOpenPage: assign(({ context }) => ({ cursor: routeOf(context).steps.length - 1, changeFrom: null })),
    startChange: assign(({ context, event }) => {
      assertEvent(event, "answer.change");
      const index = Math.max(0, stepIndexOf(routeOf(context), event.fact));
      return { cursor: index, changeFrom: index };
    }),
    loadAnswers: assign(({ context, event }) => {
      assertEvent(event, "answers.load");
      // A file saved before anyone said who is answering speaks to "you".
      const facts: Facts = { perspective: DEFAULT_PERSPECTIVE, ...event.facts };
      return { ...settle({ ...context, stash: {} }, facts), cursor: 0, changeFrom: null };
    }),
    clear: assign({ answers: {}, stash: {}, cursor: 0, changeFrom: null }),
  },
}).createMachine({
  id: "screener",
  context: ({ input }) => ({ asOf: input.asOf, answers: {}, stash: {}, cursor: 0, changeFrom: null }),
  initial: "asking",
  on: {
    "answers.load": { target: ".review", actions: "loadAnswers" },
    restart: { target: ".asking", actions: "clear" },
  },
  states: {
    /** A question page: `currentStep(context)` says which. */
    asking: {
      on: {
        "answer.submit": [
          { guard: "hasNextPage", target: "asking", reenter: true, actions: ["recordAnswer", "nextPage"] },
          { target: "review", actions: ["recordAnswer", "endChange"] },
        ],
        "nav.back": [
          { guard: "isChangeStart", target: "review", actions: "endChange" },
          { guard: "canGoBack", target: "asking", reenter: true, actions: "previousPage" },
        ],
        "nav.forward": [
          // In a change, forward goes only to a question the change made needed, or back to check your answers.
          { guard: "changeHasMore", target: "asking", reenter: true, actions: "nextPage" },
          { guard: "inChange", target: "review", actions: "endChange" },
          { guard: "hasAnsweredNext", target: "asking", reenter: true, actions: "nextPage" },
          { guard: "currentAnswered", target: "review", actions: "endChange" },
        ],
      },
    },
    /** Check your answers. */
    review: {
      on: {
        "answer.change": { target: "asking", actions: "startChange" },
        "answers.confirm": { guard: ({ context }) => !routeOf(context).open, target: "results" },
        "answers.resume": { guard: "routeOpen", target: "asking", actions: "toOpenPage" },
        "nav.back": { target: "asking", actions: "toLastPage" },
      },
    },
    /** The results of the screening. */
    results: {
      on: { "nav.back": "review" },
    },
  },
});
