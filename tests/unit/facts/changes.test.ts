/**
 * An answers file opened after the rules changed (issue #18 item 8): screened again at its saved as-of date,
 * a different status is a change in the law, named from the dated change log; a status that differs only
 * today changed because time passed.
 */
import { describe, expect, test, vi } from "vitest";
import { changesSince, type LawChange } from "@/lib/answers/changes";
import { wrapAnswers } from "@/lib/answers/answers-file";
import { readLawChanges } from "@/lib/content/law-changes";
import type { Facts } from "@/rules/facts/schema";

vi.mock("server-only", () => ({}));

const log = readLawChanges();
const terminalNoRequest: Facts = {
  perspective: "family", court: "federal", caseStatus: "sentenced", custody: "prison",
  crReasons: ["terminal-illness"], wardenRequest: "not-submitted",
};

describe("changesSince", () => {
  test("the change log is dated, names real paths and has words", () => {
    expect(log.length).toBeGreaterThan(0);
    for (const entry of log) expect(entry.summary.length).toBeGreaterThan(20);
  });

  test("a file saved under the old compassionate-release rule ('unlikely' with no warden request) names the correction", () => {
    // What the rules before 2026-12-03 recorded for a terminal illness with no request to the warden.
    const saved = { asOf: "2026-11-23", rulesVersion: "2026-11-23", statuses: { "compassionate-release": "unlikely" as const } };
    const found = changesSince(terminalNoRequest, saved, "2026-12-03", log);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ path: "compassionate-release", kind: "law", saved: "unlikely", atSavedDate: "likely", now: "likely" });
    if (found[0].kind !== "law") throw new Error("kind");
    expect(found[0].changes.length).toBeGreaterThan(0);
    expect(found[0].changes.every((entry: LawChange) => entry.date > "2026-11-23" && entry.paths.includes("compassionate-release"))).toBe(true);
  });

  test("a file saved today and opened today has nothing to report", () => {
    const file = wrapAnswers(terminalNoRequest, "2026-12-03T10:00:00Z", "2026-12-03");
    expect(changesSince(terminalNoRequest, file, "2026-12-03", log)).toEqual([]);
  });

  test("a result that differs only because time passed is said as such, with no law change named", () => {
    const waiting: Facts = { ...terminalNoRequest, wardenRequest: "submitted", wardenRequestDate: "2026-11-20" };
    const file = wrapAnswers(waiting, "2026-11-25T10:00:00Z", "2026-11-25");
    expect(file.statuses["compassionate-release"]).toBe("not-yet");
    expect(changesSince(waiting, file, "2026-12-21", log)).toEqual([{ path: "compassionate-release", kind: "time", saved: "not-yet", now: "likely" }]);
  });

  test("entries dated on or before the file's rules version are not named again", () => {
    const saved = { asOf: "2026-11-23", rulesVersion: "2026-12-03", statuses: { "compassionate-release": "unlikely" as const } };
    const [change] = changesSince(terminalNoRequest, saved, "2026-12-03", log);
    expect(change).toMatchObject({ kind: "law", changes: [] });
  });
});
