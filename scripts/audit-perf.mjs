/**
 * `npm run audit:perf`: a performance report, not a test (timings vary; only tests/e2e/budgets.spec.ts fails
 * on size). Builds the static export, serves out/ on 127.0.0.1, and runs Lighthouse 12 (its default mobile
 * emulation with simulated throttling, in Debian's Chromium) five times on each audited page:
 *
 *   start      /                      the start page
 *   question   /screener/             the first question
 *   results    /screener/ (results)   reached through an answers file, as a person would: the file is opened
 *                                     on the start page, which goes to "Check your answers" on /screener/;
 *                                     "See results" is pressed, and Lighthouse then loads the
 *                                     page again in the same tab, where the screener restores the results
 *                                     from sessionStorage. The service worker and caches are cleared first,
 *                                     so it is a cold load like the others.
 *   path       /paths/2255/           a path page
 *   letter     /letters/warden-request/  a letter page (blank, as from the footer)
 *
 * It prints the median of each score and metric (LCP, TBT, CLS, FCP; and "seen LCP", the LCP the throttled
 * browser observed, beside Lighthouse's simulated slow-4G LCP) and the first-load JS of each route
 * (gzip, from scripts/first-load.mjs); then where the main thread's time goes (the median of each of
 * Lighthouse's work groups: script evaluation, parsing and compiling, style and layout…) and the long tasks
 * of the run with the median TBT, by script. It writes reports/perf.json.
 *
 * Options: --no-build (audit the existing out/), --runs N (default 5), --port N (default 4180),
 * --only start,question,results,path,letter (a subset).
 * Lighthouse drives the page through its own puppeteer-core (resolved from lighthouse, not a separate
 * dependency), connected to the Chromium that chrome-launcher starts.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import { navigation } from "lighthouse";
import { kB, measure } from "./first-load.mjs";

const require = createRequire(import.meta.url);
const { default: puppeteer } = await import(
  createRequire(require.resolve("lighthouse")).resolve("puppeteer-core")
);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const BUILD = !args.includes("--no-build");
const RUNS = Number(option("--runs", "5"));
const PORT = Number(option("--port", "4180"));
const ORIGIN = `http://127.0.0.1:${PORT}`;
const AS_OF = "2026-11-23";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Facts for the results page: a relative of someone in prison, many paths with something to say. */
const ANSWERS_FILE = {
  format: "federal-relief-screener/answers",
  version: 1,
  savedAt: "2026-11-20T18:00:00.000Z",
  facts: {
    perspective: "family", court: "federal", courtState: "NY", birthDate: "1970-03-10", citizenship: "citizen",
    caseStatus: "sentenced", convictionVacated: "no", offenseDate: "2024-02-01", simplePossession: "no",
    marijuanaOnly: "no", crackOffense: "no", fsaExcludedOffense: "no", violentOffense: "no", childVictim: "no",
    recordProblem: "unsure", prisonMonths: 60, prisonExtraDays: 0, lifeSentence: "no", supervisedReleaseOrdered: "yes",
    custody: "prison", custodyStartDate: "2025-12-20", jailCreditDays: 0, felony: "yes", diplomaOrGed: "yes",
    judgmentDate: "2025-12-01", appeal: "none", prior2255: "no", legalError: ["ineffective-lawyer"],
    continuingConsequences: "yes", crReasons: ["terminal-illness"], wardenRequest: "submitted",
    wardenRequestDate: "2026-11-10", sentenced3559c: "no", statusPoints: "no", criminalHistoryPoints: 0,
    zeroPointExclusion: "no", riskLevel: "minimum", removalOrder: "no", traffickingSurvivor: "no",
  },
};

const PAGES = [
  { name: "start", url: `${ORIGIN}/`, route: "/" },
  { name: "question", url: `${ORIGIN}/screener/?asOf=${AS_OF}`, route: "/screener", ready: "form[data-page]" },
  { name: "results", url: `${ORIGIN}/screener/?asOf=${AS_OF}`, route: "/screener", setup: openResults, ready: "[data-path][data-status]" },
  { name: "path", url: `${ORIGIN}/paths/2255/`, route: "/paths/[id]" },
  { name: "letter", url: `${ORIGIN}/letters/warden-request/`, route: "/letters/[slug]" },
];

const ONLY = option("--only", null)?.split(",");

const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100, seo: 95, lcpMs: 1500, tbtMs: 150, cls: 0.05 };

