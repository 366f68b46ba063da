/**
 * The guided screener in a real browser (issue 4): persona journeys asserted by `data-status`, back,
 * change and prune, reload, quick exit, save → open, validation, and axe on every kind of page.
 * Each journey logs how many question pages it needed (issue 4 acceptance: median ≤ 18, none over 25).
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { headingsSeen, recordHeadingsSeen } from "./screener-page";
import { PERSONAS, type Persona } from "../unit/screener/personas";

const AS_OF = "2026-11-23";
const NEUTRAL = /^https:\/\/www\.weather\.gov\//;

/** Every URL the page shows: only the screener's own, with nothing but `asOf` in it. */
function watchUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  return urls;
}

/** A small phone's screen (issue 12's measure). */
const PHONE = { width: 360, height: 740 };

/**
 * Issue 12: on a 360×740 phone, with every fold closed, the results are at most 6 screens tall, and the first
 * screen below the page heading shows the first thing to do, whole.
 */
async function expectShortResults(page: Page, name: string) {
  await page.setViewportSize(PHONE);
  await expect(page.locator("[data-results] details[open]")).toHaveCount(0);
  const { screens, firstAction } = await page.evaluate((height) => {
    const top = document.querySelector("[data-results] h1")!.getBoundingClientRect().top;
    const first = document.querySelector("[data-first-actions] > li")!.getBoundingClientRect().bottom;
    return { screens: document.documentElement.scrollHeight / height, firstAction: first - top };
  }, PHONE.height);
  console.log(`[results] ${test.info().project.name} · ${name}: ${screens.toFixed(1)} screens at 360×740; first action ends ${Math.round(firstAction)} px below the heading's top`);
  expect(screens).toBeLessThanOrEqual(6);
  expect(firstAction).toBeLessThanOrEqual(PHONE.height);
}

const persona = (start: string) => PERSONAS.find((p) => p.name.startsWith(start)) as Persona;

test.describe("persona journeys", () => {
  for (const p of PERSONAS) {
    test(p.name, async ({ screener, page }) => {
      const urls = watchUrls(page);
      const keyboard = p.facts.perspective === "counselor";
      await screener.open(p.asOf);
      const pages = await screener.answerAll(p.facts, { keyboard });
      console.log(`[pages] ${test.info().project.name} · ${p.name}: ${pages} question pages (${screener.pagesAsked.map((facts) => facts.join("+")).join(" > ")})`);
      expect(pages).toBeLessThanOrEqual(25);
      if (keyboard) {
        await screener.tabTo((el) => el.tagName === "BUTTON" && el.textContent === "See results");
        await page.keyboard.press("Enter");
        await expect(page.locator("[data-path]").first()).toBeAttached();
      } else {
        await screener.seeResults();
      }
      await expect(page.locator("[data-path]")).toHaveCount(13);
      await screener.expectStatuses(p.expected);
      await expect(page.locator("main")).toContainText(/November 23, 2026|23 November 2026/);
      await expectShortResults(page, p.name);
      // One constant URL: no answer and no question id ever reaches the address bar or history.
      expect(new Set(urls.map((url) => new URL(url).pathname + new URL(url).search))).toEqual(new Set([`/screener/?asOf=${p.asOf}`]));
    });
  }

  test("the § 2255 deadline is named with its date", async ({ screener, page }) => {
    const p = persona("someone in prison");
    await screener.open(p.asOf);
    await screener.answerAll(p.facts);
    await screener.seeResults();
    await expect(screener.card("2255")).toHaveAttribute("data-status", "likely");
    await expect(page.locator("main")).toContainText(/December 15, 2026|15 December 2026/);
  });

  test("the family member is spoken to about their relative", async ({ screener, page }) => {
    const p = persona("a relative");
    await screener.open(p.asOf);
    await screener.answerPage(p.facts);
    await expect(screener.heading).toContainText(/your relative/i);
    await expect(page.locator("main")).not.toContainText(/\{you\}|\{your\}/);
  });
});

