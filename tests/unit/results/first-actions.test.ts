/**
 * "What to do first" (lib/results/first-actions.ts), table-driven: each row is a case (results as of
 * 2026-11-23 and the answers) and the actions it must give, most urgent first. The first rows are the
 * former "most urgent action" tests (deadline with its safer act-by date, nearest first, passed and unlikely
 * deadlines left out, a deadline due today, then the date an option opens, an it-depends path, nothing).
 */
import { describe, expect, test } from "vitest";
import type { PathResult } from "@/lib/engine/screen";
import type { Facts } from "@/rules/facts/schema";
import { DEADLINE_WINDOW_DAYS, firstActions, firstDocuments, MAX_ACTIONS, withDocuments, type FirstAction } from "@/lib/results/first-actions";
import { plusDays } from "@/rules/calendar/dates";
import { AS_OF, resultsFixture } from "./fixtures";

/** Every path unlikely unless a row says otherwise, by path order (3607, 2255, coram-nobis, compassionate-release, …). */
const only = (overrides: Partial<PathResult>[]): PathResult[] =>
  resultsFixture().map((r, i): PathResult => ({ path: r.path, reasons: r.reasons, lawAsOf: r.lawAsOf, status: "unlikely", ...overrides[i] }));
/** Overrides for compassionate release, the fourth path. */
const cr = (override: Partial<PathResult>) => [{}, {}, {}, override];

const ill: Facts = { crReasons: ["terminal-illness"], wardenRequest: "not-submitted" };

const ROWS: { name: string; results: PathResult[]; facts?: Facts; expected: FirstAction[] }[] = [
  {
    name: "a § 2255 deadline in 22 days comes first, with the safer act-by date; then the strongest other path",
    results: resultsFixture(),
    expected: [
      { kind: "deadline", path: "2255", date: "2026-12-15", actBy: "2026-12-14" },
      { kind: "likely", path: "good-conduct-time" },
    ],
  },
  {
    name: "deadlines, nearest first, judged by their safe act-by dates; at most three actions",
    results: only([
      { status: "possible", deadline: "2027-03-01" },
      { status: "likely", deadline: "2027-02-01", earliestDeadline: "2027-01-29" },
      { status: "likely", deadline: "2027-01-30" },
      { status: "likely" },
    ]),
    expected: [
      { kind: "deadline", path: "2255", date: "2027-02-01", actBy: "2027-01-29" },
      { kind: "deadline", path: "coram-nobis", date: "2027-01-30" },
      { kind: "deadline", path: "3607", date: "2027-03-01" },
    ],
  },
  {
    name: "a deadline that has passed, or on a path that is unlikely, is not an action",
    results: only([{ status: "likely", deadline: "2026-11-01" }, { status: "unlikely", deadline: "2026-12-01" }]),
    expected: [{ kind: "likely", path: "3607" }],
  },
  {
    name: "a deadline due today is still an action",
    results: only([{ status: "possible", deadline: AS_OF }]),
    expected: [{ kind: "deadline", path: "3607", date: AS_OF }],
  },
  {
    name: "a deadline more than 120 days away is not an action of its own: the path comes with its date",
    results: only([{ status: "likely", deadline: plusDays(AS_OF, DEADLINE_WINDOW_DAYS + 1) }, { status: "likely", deadline: plusDays(AS_OF, DEADLINE_WINDOW_DAYS) }]),
    expected: [
      { kind: "deadline", path: "2255", date: plusDays(AS_OF, DEADLINE_WINDOW_DAYS) },
      { kind: "likely", path: "3607", date: plusDays(AS_OF, DEADLINE_WINDOW_DAYS + 1) },
    ],
  },
  {
    name: "with nothing likely: the nearest date an option opens",
    results: only([{}, { status: "not-yet", availableFrom: "2027-05-01" }, { status: "not-yet", availableFrom: "2027-01-01" }]),
    expected: [{ kind: "not-yet", path: "coram-nobis", date: "2027-01-01" }],
  },
  {
    name: "then an it-depends path",
    results: only([{}, {}, {}, { status: "possible" }]),
    expected: [{ kind: "possible", path: "compassionate-release" }],
  },
  { name: "then nothing", results: only([]), expected: [{ kind: "none" }] },
  {
    name: "a terminal illness, no request yet: the written request to the warden, before the strongest other path",
    results: only([{ status: "likely" }, {}, {}, { status: "possible" }]),
    facts: ill,
    expected: [
      { kind: "illness", path: "compassionate-release", step: "ask-warden" },
      { kind: "likely", path: "3607" },
    ],
  },
  {
    name: "a serious illness, request made, 30 days not yet passed: the day the court can be asked",
    results: only(cr({ status: "not-yet", availableFrom: "2026-12-10" })),
    facts: { crReasons: ["serious-medical-condition"], wardenRequest: "submitted" },
    expected: [{ kind: "illness", path: "compassionate-release", step: "wait", date: "2026-12-10" }],
  },
  {
    name: "a terminal illness, 30 days passed: the motion in court",
    results: only(cr({ status: "likely", availableFrom: "2026-10-01" })),
    facts: { crReasons: ["terminal-illness", "aging-decline"], wardenRequest: "submitted" },
    expected: [{ kind: "illness", path: "compassionate-release", step: "court" }],
  },
  {
    name: "an illness comes after a close deadline",
    results: only([{}, { status: "likely", deadline: "2026-12-15" }, {}, { status: "likely" }]),
    facts: ill,
    expected: [
      { kind: "deadline", path: "2255", date: "2026-12-15" },
      { kind: "illness", path: "compassionate-release", step: "ask-warden" },
    ],
  },
  {
    name: "an illness is not an action when compassionate release is unlikely or does not fit",
    results: only(cr({ status: "not-applicable" })),
    facts: ill,
    expected: [{ kind: "none" }],
  },
  {
    name: "other reasons for compassionate release do not put it first: it is the strongest path like any other",
    results: only(cr({ status: "likely" })),
    facts: { crReasons: ["caregiver-needed"], wardenRequest: "not-submitted" },
    expected: [{ kind: "likely", path: "compassionate-release" }],
  },
  {
    name: "the strongest path is the likely one with the nearest deadline",
    results: only([{ status: "likely" }, { status: "likely", deadline: "2027-09-01" }]),
    expected: [{ kind: "likely", path: "2255", date: "2027-09-01" }],
  },
];

