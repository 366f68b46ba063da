import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { wrapAnswers } from "@/lib/answers/answers-file";
import {
  MAX_ANSWERS_FILE_BYTES,
  MAX_ANSWERS_FILE_DEPTH,
  readAnswersBlob,
  readAnswersFile,
} from "@/lib/answers/read-answers-file";
import { everyFact } from "../../support/every-fact";

const AS_OF = "2026-11-23";
const saved = (facts: unknown) => JSON.stringify({ format: "federal-relief-screener/answers", version: 1, savedAt: "2026-11-20T10:00:00Z", facts });

/** Every failure keeps the person's answers and says so, in one plain-text paragraph. */
function expectRefused(result: ReturnType<typeof readAnswersFile>, reason: string, says?: RegExp) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  expect(result.message).toMatch(/^This file could not be opened\. /);
  expect(result.message).toMatch(/Your answers have not changed\.$/);
  expect(result.message).not.toMatch(/\n/);
  expect(result.message.length).toBeLessThan(1000);
  if (says) expect(result.message).toMatch(says);
}

describe("readAnswersFile: good files open", () => {
  test("a saved answers file round-trips", () => {
    const file = wrapAnswers(everyFact, "2026-11-20T10:00:00Z", AS_OF);
    expect(readAnswersFile(JSON.stringify(file, null, 2), AS_OF)).toEqual({ ok: true, facts: everyFact, saved: { asOf: AS_OF, rulesVersion: file.rulesVersion, statuses: file.statuses } });
  });

  test("a bare facts object opens, as the CLI accepts", () => {
    expect(readAnswersFile(JSON.stringify({ court: "federal" }), AS_OF)).toEqual({ ok: true, facts: { court: "federal" } });
  });

  test("a byte-order mark at the start is ignored", () => {
    expect(readAnswersFile(`\uFEFF${saved({ court: "federal" })}`, AS_OF)).toMatchObject({ ok: true });
  });

  test("a file just under the size limit still opens", () => {
    const base = saved({ court: "federal" });
    const padded = base.slice(0, -1) + " ".repeat(MAX_ANSWERS_FILE_BYTES - base.length) + "}";
    expect(new TextEncoder().encode(padded).length).toBe(MAX_ANSWERS_FILE_BYTES);
    expect(readAnswersFile(padded, AS_OF)).toMatchObject({ ok: true });
  });

  test("braces inside strings do not count as nesting", () => {
    // Rejected by the schema (an unknown key), but not as too deep: the scanner skips strings and escapes.
    const result = readAnswersFile(JSON.stringify({ "{{{{{{{{{{[[[[[[[[\\\"": "}}}}" }), AS_OF);
    expectRefused(result, "invalid", /not a known fact/);
  });
});

