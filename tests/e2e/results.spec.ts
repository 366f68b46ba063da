/**
 * The results page in a real browser: a relative of someone in federal prison opens a saved answers file
 * (a § 2255 deadline 22 days away, a compassionate-release request waiting out its 30 days) and goes on to
 * the results. Cards are asserted by data-status; axe finds no WCAG 2.2 A/AA violations; the page prints as
 * a clean summary without buttons; "Add to calendar" downloads an .ics file.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const AS_OF = "2026-11-23";

const FACTS = {
  perspective: "family",
  court: "federal",
  courtState: "NY",
  birthDate: "1970-03-10",
  citizenship: "citizen",
  caseStatus: "sentenced",
  convictionVacated: "no",
  offenseDate: "2024-02-01",
  simplePossession: "no",
  marijuanaOnly: "no",
  crackOffense: "no",
  fsaExcludedOffense: "no",
  violentOffense: "no",
  childVictim: "no",
  recordProblem: "unsure",
  prisonMonths: 60,
  prisonExtraDays: 0,
  lifeSentence: "no",
  supervisedReleaseOrdered: "yes",
  custody: "prison",
  custodyStartDate: "2025-12-20",
  jailCreditDays: 0,
  felony: "yes",
  diplomaOrGed: "yes",
  judgmentDate: "2025-12-01",
  appeal: "none",
  prior2255: "no",
  legalError: ["ineffective-lawyer"],
  continuingConsequences: "yes",
  crReasons: ["terminal-illness"],
  wardenRequest: "submitted",
  wardenRequestDate: "2026-11-10",
  sentenced3559c: "no",
  statusPoints: "no",
  criminalHistoryPoints: 0,
  zeroPointExclusion: "no",
  riskLevel: "minimum",
  removalOrder: "no",
  traffickingSurvivor: "no",
};

const ANSWERS_FILE = {
  format: "federal-relief-screener/answers",
  version: 1,
  savedAt: "2026-11-20T18:00:00.000Z",
  facts: FACTS,
};

/** What the rules give for these facts as of 2026-11-23 (npm run screen). */
const EXPECTED: Record<string, string> = {
  "2255": "likely",
  "compassionate-release": "not-yet",
  "fsa-time-credits": "likely",
  "good-conduct-time": "likely",
  commutation: "likely",
  "judicial-expungement": "possible",
  "3607": "not-applicable", // not a simple-possession case: § 3607 does not fit it (issue #18 item 9)
  pardon: "unlikely",
  "coram-nobis": "not-applicable",
  "fsa-404": "not-applicable",
  tsra: "not-applicable",
  "early-termination": "not-applicable",
};

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * The state each fold tells assistive technology: Chromium's accessibility tree gives every <summary> the
 * role DisclosureTriangle with an `expanded` property. Returns the folds that say they are open.
 */
async function expandedFolds(page: Page): Promise<boolean[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  return nodes
    .filter((node) => node.role?.value === "DisclosureTriangle")
    .map((node) => node.properties?.find((property) => property.name === "expanded")?.value.value === true)
    .filter((expanded) => expanded);
}

/** The start page's "Open answers file" hands a valid file to /screener/?asOf=…, which opens at check your answers. */
async function openResults(page: Page) {
  await page.goto(`/?asOf=${AS_OF}`);
  await page.getByLabel("Open answers file").first().setInputFiles({
    name: "answers.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(ANSWERS_FILE)),
  });
  await page.getByRole("button", { name: "Open this file" }).first().click();
  await expect(page).toHaveURL(`/screener/?asOf=${AS_OF}`);
  await expect(page.getByRole("heading", { level: 1, name: /Check .*answers/ })).toBeVisible();
  await page.getByRole("button", { name: "See results" }).or(page.getByRole("link", { name: "See results" })).first().click();
  await resultsShown(page);
}

/** The results are whole: "What to do first" comes first, the cards in the render after it. */
async function resultsShown(page: Page) {
  await expect(page.locator("[data-results]")).toBeVisible();
  await expect(page.locator("[data-results] [data-path]").first()).toBeAttached();
}

