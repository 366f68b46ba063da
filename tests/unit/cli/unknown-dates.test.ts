/** The CLI accepts a date given as its year only or as not known (README.md § fact reference), facts or answers file. */
import { describe, expect, test } from "vitest";
import { screen } from "./run-cli";
import { wrapAnswers } from "@/lib/answers/answers-file";

const noAppeal = { court: "federal", caseStatus: "sentenced", custody: "prison", prior2255: "no", legalError: ["ineffective-lawyer"], appeal: "none" };
type Result = { path: string; status: string; deadline?: string; needs?: string[]; reasons: { key: string; text: string; cite: string }[] };

describe("npm run --silent screen with uncertain dates", { timeout: 60_000 }, () => {
  test("a judgment date not known → § 2255 possible, naming the docket; no path asks for the date again", async () => {
    const { code, stdout, stderr } = await screen({ ...noAppeal, datesUnknown: ["judgmentDate"] }, "--as-of", "2026-11-23");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const results: Result[] = JSON.parse(stdout).results;
    const motion = results.find((result) => result.path === "2255")!;
    expect(motion.status).toBe("possible");
    expect(motion.reasons.map((reason) => reason.key)).toEqual(["dependsOnExactDate", "findJudgmentDate"]);
    expect(motion.reasons[1].text).toMatch(/docket/);
    expect(motion.reasons[1].cite).toBe("28 U.S.C. § 2255");
    expect(results.flatMap((result) => result.needs ?? [])).not.toContain("judgmentDate");
  });

  test("an answers file with a year-only judgment date opens and gives the earliest deadline", async () => {
    const file = wrapAnswers({ ...noAppeal, dateYears: { judgmentDate: 2026 } } as never, "2026-11-20T10:00:00Z", "2026-11-23");
    const { code, stdout } = await screen(file, "--as-of", "2026-11-23");
    expect(code).toBe(0);
    const motion = (JSON.parse(stdout).results as Result[]).find((result) => result.path === "2255")!;
    expect(motion).toMatchObject({ status: "likely", deadline: "2027-01-15" });
    expect(motion.reasons.map((reason) => reason.key)).toContain("datesFromYearOnly");
  });

  test("a bad year exits 2 naming the date, nothing on standard output", async () => {
    const { code, stdout, stderr } = await screen({ ...noAppeal, dateYears: { judgmentDate: 1850 } }, "--as-of", "2026-11-23");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("dateYears.judgmentDate: is out of range: the year must be 1900 to 2100\n");
  });
});
