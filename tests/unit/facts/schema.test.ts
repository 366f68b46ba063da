import { describe, expect, test } from "vitest";
import { checkAnswers, checkFacts } from "@/lib/answers/check";
import { wrapAnswers } from "@/lib/answers/answers-file";
import { RULES_VERSION } from "@/lib/engine/screen";
import { PATH_IDS } from "@/rules/types";
import type { Facts } from "@/rules/facts/schema";
import { everyFact } from "../../support/every-fact";

const AS_OF = "2026-11-23";


describe("facts schema (rules/README.md § facts)", () => {
  test("a complete, consistent fact set is accepted", () => {
    expect(checkFacts(everyFact, AS_OF)).toEqual({ ok: true, facts: everyFact });
  });

  test("an empty object is a valid (if unfinished) screening", () => {
    expect(checkFacts({}, AS_OF)).toMatchObject({ ok: true });
  });

  test.for([
    ["an unknown fact", { court: "federal", favouriteColour: "blue" }, /^favouriteColour: not a known fact$/],
    ["a value outside its enum", { court: "county" }, /^court: must be one of "federal"/],
    ["an impossible date", { birthDate: "2026-02-30" }, /^birthDate: must be a real date/],
    ["a date in the wrong format", { offenseDate: "05/01/2012" }, /^offenseDate: must be a real date/],
    ["a negative count", { prisonMonths: -1 }, /^prisonMonths: must be 0 or more$/],
    ["a fractional count", { jailCreditDays: 1.5 }, /^jailCreditDays: must be a whole number$/],
    ["a number given as a string", { prisonMonths: "60" }, /^prisonMonths: must be a whole number$/],
    ["a yes/no answer outside yes, no, unsure", { prior2255: "maybe" }, /^prior2255: must be one of "yes", "no", "unsure"$/],
    ["an unknown list entry", { crReasons: ["bored"] }, /^crReasons\.0: must be one of/],
    ["an empty list", { legalError: [] }, /^legalError: must list at least one answer$/],
    ["a state code that is not a state or territory", { courtState: "XX" }, /^courtState: must be one of/],
    ["not an object", [1, 2], /^facts: must be a JSON object$/],
  ] as const)("rejects %s, naming the fact", ([, input, message]) => {
    const result = checkFacts(input, AS_OF);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(message)]);
  });

  test.for([
    ["release before custody began", { custodyStartDate: "2020-01-10", releaseDate: "2019-12-31" }, "releaseDate: 2019-12-31 is before custodyStartDate 2020-01-10"],
    ["supervision ending before it started", { supervisionStartDate: "2022-01-01", supervisionEndDate: "2021-01-01" }, "supervisionEndDate: 2021-01-01 is before supervisionStartDate 2022-01-01"],
    ["a judgment before the offense", { offenseDate: "2020-05-05", judgmentDate: "2020-05-04" }, "judgmentDate: 2020-05-04 is before offenseDate 2020-05-05"],
    ["an offense before birth", { birthDate: "2000-01-01", offenseDate: "1999-12-31" }, "offenseDate: 1999-12-31 is before birthDate 2000-01-01"],
    ["an offense after the as-of date", { offenseDate: "2026-11-24" }, "offenseDate: 2026-11-24 is after the as-of date 2026-11-23"],
    ["a warden request received in the future", { wardenRequestDate: "2027-01-01" }, "wardenRequestDate: 2027-01-01 is after the as-of date 2026-11-23"],
    ["certiorari denied in the future", { certiorariDate: "2026-12-01" }, "certiorariDate: 2026-12-01 is after the as-of date 2026-11-23"],
  ] as const)("rejects a contradiction: %s", ([, input, message]) => {
    expect(checkFacts(input, AS_OF)).toEqual({ ok: false, problems: [message] });
  });

  test("a supervision end date in the future is refused: it records the day supervision ended", () => {
    expect(checkFacts({ supervisionEndDate: "2031-01-01" }, AS_OF)).toEqual({
      ok: false,
      problems: ["supervisionEndDate: 2031-01-01 is after the as-of date 2026-11-23"],
    });
  });

  test("a supervision start date may be after the as-of date (it is not in the list of past events of rules/README.md § bad-input)", () => {
    expect(checkFacts({ supervisionStartDate: "2027-01-01" }, AS_OF)).toMatchObject({ ok: true });
  });

  test("the same day on both sides of an ordered pair is consistent", () => {
    expect(checkFacts({ offenseDate: "2020-05-05", judgmentDate: "2020-05-05" }, AS_OF)).toMatchObject({ ok: true });
  });

  test("29 February exists only in leap years", () => {
    expect(checkFacts({ birthDate: "2004-02-29" }, AS_OF)).toMatchObject({ ok: true });
    expect(checkFacts({ birthDate: "2005-02-29" }, AS_OF)).toMatchObject({ ok: false });
  });
});

