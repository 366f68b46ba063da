/**
 * Words for the reader (issue 12): every reason (content/reasons/) and every path's summary and next steps
 * (content/paths/ frontmatter), filled in each perspective with plausible values, reads as written for
 * that reader:
 * - no doubled substitution: once a sentence names "your relative" or "your client", it goes on with
 *   "they", "their", "them" ("Your client must show they kept trying", never "…your client kept trying");
 * - no verb that disagrees with the person ("your relative are", "they is");
 * - no self-only phrase for a relative or a counselor: neither has a case manager, a warden, a unit team,
 *   a probation officer, a judgment or a sentence of their own, and neither files the person's motion;
 * - a sentence that tells the person to do something in prison (the warden, the case manager…) is written
 *   again for the relative (who helps, writes, mails, calls) and for the counselor.
 */
import { describe, expect, test } from "vitest";
import { readReasonWords } from "@/lib/content/reasons";
import { readAllPathPages } from "@/lib/content/pages";
import { fillIn } from "@/lib/words/fill";
import type { Perspective } from "@/lib/words/perspective";
import { say, type Variant } from "@/lib/words/say";

/** A plausible value for every named blank the reasons use; a new blank fails `fillIn` until it is added here. */
const VARS = {
  date: "2027-03-04",
  deadline: "2027-03-04",
  earliestDeadline: "2027-03-02",
  finalDate: "2026-03-04",
  dueDate: "2026-03-01",
  anniversary: "2027-03-01",
  availableFrom: "2027-01-05",
  withoutClosures: "2027-03-03",
  closedDay: "2026-12-24",
  termEnds: "2029-06-30",
  gctRelease: "2028-05-01",
  gctReleaseFullRate: "2028-03-15",
  fullTermRelease: "2029-01-01",
  earliestPrerelease: "2027-09-01",
  supervisedReleaseTransfer: "2027-11-01",
  releaseWeekday: "2028-04-28",
  earningStart: "2018-12-21",
  circuit: "Ninth Circuit",
  oldPoints: 5,
  newPoints: 4,
  oldCategory: "III",
  newCategory: "II",
  months: 10,
  gctDays: 216,
  gctDaysFullRate: 270,
  daysLeft: 90,
  daysAgo: 400,
  creditsForPrerelease: 120,
  creditsAppliedToSupervisedRelease: 365,
};

const PERSPECTIVES: readonly Perspective[] = ["self", "family", "counselor"];
const OTHERS = ["family", "counselor"] as const;

interface Sentence {
  name: string;
  value: Variant;
}

const reasonWords = readReasonWords();
const pathPages = readAllPathPages();
const reasons: Sentence[] = Object.entries(reasonWords).flatMap(([path, words]) =>
  Object.entries(words).map(([key, value]) => ({ name: `reasons/${path}.${key}`, value })),
);
const steps: Sentence[] = pathPages.flatMap((page) => [
  { name: `paths/${page.path} summary`, value: page.summary },
  ...page.nextSteps.map((value, i) => ({ name: `paths/${page.path} step ${i + 1}`, value })),
]);
const all = [...reasons, ...steps];

