/**
 * The shared pieces of the letters (issue #13): blanks, which documents fit a result, the content files,
 * the fields kept in the tab and in the answers file.
 */
import { describe, expect, test } from "vitest";
import { answersFileText, wrapAnswers } from "@/lib/answers/answers-file";
import { checkAnswers } from "@/lib/answers/check";
import { checkLetterFields } from "@/lib/answers/letter-fields";
import { parts } from "@/lib/letters/blanks";
import { documentsFor, LETTER_PATHS, LETTER_SLUGS } from "@/lib/letters/documents";
import { readAllLetters, readLetterCommon, readLetterTitles } from "@/lib/letters/read-content";
import { PATH_IDS } from "@/rules/types";
import { ASOF, wardenFamilyTerminal } from "./fixtures";

describe("blanks", () => {
  test("a value fills its blank, a date reads as words, a missing or empty value stays a blank", () => {
    expect(parts("On {date}, {name} and {other}.", "family", { date: "2026-12-15", name: "  " })).toEqual([
      { text: "On December 15, 2026, " },
      { blank: "name" },
      { text: " and " },
      { blank: "other" },
      { text: "." },
    ]);
  });
  test("a date reads in the document's language when given, whatever the page's", () => {
    expect(parts("Date: {today}", "self", { today: "2027-03-04" }, "en")).toEqual([{ text: "Date: March 4, 2027" }]);
    expect(parts("Fecha: {today}", "self", { today: "2027-03-04" }, "es")).toEqual([{ text: "Fecha: 4 de marzo de 2027" }]);
  });
  test("perspective blanks always read", () => {
    expect(parts("{You} {were} here.", "counselor", {})).toEqual([{ text: "Your client was here." }]);
  });
});

describe("documentsFor", () => {
  const titles = readLetterTitles();
  test("compassionate release, likely: the warden request, with its address and title", () => {
    expect(documentsFor("compassionate-release", { status: "likely" }, titles)).toEqual([
      { slug: "warden-request", href: "/letters/warden-request/", title: "Request to the warden for compassionate release" },
    ]);
  });
  test("good conduct time and FSA credits both give the staff request; not-yet counts, closed results give none", () => {
    expect(documentsFor("good-conduct-time", { status: "possible" }, titles).map((d) => d.slug)).toEqual(["time-credits-request"]);
    expect(documentsFor("fsa-time-credits", { status: "likely" }, titles).map((d) => d.slug)).toEqual(["time-credits-request"]);
    expect(documentsFor("pardon", { status: "not-yet" }, titles).map((d) => d.slug)).toEqual(["pardon-checklist"]);
    for (const status of ["unlikely", "not-applicable", "incomplete"] as const) expect(documentsFor("pardon", { status }, titles)).toEqual([]);
  });
  test("§ 3607 only with the expungement remedy; TSRA only with a remedy", () => {
    expect(documentsFor("3607", { status: "likely", remedies: ["dismissal"] }, titles)).toEqual([]);
    expect(documentsFor("3607", { status: "likely", remedies: ["dismissal", "expungement"] }, titles).map((d) => d.slug)).toEqual(["expungement-3607-request"]);
    expect(documentsFor("tsra", { status: "possible", remedies: [] }, titles)).toEqual([]);
    expect(documentsFor("tsra", { status: "possible", remedies: ["vacatur"] }, titles).map((d) => d.slug)).toEqual(["tsra-checklist"]);
  });
  test("every document belongs to a real path, and paths without one get none", () => {
    for (const slug of LETTER_SLUGS) for (const path of LETTER_PATHS[slug]) expect(PATH_IDS).toContain(path);
    expect(documentsFor("2255", { status: "likely" }, titles)).toEqual([]);
  });
});

describe("content/letters", () => {
  test("every document reads, names its rule, and says it is a template", () => {
    const letters = readAllLetters();
    expect(letters.map((l) => l.slug)).toEqual([...LETTER_SLUGS]);
    for (const letter of letters) expect(letter.rule).toMatch(/U\.S\.C\.|C\.F\.R\./);
    expect(readLetterCommon().templateNotice).toBe("This is a template, not legal advice.");
  });
});

describe("the letters' fields in the answers file", () => {
  const fields = { personName: "Ana Ruiz", releaseHome: "12 Oak St", empty: " " };
  test("saved with the answers (blank ones left out), and read back", () => {
    const file = JSON.parse(answersFileText(wardenFamilyTerminal, "2026-12-03T10:00:00Z", ASOF, fields));
    expect(file.letters).toEqual({ personName: "Ana Ruiz", releaseHome: "12 Oak St" });
    const checked = checkAnswers(file, ASOF);
    expect(checked.ok && checked.letters).toEqual({ personName: "Ana Ruiz", releaseHome: "12 Oak St" });
  });
  test("a file without them has no `letters` key and still opens", () => {
    const file = wrapAnswers(wardenFamilyTerminal, "2026-12-03T10:00:00Z", ASOF);
    expect("letters" in file).toBe(false);
    const checked = checkAnswers(JSON.parse(JSON.stringify(file)), ASOF);
    expect(checked.ok && checked.letters).toBeUndefined();
  });
  test("bad fields are refused, naming `letters`", () => {
    const file = { ...wrapAnswers(wardenFamilyTerminal, "2026-12-03T10:00:00Z", ASOF), letters: { "bad key": "x" } };
    expect(checkAnswers(JSON.parse(JSON.stringify(file)), ASOF)).toEqual({ ok: false, problems: ["letters: must be short texts named like releaseHome"] });
    expect(checkLetterFields({ a: 1 })).toBeUndefined();
    expect(checkLetterFields(["x"])).toBeUndefined();
    expect(checkLetterFields({ note: "x".repeat(2001) })).toBeUndefined();
    expect(checkLetterFields(Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`f${i}`, ""])))).toBeUndefined();
  });
});