describe("answers file (rules/README.md § answers-file)", () => {
  test("a saved file opens to the same facts", () => {
    const file = wrapAnswers(everyFact, "2026-11-23T10:00:00.000Z", AS_OF);
    expect(file).toMatchObject({ version: 2, asOf: AS_OF, rulesVersion: RULES_VERSION });
    expect(Object.keys(file.statuses).sort()).toEqual([...PATH_IDS].sort());
    expect(checkAnswers(file, AS_OF)).toEqual({ ok: true, facts: everyFact, saved: { asOf: AS_OF, rulesVersion: RULES_VERSION, statuses: file.statuses } });
  });

  test("a version-1 file (no screening recorded) still opens", () => {
    const v1 = { format: "federal-relief-screener/answers", version: 1, savedAt: "2026-11-20T10:00:00Z", facts: everyFact };
    expect(checkAnswers(v1, AS_OF)).toEqual({ ok: true, facts: everyFact });
    expect(checkAnswers({ ...v1, asOf: AS_OF }, AS_OF)).toEqual({ ok: false, problems: ["asOf: not part of an answers file"] });
  });

  test("savedAt, the saved as-of date, the rules' version and the statuses are checked like the facts", () => {
    const file = wrapAnswers({ court: "state" }, "2026-11-23T10:00:00.000Z", AS_OF);
    expect(checkAnswers({ ...file, savedAt: "yesterday" }, AS_OF)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^savedAt:/)] });
    expect(checkAnswers({ ...file, asOf: "2026-02-30" }, AS_OF)).toMatchObject({ ok: false, problems: ["asOf: must be a real date written YYYY-MM-DD"] });
    expect(checkAnswers({ ...file, rulesVersion: "0099-01-01" }, AS_OF)).toMatchObject({ ok: false, problems: ["rulesVersion: must be a real date written YYYY-MM-DD"] });
    expect(checkAnswers({ ...file, statuses: { pardon: "eligible" } }, AS_OF)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^statuses\.pardon: must be one of/)] });
    expect(checkAnswers({ ...file, statuses: { "__x": "likely" } }, AS_OF)).toMatchObject({ ok: false, problems: ["statuses.__x: not a relief path"] });
  });

  test("a date fact outside 1900–2100 is out of range, never read as another century", () => {
    for (const birthDate of ["1899-12-31", "2101-01-01", "0050-06-01"]) {
      expect(checkAnswers({ birthDate }, AS_OF)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^birthDate: is out of range|^birthDate: .*1900 to 2100/)] });
    }
    expect(checkAnswers({ birthDate: "1900-01-01" }, AS_OF)).toEqual({ ok: true, facts: { birthDate: "1900-01-01" } });
  });

  test("a bare facts object is accepted, as the CLI accepts it", () => {
    expect(checkAnswers({ court: "federal" }, AS_OF)).toEqual({ ok: true, facts: { court: "federal" } });
  });

  test("a file from a newer version is refused with a clear message", () => {
    const newer = { ...wrapAnswers({}, "2026-11-23T10:00:00.000Z", AS_OF), version: 3 };
    expect(checkAnswers(newer, AS_OF)).toEqual({ ok: false, problems: ["version: this file is from a newer version (3) of the screener"] });
  });

  test("a file of another format is refused", () => {
    expect(checkAnswers({ format: "something-else", facts: {} }, AS_OF)).toMatchObject({ ok: false });
  });

  test("facts inside the file are checked like any facts", () => {
    const bad = wrapAnswers({ court: "state" }, "2026-11-23T10:00:00.000Z", AS_OF);
    bad.facts = { court: "county" } as unknown as Facts;
    expect(checkAnswers(bad, AS_OF)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^court:/)] });
  });
});