describe("what to do first", () => {
  test.each(ROWS)("$name", ({ results, facts, expected }) => {
    const actions = firstActions(results, facts ?? {}, AS_OF);
    expect(actions).toEqual(expected);
    expect(actions.length).toBeLessThanOrEqual(MAX_ACTIONS);
  });

  test("a letter or checklist is attached to the action for its path, and only there", () => {
    const document = { href: "/letters/warden/", label: "Letter to the warden" };
    const actions = withDocuments(firstActions(only([{ status: "likely" }, {}, {}, { status: "possible" }]), ill, AS_OF), { "compassionate-release": document });
    expect(actions).toEqual([
      { kind: "illness", path: "compassionate-release", step: "ask-warden", document },
      { kind: "likely", path: "3607" },
    ]);
    expect(withDocuments([{ kind: "none" }], { "compassionate-release": document })).toEqual([{ kind: "none" }]);
  });

  test("once the warden has the request, waiting and the court step take no letter: the request is not the paper for them", () => {
    const document = { href: "/letters/warden-request/", label: "Request to the warden" };
    const waiting: FirstAction = { kind: "illness", path: "compassionate-release", step: "wait", date: "2026-12-10" };
    const court: FirstAction = { kind: "illness", path: "compassionate-release", step: "court" };
    expect(withDocuments([waiting, court], { "compassionate-release": document })).toEqual([waiting, court]);
  });

  test("an action takes the first of its path's documents; a path with none gets none", () => {
    const staff = { href: "/letters/time-credits-request/", label: "Request to staff" };
    const other = { href: "/letters/other/", label: "Other" };
    expect(firstDocuments({ "good-conduct-time": [staff, other], pardon: [] })).toEqual({ "good-conduct-time": staff });
  });
});