describe("readAnswersFile: hostile files are refused with a clear message", () => {
  test("10 MB is refused by its size, before parsing", () => {
    const huge = `{"court":"federal","x":"${"a".repeat(10 * 1024 * 1024)}"}`;
    const started = performance.now();
    expectRefused(readAnswersFile(huge, AS_OF), "too-large", /larger than 64 kB/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  test("multi-byte text is measured in bytes, not characters", () => {
    const text = saved({ court: "federal" }).slice(0, -1) + `,"note":"${"é".repeat(MAX_ANSWERS_FILE_BYTES / 2)}"}`;
    expect(text.length).toBeLessThan(MAX_ANSWERS_FILE_BYTES);
    expectRefused(readAnswersFile(text, AS_OF), "too-large");
  });

  test.for([
    ["arrays", "[".repeat(10_000) + "]".repeat(10_000)],
    ["objects", '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000)],
    ["unclosed", "[".repeat(10_000)],
    ["just past the limit", "[".repeat(MAX_ANSWERS_FILE_DEPTH + 1) + "]".repeat(MAX_ANSWERS_FILE_DEPTH + 1)],
  ])("10,000-deep nesting (%s) is refused before parsing", ([, text]) => {
    expectRefused(readAnswersFile(text, AS_OF), "too-deep", /nested/);
  });

  test.for([
    ["__proto__ at the top", '{"__proto__":{"polluted":"yes"},"court":"federal"}'],
    ["__proto__ inside facts", saved({}).replace('"facts":{}', '"facts":{"__proto__":{"polluted":"yes"}}')],
    ["constructor", saved({}).replace('"facts":{}', '"facts":{"constructor":{"prototype":{"polluted":"yes"}}}')],
    ["prototype in a list", '{"legalError":[{"prototype":{"polluted":"yes"}}]}'],
  ])("a %s key is refused and pollutes nothing", ([, text]) => {
    const result = readAnswersFile(text, AS_OF);
    expectRefused(result, "forbidden-key", /which no answers file has/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("<script> in a value is refused, and the message does not echo it", () => {
    const result = readAnswersFile(saved({ court: "<script>alert(1)</script>" }), AS_OF);
    expectRefused(result, "invalid", /court: must be one of/);
    if (!result.ok) expect(result.message).not.toContain("<script>");
  });

  test("<script> in a key is refused; the message is plain text and short", () => {
    const key = `<script>alert(1)</script>${"x".repeat(500)}`;
    const result = readAnswersFile(JSON.stringify({ [key]: "yes" }), AS_OF);
    expectRefused(result, "invalid", /not a known fact/);
    // The UI renders messages as text; even so, an attacker's key is cut short.
    if (!result.ok) expect(result.message.length).toBeLessThan(300);
  });

  test.for([
    ["a number", "42"],
    ["a string", '"federal"'],
    ["null", "null"],
    ["a list", '[{"court":"federal"}]'],
    ["true", "true"],
    ["facts that are a string", saved("court=federal")],
    ["facts that are a list", saved([])],
    ["a count given as text", saved({ prisonMonths: "60" })],
    ["a date in another format", saved({ offenseDate: "05/01/2012" })],
    ["a list answer given as text", saved({ legalError: "none-known" })],
    ["an unknown fact", saved({ favouriteColour: "blue" })],
    ["another format", JSON.stringify({ format: "something-else", facts: {} })],
    ["extra top-level fields", JSON.stringify({ ...JSON.parse(saved({})), extra: 1 })],
    ["a contradiction", saved({ custodyStartDate: "2020-01-01", releaseDate: "2019-01-01" })],
  ])("wrong types (%s) are refused as invalid", ([, text]) => {
    expectRefused(readAnswersFile(text, AS_OF), "invalid", /not ones this screener can use/);
  });

  test("a newer version is refused as such", () => {
    const text = JSON.stringify({ format: "federal-relief-screener/answers", version: 3, savedAt: "x", facts: {} });
    expectRefused(readAnswersFile(text, AS_OF), "newer-version", /newer version/);
  });

  test.for([
    ["empty", ""],
    ["whitespace", "  \n\t "],
  ])("an %s file is refused", ([, text]) => {
    expectRefused(readAnswersFile(text, AS_OF), "empty", /empty/);
  });

  test.for([
    ["HTML", "<!doctype html><script>alert(1)</script>"],
    ["JavaScript", "({court:'federal'})"],
    ["a trailing comma", '{"court":"federal",}'],
    ["binary", "\u0000\u0001\u0002PK\u0003\u0004"],
    ["JSON followed by more", '{"court":"federal"} {"court":"state"}'],
  ])("%s is refused as not JSON", ([, text]) => {
    expectRefused(readAnswersFile(text, AS_OF), "not-json", /JSON/);
  });

  test("many problems are summarised, not listed endlessly", () => {
    const facts = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`unknown${i}`, "x"]));
    const result = readAnswersFile(saved(facts), AS_OF);
    expectRefused(result, "invalid", /and 45 more/);
  });

  test("a value that is not text is refused, not thrown on", () => {
    expectRefused(readAnswersFile(undefined as unknown as string, AS_OF), "not-json");
    expectRefused(readAnswersFile({} as unknown as string, AS_OF), "not-json");
  });
});

describe("readAnswersFile never throws", () => {
  test("on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const result = readAnswersFile(text, AS_OF);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  test("on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), (value) => {
        const result = readAnswersFile(JSON.stringify(value) ?? "", AS_OF);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.message).toMatch(/Your answers have not changed\.$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("readAnswersBlob", () => {
  test("refuses a large file by its size without reading it", async () => {
    const file = new Blob(["x"]);
    Object.defineProperty(file, "size", { value: 10 * 1024 * 1024 });
    Object.defineProperty(file, "text", { value: () => Promise.reject(new Error("must not be read")) });
    expectRefused(await readAnswersBlob(file, AS_OF), "too-large");
  });

  test("opens a saved file", async () => {
    const file = new Blob([JSON.stringify(wrapAnswers(everyFact, "2026-11-20T10:00:00Z", AS_OF))], { type: "application/json" });
    expect(await readAnswersBlob(file, AS_OF)).toMatchObject({ ok: true, facts: everyFact, saved: { asOf: AS_OF } });
  });

  test("a file that cannot be read gives a message, not a rejection", async () => {
    const file = new Blob(["{}"]);
    Object.defineProperty(file, "text", { value: () => Promise.reject(new Error("gone")) });
    expectRefused(await readAnswersBlob(file, AS_OF), "invalid", /could not be read/);
  });
});