const median = (values) => {
  const sorted = [...values].filter((value) => typeof value === "number").sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Open the answers file from the start page and go on to the results, in this tab (so sessionStorage holds them). */
async function openResults(page) {
  const dir = mkdtempSync(join(tmpdir(), "frs-audit-"));
  const file = join(dir, "answers.json");
  writeFileSync(file, JSON.stringify(ANSWERS_FILE));
  await page.goto(`${ORIGIN}/?asOf=${AS_OF}`, { waitUntil: "networkidle0" });
  const input = await page.waitForSelector('input[type="file"]');
  await input.uploadFile(file);
  await clickButton(page, "Open this file");
  await page.waitForFunction(() => /Check .*answers/.test(document.querySelector("main h1")?.textContent ?? ""), { timeout: 60_000 });
  await clickButton(page, "See results");
  await page.waitForSelector("[data-path][data-status]").catch(async (error) => {
    const main = await page.evaluate(() => document.querySelector("main")?.innerText.slice(0, 500));
    throw new Error(`No results after "See results" on ${page.url()}; the page says: ${main}`, { cause: error });
  });
  // A cold load for Lighthouse: no service worker, no Cache Storage, no HTTP cache (sessionStorage stays).
  const session = await page.createCDPSession();
  await session.send("Storage.clearDataForOrigin", { origin: ORIGIN, storageTypes: "service_workers,cache_storage" });
  await session.send("Network.clearBrowserCache");
  await session.detach();
}

async function clickButton(page, name) {
  const clicked = await page.evaluate((label) => {
    const button = [...document.querySelectorAll("button, a")].find((el) => el.textContent?.trim() === label);
    button?.click();
    return Boolean(button);
  }, name);
  if (!clicked) throw new Error(`No "${name}" button on ${page.url()}`);
}

async function auditOnce(browser, spec) {
  const page = await browser.newPage();
  try {
    if (spec.setup) await spec.setup(page);
    const result = await navigation(page, spec.url, {
      flags: { logLevel: "error", disableStorageReset: Boolean(spec.setup) },
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${spec.name}`);
    if (lhr.runtimeError) throw new Error(`${spec.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (spec.ready && !(await page.$(spec.ready))) throw new Error(`${spec.name}: ${spec.ready} is not on the audited page`);
    const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    const failing = (id) =>
      Object.values(lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
        .map((ref) => ref.id);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      lcpMs: metric("largest-contentful-paint"),
      tbtMs: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      fcpMs: metric("first-contentful-paint"),
      // What the throttled browser actually painted, beside Lighthouse's simulated slow-4G estimate above.
      observedLcpMs: lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null,
      totalBytes: metric("total-byte-weight"),
      // Where the time goes: main-thread work by kind (ms), and each long task with the script it ran.
      mainThread: Object.fromEntries((lhr.audits["mainthread-work-breakdown"]?.details?.items ?? []).map((item) => [item.groupLabel ?? item.group, item.duration])),
      longTasks: (lhr.audits["long-tasks"]?.details?.items ?? []).map((task) => ({ url: String(task.url).replace(ORIGIN, ""), startMs: task.startTime, ms: task.duration })),
      below100: { accessibility: failing("accessibility"), "best-practices": failing("best-practices"), seo: failing("seo") },
    };
  } finally {
    await page.close();
  }
}

function startServer() {
  // The README's own server (npm run serve), on another port.
  const server = spawn("node", ["scripts/serve.mjs", String(PORT)], { stdio: "ignore" });
  return server;
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The static server did not start on ${ORIGIN}`);
}

async function main() {
  if (BUILD) {
    const build = spawnSync("npm", ["run", "--silent", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (!existsSync("out/index.html")) throw new Error("No out/: run `npm run build` (or drop --no-build).");
  const sizes = measure();
  const server = startServer();
  let chrome;
  let browser;
  try {
    await waitForServer();
    chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
    browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    const report = { generatedAt: new Date().toISOString(), lighthouse: "12", runs: RUNS, formFactor: "mobile (Lighthouse default, simulated throttling)", targets: TARGETS, pages: [] };
    for (const spec of PAGES.filter((page) => !ONLY || ONLY.includes(page.name))) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        process.stderr.write(`lighthouse ${spec.name} run ${i + 1}/${RUNS}…\n`);
        runs.push(await auditOnce(browser, spec).catch((error) => {
          // On a busy machine Lighthouse sometimes loses the trace's start (NO_NAVSTART): that run again, once.
          if (!String(error?.message).includes("NO_NAVSTART")) throw error;
          process.stderr.write(`lighthouse ${spec.name} run ${i + 1}/${RUNS} again (NO_NAVSTART)…\n`);
          return auditOnce(browser, spec);
        }));
      }
      const keys = ["performance", "accessibility", "best-practices", "seo", "lcpMs", "tbtMs", "cls", "fcpMs", "observedLcpMs", "totalBytes"];
      const medians = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
      const size = sizes.find((row) => row.route === spec.route);
      report.pages.push({
        name: spec.name,
        url: spec.url.replace(ORIGIN, ""),
        route: spec.route,
        median: medians,
        firstLoadJsGzipBytes: size?.jsGzip ?? null,
        cssGzipBytes: size?.cssGzip ?? null,
        runs,
      });
    }
    mkdirSync("reports", { recursive: true });
    writeFileSync("reports/perf.json", `${JSON.stringify(report, null, 2)}\n`);
    print(report);
  } finally {
    await browser?.disconnect().catch(() => {});
    await chrome?.kill();
    server.kill();
  }
}

function print(report) {
  const pad = (value, width) => String(value ?? "–").padStart(width);
  console.log(`\nLighthouse 12, mobile, median of ${report.runs} runs (targets: perf ≥ 95, a11y 100, best practices 100, SEO ≥ 95, LCP ≤ 1.5 s, TBT ≤ 150 ms, CLS ≤ 0.05)`);
  console.log(`${"page".padEnd(10)}${pad("perf", 6)}${pad("a11y", 6)}${pad("bp", 6)}${pad("seo", 6)}${pad("LCP ms", 9)}${pad("TBT ms", 9)}${pad("CLS", 7)}${pad("FCP ms", 9)}${pad("seen LCP", 10)}${pad("JS gzip", 12)}`);
  for (const page of report.pages) {
    const m = page.median;
    console.log(
      `${page.name.padEnd(10)}${pad(m.performance, 6)}${pad(m.accessibility, 6)}${pad(m["best-practices"], 6)}${pad(m.seo, 6)}` +
        `${pad(Math.round(m.lcpMs), 9)}${pad(Math.round(m.tbtMs), 9)}${pad(m.cls?.toFixed(3), 7)}${pad(Math.round(m.fcpMs), 9)}${pad(Math.round(m.observedLcpMs), 10)}` +
        `${pad(page.firstLoadJsGzipBytes == null ? null : kB(page.firstLoadJsGzipBytes), 12)}`,
    );
    const misses = [];
    if (m.performance < TARGETS.performance) misses.push(`performance ${m.performance}`);
    if (m.accessibility < TARGETS.accessibility) misses.push(`accessibility ${m.accessibility}`);
    if (m["best-practices"] < TARGETS["best-practices"]) misses.push(`best practices ${m["best-practices"]}`);
    if (m.seo < TARGETS.seo) misses.push(`SEO ${m.seo}`);
    if (m.lcpMs > TARGETS.lcpMs) misses.push(`LCP ${Math.round(m.lcpMs)} ms`);
    if (m.tbtMs > TARGETS.tbtMs) misses.push(`TBT ${Math.round(m.tbtMs)} ms`);
    if (m.cls > TARGETS.cls) misses.push(`CLS ${m.cls.toFixed(3)}`);
    if (misses.length > 0) {
      const audits = [...new Set(page.runs.flatMap((run) => Object.values(run.below100).flat()))];
      console.log(`${"".padEnd(10)}below target: ${misses.join(", ")}${audits.length ? ` (audits: ${audits.join(", ")})` : ""}`);
    }
  }
  printTime(report);
  console.log("\nWritten: reports/perf.json");
}

/** Main-thread time by kind (median of the runs), and the long tasks of the run with the median TBT. */
function printTime(report) {
  console.log("\nWhere the main thread's time goes (ms, median; Lighthouse's 4× CPU slowdown)");
  for (const page of report.pages) {
    const groups = [...new Set(page.runs.flatMap((run) => Object.keys(run.mainThread)))];
    const work = groups
      .map((group) => [group, median(page.runs.map((run) => run.mainThread[group] ?? 0))])
      .sort((a, b) => b[1] - a[1])
      .map(([group, ms]) => `${group} ${Math.round(ms)}`);
    console.log(`${page.name.padEnd(10)}${work.join(" · ")}`);
    const typical = [...page.runs].sort((a, b) => a.tbtMs - b.tbtMs)[Math.floor(page.runs.length / 2)];
    const tasks = typical.longTasks.map((task) => `${Math.round(task.ms)} ms at ${Math.round(task.startMs)} (${task.url.split("/").pop() || task.url})`);
    console.log(`${"".padEnd(10)}long tasks: ${tasks.join(", ") || "none"}`);
  }
}

await main();