test.describe("results", () => {
  let errors: string[] = [];

  test.beforeEach(async ({ page }) => {
    errors = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await openResults(page);
  });

  test.afterEach(() => {
    expect(errors, "console errors").toEqual([]);
  });

  test("all 13 cards are on the page, grouped by status, with not-applicable folded away", async ({ page }) => {
    await expect(page.locator("[data-results] [data-path]")).toHaveCount(13);
    for (const [path, status] of Object.entries(EXPECTED)) {
      await expect(page.locator(`[data-path="${path}"]`), path).toHaveAttribute("data-status", status);
    }
    await expect(page.locator('section[data-group="likely"] [data-path]')).toHaveCount(4);
    await expect(page.getByRole("heading", { level: 2, name: /^Your relative may qualify/ })).toBeVisible();
    // Folded, still in the page: the not-applicable cards sit closed inside <details>.
    const details = page.locator('section[data-group="not-applicable"] > details');
    await expect(details.locator("[data-path]")).toHaveCount(6); // with § 3607, which does not fit a case that is not simple possession (issue #18 item 9)
    await expect(details.locator('[data-path="tsra"]')).toBeHidden();
    await details.locator(":scope > summary").click();
    await expect(details.locator('[data-path="tsra"]')).toBeVisible();
  });

  test("the summary names the § 2255 deadline with days left, the as-of date and the not-legal-advice note", async ({ page }) => {
    const summary = page.locator("[data-summary]");
    await expect(summary).toContainText("December 15, 2026 — in 22 days");
    // The first of the actions: the close deadline, then the terminal illness (compassionate release).
    await expect(summary.locator("[data-urgent]").first()).toHaveAttribute("data-urgent-path", "2255");
    await expect(summary.locator("[data-urgent]").nth(1)).toHaveAttribute("data-urgent", "illness");
    await expect(summary).not.toContainText("U.S.C.");
    await expect(summary).toContainText("as of November 23, 2026");
    await expect(summary).toContainText("not legal advice");
    await expect(summary.getByRole("link", { name: "Find free legal help" })).toHaveAttribute("href", "/resources/");

    // Named without the statute (issue 12); the reasons carry the citation.
    const card = page.getByRole("region", { name: /^Motion to vacate or correct a sentence$/ });
    await expect(card).toHaveAttribute("data-status", "likely");
    await expect(card.locator("[data-status-label]")).toHaveText("May qualify");
    await expect(card).toContainText("28 U.S.C. § 2255");
    await expect(card.locator('[data-date="deadline"]')).toContainText("December 15, 2026 (in 22 days)");
    await expect(page.locator('[data-path="good-conduct-time"] [data-estimate]')).toContainText(
      "Estimate — the Bureau of Prisons' own calculation controls",
    );
  });

  test("axe finds no WCAG 2.2 A/AA violations, with the folded cards closed and open", async ({ page }) => {
    const closed = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(closed.violations).toEqual([]);
    await page.locator('section[data-group="not-applicable"] > details > summary').click();
    const open = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(open.violations).toEqual([]);
  });

  test("prints as a clean summary: answers, results with citations, dates; no buttons", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-summary]")).toBeVisible();
    await expect(page.locator("[data-summary]")).toContainText("Date printed:");
    await expect(page.locator("[data-answers]")).toBeVisible();
    await expect(page.locator("[data-answers]")).toContainText("Answers given");
    await expect(page.locator('[data-path="2255"]')).toBeVisible();
    await expect(page.locator('[data-path="2255"] cite').first()).toBeVisible();
    const buttons = page.locator("[data-results] button");
    const count = await buttons.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) await expect(buttons.nth(i)).toBeHidden();
    // The folded cards become one short line each on paper.
    await expect(page.locator('section[data-group="not-applicable"] > details')).toBeHidden();
    await expect(page.locator('section[data-group="not-applicable"] [data-folded-list]')).toBeVisible();
  });

  test("every fold opens and closes with Enter and with Space, and says its state", async ({ page }) => {
    const summaries = page.locator("[data-results] details > summary");
    const count = await summaries.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i += 1) {
      const summary = summaries.nth(i);
      if (!(await summary.isVisible())) continue;
      const details = summary.locator("xpath=..");
      await summary.focus();
      await page.keyboard.press("Enter");
      await expect(details).toHaveJSProperty("open", true);
      await expect.poll(() => expandedFolds(page)).toEqual([true]);
      await page.keyboard.press("Space");
      await expect(details).toHaveJSProperty("open", false);
      await expect.poll(() => expandedFolds(page)).toEqual([]);
    }
  });

  test("'Add to calendar' downloads an .ics file for the deadline, with nothing from the answers in it", async ({ page }) => {
    // The dates with their calendar buttons sit in the card's fold.
    await page.locator('[data-path="2255"] > details > summary').click();
    const deadline = page.locator('[data-path="2255"] [data-date="deadline"]');
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      deadline.getByRole("button", { name: /Add to calendar/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("legal-date-2026-12-15.ics");
    const text = readFileSync((await download.path())!, "utf8");
    expect(text).toContain("DTSTART;VALUE=DATE:20261215");
    expect(text).toContain("SUMMARY:Legal deadline");
    for (const answer of ["1970", "2255", "NY", "terminal", "relative"]) expect(text).not.toContain(answer);
  });
});

test.describe("results after a reload", () => {
  test.use({ serviceWorkers: "block" });

  test("come back without moving what is on screen (CLS ≤ 0.05: the static first question gives way to them)", async ({ page }) => {
    await openResults(page);
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.reload();
    await resultsShown(page);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(0.05);
  });
});

test.describe("results that cannot load", () => {
  // The service worker would answer from its cache; this is a first visit on a connection that drops.
  test.use({ serviceWorkers: "block" });

  test("say so, keep the answers, and come back after 'Try again'", async ({ page }) => {
    await page.route("**/screener/results.json", (route) => route.abort("internetdisconnected"));
    await page.goto(`/?asOf=${AS_OF}`);
    await page.getByLabel("Open answers file").first().setInputFiles({
      name: "answers.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(ANSWERS_FILE)),
    });
    await page.getByRole("button", { name: "Open this file" }).first().click();
    await page.getByRole("button", { name: "See results" }).first().click();
    await expect(page.getByRole("alert").getByRole("heading", { level: 1 })).toHaveText("The results could not load");
    await expect(page.locator("[data-results]")).toHaveCount(0);

    await page.unroute("**/screener/results.json");
    await page.getByRole("button", { name: "Try again" }).click();
    await resultsShown(page);
    await expect(page.locator("[data-path='2255']")).toHaveAttribute("data-status", "likely");
  });
});