test.describe("moving around", () => {
  test("back link and browser back both go back a page, keeping the answer", async ({ screener, page }) => {
    const p = persona("an under-21");
    await screener.open(AS_OF);
    await screener.answerPage(p.facts);
    const second = await screener.heading.textContent();
    await screener.answerPage(p.facts);
    await screener.back();
    await expect(screener.heading).toHaveText(second ?? "");
    await expect(page.locator('input[name="court"][value="federal"]')).toBeChecked();
    await expect(screener.heading).toBeFocused();
    await page.goBack();
    await expect(page.locator('input[name="perspective"][value="self"]')).toBeChecked();
    await page.goForward();
    await expect(screener.heading).toHaveText(second ?? "");
    expect(new URL(page.url()).search).toBe(`?asOf=${AS_OF}`);
  });

  test("a change that makes answers irrelevant prunes them, and going back to them prefills them", async ({ screener, page }) => {
    const p = persona("an under-21");
    await screener.open(p.asOf);
    await screener.answerAll(p.facts);
    const rows = page.locator("[data-testid=check-answers]");
    await expect(rows.locator('[data-fact="prior3607"]')).toHaveCount(1);

    // Not simple possession: § 3607's own questions no longer matter.
    await rows.locator('[data-fact="simplePossession"]').getByRole("button", { name: /^Change/ }).click();
    await expect(page.locator('input[name="simplePossession"][value="yes"]')).toBeChecked();
    await screener.fill("simplePossession", "no");
    await screener.continue();
    await screener.answerAll(p.facts);
    await expect(screener.checkAnswersHeading).toBeVisible();
    await expect(rows.locator('[data-fact="prior3607"]')).toHaveCount(0);
    await expect(rows.locator('[data-fact="disposition3607"]')).toHaveCount(0);

    // Back to simple possession: the pruned answers come back prefilled.
    await rows.locator('[data-fact="simplePossession"]').getByRole("button", { name: /^Change/ }).click();
    await screener.fill("simplePossession", "yes");
    await screener.continue();
    // Each page the change brings back is prefilled from the kept answers: Continue alone goes on.
    for (let i = 0; i < 8 && !(await screener.checkAnswersHeading.isVisible()); i++) {
      const screen = await screener.screenNumber();
      await screener.continue();
      await expect(page.locator("[data-screen]")).not.toHaveAttribute("data-screen", screen);
      await expect(screener.errorSummary).toHaveCount(0);
    }
    await expect(screener.checkAnswersHeading).toBeVisible();
    await expect(rows.locator('[data-fact="prior3607"]')).toHaveCount(1);
  });

  test("after a change that needs nothing new, the person comes straight back to check your answers", async ({ screener, page }) => {
    const p = persona("someone released");
    await screener.open(p.asOf);
    await screener.answerAll(p.facts);
    const row = page.locator('[data-testid=check-answers] [data-fact="courtState"]');
    await row.getByRole("button", { name: /^Change/ }).click();
    await screener.fill("courtState", "OH");
    await screener.continue();
    await expect(screener.checkAnswersHeading).toBeVisible();
    await expect(screener.checkAnswersHeading).toBeFocused();
    await expect(row).toContainText("Ohio");
  });

  test("the skip link moves focus to the content and keeps the screen", async ({ screener, page }) => {
    const p = persona("someone released");
    await screener.open(p.asOf);
    await screener.answerPage(p.facts);
    const heading = await screener.heading.textContent();
    await page.keyboard.press("Tab");
    await page.getByRole("link", { name: "Skip to main content" }).press("Enter");
    await expect(screener.heading).toHaveText(heading ?? "");
    await screener.back();
    await expect(page.locator('input[name="perspective"][value="self"]')).toBeChecked();
  });

  test("a reload keeps the answers and the page", async ({ screener, page }) => {
    const p = persona("someone released");
    await screener.open(p.asOf);
    await screener.answerPage(p.facts);
    await screener.answerPage(p.facts);
    const heading = await screener.heading.textContent();
    await recordHeadingsSeen(page);
    await page.reload();
    await expect(screener.heading).toHaveText(heading ?? "");
    // Straight back to the page: the first question, in the static page, is never shown on the way.
    await expect.poll(() => headingsSeen(page)).toEqual([heading]);
    await screener.back();
    await expect(page.locator('input[name="court"][value="federal"]')).toBeChecked();
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    expect(await page.context().cookies()).toEqual([]);
  });

  test("back to the screener from another page of the site: the kept page, never the first question on the way", async ({ screener, page }) => {
    const p = persona("someone released");
    await recordHeadingsSeen(page);
    await screener.open(p.asOf);
    await screener.answerPage(p.facts);
    await screener.answerPage(p.facts);
    const heading = (await screener.heading.textContent()) ?? "";
    await page.locator("header").getByRole("link").click();
    const start = page.getByRole("heading", { level: 1 });
    await expect(start).not.toHaveText(heading);
    // Site links are plain links (#14): Back loads the screener again, and its first visible heading is the kept page.
    await page.goBack();
    await expect(screener.heading).toHaveText(heading);
    await expect.poll(() => headingsSeen(page)).toEqual([heading]);
  });

  test("start again clears every answer", async ({ screener, page }) => {
    const p = persona("an under-21");
    await screener.open(p.asOf);
    await screener.answerAll(p.facts);
    await page.getByRole("button", { name: "Start again" }).click();
    await expect(page.locator('input[name="perspective"]:checked')).toHaveCount(0);
    const stored = await page.evaluate(() => sessionStorage.getItem("federal-relief-screener") ?? "");
    expect(stored).not.toContain("found-guilty");
  });
});

