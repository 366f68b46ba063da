/** The notice for an answers file whose results changed since it was saved (issue #18 item 8). */
import { describe, expect, test, vi } from "vitest";
import { sinceSaved } from "@/components/screener/since-saved";
import { changesSince } from "@/lib/answers/changes";
import { readLawChanges } from "@/lib/content/law-changes";
import { readScreenerWords } from "@/lib/content/screener";
import { makeSay } from "@/lib/words/say";
import type { Facts } from "@/rules/facts/schema";

vi.mock("server-only", () => ({}));

const say = makeSay(readScreenerWords(), "family");
const log = readLawChanges();
const facts: Facts = { perspective: "family", court: "federal", caseStatus: "sentenced", custody: "prison", crReasons: ["terminal-illness"], wardenRequest: "not-submitted" };

describe("sinceSaved", () => {
  test("a file saved under the old rule names the change in plain words, each once", () => {
    const saved = { asOf: "2026-11-23", rulesVersion: "2026-11-23", statuses: { "compassionate-release": "unlikely" as const } };
    const lines = sinceSaved(changesSince(facts, saved, "2026-12-03", log), saved, say);
    expect(lines[0]).toBe("Some results are different from when this file was saved on November 23, 2026, because our rules changed:");
    expect(lines).toContain(log.find((entry) => entry.summary.startsWith("Not having written to the warden"))!.summary);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.join(" ")).not.toMatch(/\{[a-z]+\}/i);
  });

  test("a change only in time says how many, and no rule change", () => {
    const waiting: Facts = { ...facts, wardenRequest: "submitted", wardenRequestDate: "2026-11-20" };
    const saved = { asOf: "2026-11-25", rulesVersion: "2026-12-03", statuses: { "compassionate-release": "not-yet" as const } };
    expect(sinceSaved(changesSince(waiting, saved, "2026-12-21", log), saved, say)).toEqual([
      "1 of the results changed since November 25, 2026 only because time has passed.",
    ]);
  });

  test("nothing changed: nothing said", () => {
    const saved = { asOf: "2026-12-03", rulesVersion: "2026-12-03", statuses: { "compassionate-release": "likely" as const } };
    expect(sinceSaved(changesSince(facts, saved, "2026-12-03", log), saved, say)).toEqual([]);
  });
});
