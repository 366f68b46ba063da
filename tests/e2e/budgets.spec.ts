import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";

/**
 * Size budgets (issue 6), deterministic: read from the build on disk, so they run after `npm run build`
 * with the other end-to-end tests. First-load JS is gzip, in KiB (the unit).
 * Target, reported but not enforced: ≤ 170 KiB on the screener.
 */
const KIB = 1024;
const SCREENER_JS = 200 * KIB;
const CONTENT_JS = 140 * KIB;
const CSS = 30 * KIB;

const STATS_FILE = ".next/diagnostics/route-bundle-stats.json";

/** One row of `node scripts/first-load.mjs --json` (run as a script: it is an ES module). */
interface RouteSize {
  route: string;
  jsGzip: number;
  cssGzip: number;
}
const measure = (): RouteSize[] =>
  JSON.parse(execFileSync(process.execPath, ["scripts/first-load.mjs", "--json"], { encoding: "utf8" })) as RouteSize[];
const kB = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

/**
 * Routes over budget when this test was written (the screener was still being built), held to a ratchet:
 * they may not grow past these ceilings, and each is reported as over budget on every run. Lower a ceiling
 * as the route shrinks; delete the entry once the route is within its budget.
 */
const RATCHET: Record<string, number> = {
  "/screener": 213 * KIB, // 211.2 KiB on 2026-11-23 (after dropping date-fns format); budget 200 KiB, target 170 KiB
  "/": 144 * KIB, // 142.6 KiB on 2026-11-23 (answers-file check now loaded on use); budget 140 KiB
};

const isScreener = (route: string) => route === "/screener" || route.startsWith("/screener/");

test.describe("size budgets", () => {
  test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "read from disk: once is enough"));

  test("the build's route statistics exist", () => {
    expect(existsSync(STATS_FILE), `${STATS_FILE} is missing: run \`npm run build\` first`).toBe(true);
  });

  test("first-load JS: ≤ 200 KiB gzip on the screener, ≤ 140 KiB on content pages; CSS ≤ 30 KiB gzip", () => {
    const rows = measure();
    expect(rows.length).toBeGreaterThan(0);
    const over: string[] = [];
    for (const row of rows) {
      const budget = isScreener(row.route) ? SCREENER_JS : CONTENT_JS;
      const ceiling = RATCHET[row.route];
      if (ceiling !== undefined && row.jsGzip > budget) {
        const note = `${row.route}: JS ${kB(row.jsGzip)} is over its ${kB(budget)} budget (held to ${kB(ceiling)} until fixed)`;
        test.info().annotations.push({ type: "over budget", description: note });
        console.warn(`OVER BUDGET ${note}`);
        if (row.jsGzip > ceiling) over.push(`${row.route}: JS ${kB(row.jsGzip)} > ratchet ${kB(ceiling)}`);
      } else if (row.jsGzip > budget) over.push(`${row.route}: JS ${kB(row.jsGzip)} > ${kB(budget)}`);
      if (row.cssGzip > CSS) over.push(`${row.route}: CSS ${kB(row.cssGzip)} > ${kB(CSS)}`);
    }
    for (const row of rows) console.log(`${row.route.padEnd(20)} JS ${kB(row.jsGzip).padStart(10)} gzip   CSS ${kB(row.cssGzip).padStart(9)} gzip`);
    expect(over, "routes over budget").toEqual([]);
  });
});