const filled = (value: Variant, perspective: Perspective) => say(value, perspective, VARS);
const sentencesOf = (text: string) => text.split(/(?<=[.!?])["”)]*\s+/);

/** The name the blanks give the person, for a relative and for a counselor. */
const NAMED: Record<(typeof OTHERS)[number], RegExp> = {
  family: /\byour relative(?:'s)?\b/gi,
  counselor: /\b(?:your|the) client(?:'s)?\b/gi,
};
const DISAGREES = /\b(?:your relative|your client|the client) (?:are|were|have|do)\b|\bthey (?:is|was|has|does)\b/i;

/** Said to the person only: a relative or a counselor has none of these, and does not do these. */
const SELF_ONLY: readonly RegExp[] = [
  /\byour (?:case manager|unit team|warden|probation officer|prison|judgment|sentence|case|conviction|lawyer|records|credits|risk level|needs assessment|presentence report|statement of reasons|motion|supervision|release|state's)\b/i,
  /\byou (?:are|were) (?:in prison|in federal prison|sentenced|found guilty|trafficked|on supervised release|on probation|under 21|not a U\.S\. citizen)\b/i,
  /\b(?:sentenced|convicted|harms) you\b/i,
  /\byou may (?:also )?(?:qualify|file|ask the (?:judge|court))\b/i,
  /\bfile on your own\b/i,
  /\bif you (?:do not have|had|got|filed|ask)\b/i,
  /(?:^|[.!?]\s+)(?:Ask|Write to|Write a request to) the warden\b/,
  /(?:^|[.!?]\s+)(?:Then )?[Ff]ile (?:a|the|your|no later)\b/,
  /(?:^|[.!?]\s+)(?:Sign up for|Follow the prison rules|Work on a GED|Talk to your)\b/,
];

/** A self sentence that tells the person to do a step inside the Bureau of Prisons. */
const BOP_STEP =
  /(?:^|[.!?]\s+)(?:Ask|Write|Keep|Sign up|Follow|Work|Check|Then file|File|Talk|Use)\b[^.!?]*|(?:^|[.!?]\s+)If [^.!?]*,\s*(?:ask|use)\b[^.!?]*/g;
const BOP_WORDS = /\b(?:warden|case manager|unit team|records office|complaint process|prison rules|needs assessment|credits|probation officer|programs)\b/i;
const tellsABopStep = (self: string) => (self.match(BOP_STEP) ?? []).some((clause) => BOP_WORDS.test(clause));

describe("the blanks", () => {
  test("a named person goes on as they, their, them; in the self words, you and your", () => {
    const template = "{You} must show {they} kept trying and that something out of {their} control stopped {them}.";
    expect(fillIn(template, "self")).toBe("You must show you kept trying and that something out of your control stopped you.");
    expect(fillIn(template, "family")).toBe("Your relative must show they kept trying and that something out of their control stopped them.");
    expect(fillIn(template, "counselor")).toBe("Your client must show they kept trying and that something out of their control stopped them.");
    expect(fillIn("{They} are", "counselor")).toBe("They are");
  });
});

describe.for(PERSPECTIVES)("every reason and next step, filled for %s", (perspective) => {
  test.for(all)("$name reads without a leftover blank or a disagreeing verb", ({ value }) => {
    const text = filled(value, perspective);
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(DISAGREES);
  });
});

describe.for(OTHERS)("every reason and next step, filled for %s", (perspective) => {
  test.for(all)("$name names the person at most once in a sentence", ({ value }) => {
    for (const sentence of sentencesOf(filled(value, perspective))) {
      expect((sentence.match(NAMED[perspective]) ?? []).length, sentence).toBeLessThanOrEqual(1);
    }
  });

  test.for(all)("$name has no phrase said only to the person", ({ value }) => {
    const text = filled(value, perspective);
    for (const phrase of SELF_ONLY) expect(text, phrase.source).not.toMatch(phrase);
  });

  test.for(all)("$name is written again for this reader wherever the person's own words speak to them", ({ value }) => {
    const self = filled(value, "self");
    if (/\byou(?:r)?\b/i.test(self) || tellsABopStep(self)) expect(filled(value, perspective)).not.toBe(self);
  });
});

describe("sentences written per perspective", () => {
  const written = all.filter(({ value }) => typeof value !== "string");

  test("a step the person does inside the Bureau of Prisons is written per perspective, not only through blanks", () => {
    const bopSteps = all.filter(({ value }) => tellsABopStep(filled(value, "self")));
    expect(bopSteps.length).toBeGreaterThan(10);
    for (const { name, value } of bopSteps) expect(typeof value, name).toBe("object");
  });

  test.for(written)("$name: each perspective's words differ from the others", ({ value }) => {
    const [self, family, counselor] = PERSPECTIVES.map((perspective) => filled(value, perspective));
    expect(family).not.toBe(self);
    expect(counselor).not.toBe(self);
  });

  test("the count of sentences written per perspective", () => {
    console.log(`Written per perspective: ${written.filter((s) => s.name.startsWith("reasons/")).length} reasons, ${written.filter((s) => s.name.startsWith("paths/")).length} path summaries and next steps, of ${all.length} sentences.`);
    expect(written.length).toBeGreaterThan(0);
  });
});
