/**
 * The other five documents (issue #13): worked answers → the sentences and dates they print, every date
 * the engine's.
 */
import { describe, expect, test } from "vitest";
import { documentText } from "./render";
import { ASOF, earlyTermination, expungement3607, pardon, timeCredits, tsra } from "./fixtures";

describe("request to staff about release dates (BP-8)", () => {
  const text = documentText("time-credits-request", timeCredits, ASOF);
  test("the app's estimates are 'the dates I expected', with the informal-resolution rule", () => {
    expect(text).toContain("I am trying to settle this with staff first, as the rule asks (28 C.F.R. § 542.13(a)).");
    expect(text).toContain("My sentence began on January 10, 2024. I had 30 days of credit for time in jail before that.");
    expect(text).toContain("Good conduct time: up to 270 days (18 U.S.C. § 3624(b)). My full term ends on December 10, 2028. With good conduct time, I expected release on March 15, 2028.");
    expect(text).toContain("15 days for each 30 days of programs (18 U.S.C. § 3632(d)(4)(A)). I expected to be able to move to a halfway house or home confinement from November 25, 2026.");
    expect(text).toContain("move to supervised release early, from March 16, 2027");
    expect(text).not.toContain("The dates I expected, and how I got them");
  });
  test("with no estimate, the dates are lines to fill in", () => {
    const none = documentText("time-credits-request", { perspective: "family" }, ASOF);
    expect(none).toContain("The dates I expected, and how I got them: ____");
    expect(none).toContain("My sentence began on ____. I had ____ days");
    expect(none).toContain("Your name, as the family member who helped write this: ____");
  });
});

describe("request to end supervision early", () => {
  test("dates from the answers and the engine's one-year date; each factor a line to fill", () => {
    const text = documentText("early-termination-request", earlyTermination, ASOF);
    expect(text).toContain("Motion to end supervised release early, under 18 U.S.C. § 3583(e)(1)");
    expect(text).toContain("My supervised release began on January 15, 2025. The term is 36 months long.");
    expect(text).toContain("The court may end it from January 16, 2026.");
    expect(text).toContain("I have not broken any of my conditions.");
    expect(text).toContain("The judge decides if ending supervision fits your client's conduct");
    expect(text).toContain("Where your client lives, and with whom: ____");
    expect(text).toContain("What the probation officer thinks of ending it early: ____");
  });
  test("before one year: not yet, with the day it opens; probation cites § 3564(c)", () => {
    const early = { ...earlyTermination, custody: "probation" as const, supervisionStartDate: "2026-06-01" };
    const text = documentText("early-termination-request", early, ASOF);
    expect(text).toContain("Motion to end probation early, under 18 U.S.C. § 3564(c)");
    expect(text).toContain("The court may end it only after one year, from June 2, 2027. File on or after that day.");
  });
});

describe("pardon checklist", () => {
  test("the waiting period's end from the engine, the form and where it goes", () => {
    const text = documentText("pardon-checklist", pardon, ASOF);
    expect(text).toContain("## When you can apply");
    expect(text).toContain("The five-year wait ends on May 1, 2027 (28 C.F.R. § 1.2). Send the petition after that day.");
    expect(text).toContain("[ ] Get the current pardon petition form and its instructions from the Office of the Pardon Attorney, at justice.gov/pardon.");
    expect(text).toContain("addressed to the President and sent to the Office of the Pardon Attorney");
    expect(text).toContain("[ ] The judgment for the conviction you want pardoned");
  });
  test("no date: a line to write it on", () => {
    expect(documentText("pardon-checklist", {}, ASOF)).toContain("The day it ends: ____");
  });
});

describe("TSRA checklist", () => {
  test("the remedies the result named, the hotline", () => {
    const text = documentText("tsra-checklist", tsra, ASOF);
    expect(text).toContain("- Vacatur: the court cancels the conviction and orders its records expunged.");
    expect(text).toContain("- Expungement of the arrest record.");
    expect(text).not.toContain("sentence reduction");
    expect(text).toContain("Call 1-888-373-7888 or text 233733.");
  });
});

describe("§ 3607(c) expungement request", () => {
  test("on § 3607 probation: ask at dismissal; the dates the answers gave", () => {
    const text = documentText("expungement-3607-request", expungement3607, ASOF, { dismissalDate: "2026-11-30" });
    expect(text).toContain("Ask when the court dismisses the case at the end of probation, or soon after.");
    expect(text).toContain("The court must grant it if your relative was under 21 on the day of the offense");
    expect(text).toContain("dismissed the case on November 30, 2026. I was born on May 1, 2006. I was under 21 on February 1, 2025, the day of the offense.");
    expect(text).toContain("Your relative's full name: ____");
  });
  test("already dismissed: ask now", () => {
    const text = documentText("expungement-3607-request", { ...expungement3607, disposition3607: "completed" }, ASOF);
    expect(text).toContain("The case was dismissed, so your relative can ask now. There is no deadline.");
    expect(text).toContain("and dismissed the case on ____.");
  });
});
