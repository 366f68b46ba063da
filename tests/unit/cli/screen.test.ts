import { describe, expect, test } from "vitest";
import { screen } from "./run-cli";
import { PATH_IDS, STATUSES } from "@/rules/types";
import { wrapAnswers } from "@/lib/answers/answers-file";

const under21 = {
  court: "federal", caseStatus: "found-guilty", simplePossession: "yes", disposition3607: "none",
  priorDrugConviction: "no", prior3607: "no", birthDate: "2006-03-01", offenseDate: "2026-01-10",
};

describe("npm run --silent screen (rules/README.md § cli)", { timeout: 30_000 }, () => {
  test("one facts object → one result per path id, in the order of rules/README.md § paths, with words and citations", async () => {
    const { code, stdout, stderr } = await screen(under21, "--as-of", "2026-11-23");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const out = JSON.parse(stdout);
    expect(out.asOf).toBe("2026-11-23");
    expect(out.results.map((r: { path: string }) => r.path)).toEqual([...PATH_IDS]);
    for (const result of out.results) {
      expect(STATUSES).toContain(result.status);
      expect(result.reasons.length).toBeGreaterThan(0);
      for (const reason of result.reasons) {
        expect(reason).toEqual({ key: expect.any(String), cite: expect.any(String), text: expect.any(String), ...(reason.vars ? { vars: reason.vars } : {}) });
        expect(reason.text).not.toMatch(/\{[A-Za-z]+\}/);
      }
    }
    expect(out.results[0]).toMatchObject({ path: "3607", status: "likely", remedies: ["dismissal", "expungement"] });
    // Every result says the day its rule was last reviewed against the law (issue #18 item 8).
    const compassionate = out.results.find((r: { path: string }) => r.path === "compassionate-release");
    expect(compassionate.lawAsOf).toBe("2026-12-03");
    for (const result of out.results) expect(result.lawAsOf).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  test("an array of fact objects and an answers file → an array of screenings, in order", async () => {
    const { code, stdout } = await screen([under21, wrapAnswers({ court: "state" }, "2026-11-23T09:00:00Z", "2026-11-23")], "--as-of", "2026-11-23");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toHaveLength(2);
    expect(out[0].results[0].status).toBe("likely");
    expect(out[1].results[0].status).toBe("not-applicable");
  });

  test("--as-of is today for the date checks: an offense after it is bad input", async () => {
    const { code, stdout, stderr } = await screen(under21, "--as-of", "2026-01-09");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("offenseDate: 2026-01-10 is after the as-of date 2026-01-09\n");
  });

  test("bad input → exit 2, one line per problem naming the fact, nothing on stdout", async () => {
    const { code, stdout, stderr } = await screen({ court: "county", birthDate: "2026-02-30", shoeSize: 9 }, "--as-of", "2026-11-23");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.startsWith("court:"))).toBe(true);
    expect(lines.some((line) => line.startsWith("birthDate:"))).toBe(true);
    expect(lines.some((line) => line.startsWith("shoeSize:"))).toBe(true);
  });

  test("a file that is not JSON → exit 2 and nothing on stdout", async () => {
    const { code, stdout, stderr } = await screen("{ court: federal", "--as-of", "2026-11-23");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  test("an impossible --as-of date → exit 2", async () => {
    const { code, stdout } = await screen(under21, "--as-of", "2026-02-30");
    expect(code).toBe(2);
    expect(stdout).toBe("");
  });
});