test.describe("quick exit", () => {
  test.beforeEach(async ({ page }) => {
    await page.route(NEUTRAL, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" }));
  });

  test("the button clears stored answers and replaces the history entry", async ({ screener, page }) => {
    const p = persona("a trafficking");
    await screener.open(p.asOf);
    await screener.answerPage(p.facts);
    await screener.answerPage(p.facts);
    expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
    await page.getByRole("link", { name: /Exit this page/ }).click();
    await page.waitForURL(NEUTRAL);
    const length = await page.evaluate(() => history.length);
    await page.goBack();
    // The screener's entry was replaced: back lands on an earlier entry, with nothing stored.
    await expect(page).toHaveURL(/\/screener\//);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await expect(page.locator('input[name="perspective"]:checked')).toHaveCount(0);
    expect(length).toBeGreaterThan(1);
  });

  test("Shift pressed three times leaves too", async ({ screener, page }) => {
    await screener.open(AS_OF);
    await screener.answerPage(persona("a trafficking").facts);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.waitForURL(NEUTRAL);
  });
});

test.describe("answers files", () => {
  test("save → start again → open: the same answers come back at check your answers", async ({ screener, page }) => {
    const p = persona("someone released");
    await screener.open(p.asOf);
    await screener.answerAll(p.facts);
    const before = await page.locator("[data-testid=check-answers]").innerText();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save answers to a file" }).click()]);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, "utf8")) as { format: string; version: number; asOf: string; statuses: Record<string, string>; facts: Record<string, unknown> };
    expect(saved.format).toBe("federal-relief-screener/answers");
    expect(saved.version).toBe(2);
    // Version 2 records the screening: its as-of date and each path's status then (issue #18 item 8).
    expect(saved.asOf).toBe(p.asOf);
    expect(Object.keys(saved.statuses)).toHaveLength(13);
    expect(saved.facts.court).toBe("federal");
    // Said on the page too, for someone who cannot see the browser's download bar.
    await expect(page.getByRole("status").filter({ hasText: download.suggestedFilename() })).toContainText("We made a file of your answers called");

    await page.getByRole("button", { name: "Start again" }).click();
    await expect(screener.form).toBeVisible();
    await page.getByLabel("Open answers file").setInputFiles(file);
    await page.getByRole("button", { name: "Open this file" }).click();
    await expect(screener.checkAnswersHeading).toBeVisible();
    expect(await page.locator("[data-testid=check-answers]").innerText()).toBe(before);
  });

  test("from the start page, a valid file opens at check your answers", async ({ screener, page }) => {
    const p = persona("an under-21");
    await page.goto(`/?asOf=${p.asOf}`);
    await page.getByLabel("Open answers file").setInputFiles({
      name: "answers.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "federal-relief-screener/answers", version: 1, savedAt: "2026-11-20T10:00:00Z", facts: p.facts })),
    });
    await recordHeadingsSeen(page);
    await page.getByRole("button", { name: "Open this file" }).click();
    await expect(screener.checkAnswersHeading).toBeVisible();
    await expect.poll(() => headingsSeen(page)).toEqual(["Check your answers"]);
    await screener.seeResults();
    await screener.expectStatuses(p.expected);
  });

  test("a bad file gets a clear message and changes nothing", async ({ screener, page, makeAxeBuilder }) => {
    const p = persona("someone released");
    await screener.open(p.asOf);
    await screener.answerAll(p.facts);
    const before = await page.locator("[data-testid=check-answers]").innerText();
    const input = page.getByLabel("Open answers file");
    await input.setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("<script>alert(1)</script>") });
    await page.getByRole("button", { name: "Open this file" }).click();
    await expect(page.getByText("This is not an answers file")).toBeVisible();
    await input.setInputFiles({ name: "y.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ court: "<b>federal</b>", __proto__: { x: 1 } })) });
    await page.getByRole("button", { name: "Open this file" }).click();
    await expect(page.getByText("This file could not be used")).toBeVisible();
    await expect(page.locator("main b")).toHaveCount(0);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    expect(await page.locator("[data-testid=check-answers]").innerText()).toBe(before);
  });
});

test.describe("validation", () => {
  test("submitting nothing: error summary takes focus, title says Error, the link focuses the field", async ({ screener, page }) => {
    await screener.open(AS_OF);
    await screener.continue();
    await expect(screener.errorSummary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator("#perspective-error")).toContainText("Error:");
    await expect(page.getByRole("group", { name: /Who is answering/ })).toHaveAttribute("aria-describedby", /perspective-error/);
    await screener.errorSummary.getByRole("link").click();
    await expect(page.locator("#perspective")).toBeFocused();
    await screener.fill("perspective", "self");
    await screener.continue();
    await expect(page).not.toHaveTitle(/^Error: /);
    await expect(screener.heading).toBeFocused();
  });

  test("an impossible date and a date in the future are refused", async ({ screener, page }) => {
    const p = persona("an under-21");
    await screener.open(p.asOf);
    for (let i = 0; i < 10 && !(await page.locator("#offenseDate-day").isVisible()); i++) await screener.answerPage(p.facts);
    await screener.fill("offenseDate", "2026-02-28");
    await page.locator("#offenseDate-day").fill("30");
    await screener.continue();
    await expect(screener.errorSummary).toContainText("Day must be 1 to 28");
    await screener.fill("offenseDate", "2027-01-01");
    await screener.continue();
    await expect(screener.errorSummary).toContainText("today or in the past");
  });
});

test.describe("accessibility", () => {
  test("axe finds no WCAG 2.2 A/AA problem on any kind of page", async ({ screener, page, makeAxeBuilder, consoleErrors }) => {
    test.setTimeout(120_000);
    const scan = async (what: string) => {
      const { violations } = await makeAxeBuilder().analyze();
      expect(violations, what).toEqual([]);
      await expect(page.locator("h1"), what).toHaveCount(1);
    };
    await page.goto(`/?asOf=${AS_OF}`);
    await scan("start page");
    const p = persona("a relative");
    await screener.open(p.asOf);
    await scan("choice question");
    await screener.continue();
    await scan("error state");
    const kinds = new Set<string>();
    for (let i = 0; i < 30 && !(await screener.checkAnswersHeading.isVisible()); i++) {
      const kind = (await screener.form.locator("[data-slot=date-input]").count()) > 0 ? "date" : (await screener.form.locator("[data-revealed]").count()) > 0 ? "revealed" : (await screener.form.locator("[data-slot=checkboxes]").count()) > 0 ? "checkboxes" : "";
      if (kind && !kinds.has(kind)) {
        kinds.add(kind);
        await scan(`${kind} question`);
      }
      await screener.answerPage(p.facts);
    }
    await scan("check your answers");
    await screener.seeResults();
    await scan("results");
    await page.goto("/no-such-page/");
    await scan("not found");
    // The one expected error: the 404 status of the page that does not exist.
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
  });

  test("no horizontal scrolling at 320 px", async ({ screener, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/?asOf=${AS_OF}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const p = persona("a relative");
    await screener.open(p.asOf);
    for (let i = 0; i < 30 && !(await screener.checkAnswersHeading.isVisible()); i++) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth), await screener.pageId()).toBeLessThanOrEqual(320);
      await screener.answerPage(p.facts);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
