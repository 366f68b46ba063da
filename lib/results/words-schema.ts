/**
 * The schema of the results page's words (content/results/results.md), checked at build time by
 * lib/content/results.ts. The browser needs only the type `ResultsWords` (filled in by lib/words/say.ts),
 * never the validator.
 */
import * as z from "zod/mini";
import type { Remedy, Status } from "@/rules/types";

const text = z.string().check(z.minLength(1));
/** A string with perspective blanks, or one string per person answering. */
const variant = z.union([text, z.strictObject({ self: text, family: text, counselor: text })]);

const group = z.strictObject({ heading: variant, intro: variant });
const GROUPED_STATUSES = ["likely", "possible", "not-yet", "unlikely", "not-applicable", "incomplete"] as const;
const REMEDIES = ["vacatur", "arrest-expungement", "sentence-reduction", "dismissal", "expungement"] as const;

const byStatus = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject(Object.fromEntries(GROUPED_STATUSES.map((status) => [status, value])) as Record<Status, T>);

export const resultsWordsSchema = z.strictObject({
  lastReviewed: z.iso.date(),
  page: z.strictObject({
    title: variant,
    asOf: variant,
    printedOn: variant,
    notLegalAdvice: variant,
    helpLink: variant,
    helpHref: text,
    notLegalAdviceLink: variant,
    notLegalAdviceHref: text,
    printButton: variant,
    printAllButton: variant,
    changeAnswers: variant,
    answersHeading: variant,
    answersIntro: variant,
  }),
  /** "What to do first" (lib/results/first-actions.ts): each action's words, and who does it. */
  first: z.strictObject({
    heading: variant,
    deadline: variant,
    actBy: variant,
    askWarden: variant,
    wait: variant,
    court: variant,
    likely: variant,
    likelyBy: variant,
    notYet: variant,
    possible: variant,
    possibleBy: variant,
    none: variant,
    who: z.strictObject({ deadline: variant, askWarden: variant, wait: variant, court: variant, path: variant }),
  }),
  groups: byStatus(group),
  notApplicableSummary: variant,
  /** The summary of the fold on an unlikely or does-not-fit card. */
  details: variant,
  status: z.strictObject({ label: variant, ...byStatus(variant).shape }),
  card: z.strictObject({
    why: variant,
    /** The summary of the fold on a full card. */
    more: variant,
    deadline: variant,
    earliestDeadline: variant,
    availableFrom: variant,
    availableSince: variant,
    confirmWithCounsel: variant,
    estimateHeading: variant,
    remediesHeading: variant,
    changeHeading: variant,
    changeItem: variant,
    nextSteps: variant,
    documents: variant,
    readMore: variant,
    lawChecked: variant,
  }),
  days: z.strictObject({
    today: variant,
    tomorrow: variant,
    future: variant,
    yesterday: variant,
    past: variant,
    futureMonths: variant,
    pastMonths: variant,
    futureYears: variant,
    pastYears: variant,
  }),
  /** "Who can help", once for the page (lib/results/help.ts), grouped by what each organisation helps with. */
  help: z.strictObject({
    heading: variant,
    intro: variant,
    groups: z.array(z.strictObject({ heading: variant, resources: z.array(text), nonCitizens: z.optional(z.boolean()) })),
  }),
  remedies: z.strictObject(Object.fromEntries(REMEDIES.map((remedy) => [remedy, variant])) as Record<Remedy, typeof variant>),
  calendar: z.strictObject({
    button: variant,
    buttonContext: variant,
    deadlineTitle: variant,
    actByTitle: variant,
    availableTitle: variant,
  }),
  answers: z.strictObject({ yes: variant, no: variant, unsure: variant, days: variant, months: variant }),
  /** Labels of calculator projections, by the estimate's name, in display order; `null`: known, not shown. */
  estimates: z.record(z.string(), z.nullable(variant)),
});

/** Every word of the results page, as read from content/results/results.md. Plain JSON, served as /screener/results.json. */
export type ResultsWords = z.infer<typeof resultsWordsSchema>;
