import { expect, test, type Page } from "@playwright/test";
import { builtPages, watchCsp } from "./quality";
import { screenerStarted } from "./screener-page";

/**
 * Offline (issues 6 and 14): after a first visit, the service worker (out/sw.js, from scripts/service-worker.mjs)
 * holds the screener, so it works with the network off; every other page works offline once it has been seen.
 */
const AS_OF = "2026-11-23";

async function firstVisit(page: Page) {
  await page.goto("/");
  // The worker registers after load, caches every file on install, then claims the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
}

test.describe("offline after a first visit", () => {
  test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "one browser is enough"));

  test("the screener works with the network off: it loads, takes an answer, and survives a reload", async ({ page, context }) => {
    const violations = await watchCsp(page);
    await firstVisit(page);
    await context.setOffline(true);
    await page.goto(`/screener/?asOf=${AS_OF}`);
    await screenerStarted(page);
    const form = page.locator("form[data-page]");
    await expect(form).toBeVisible();
    const heading = page.locator("main h1");
    const first = await heading.textContent();
    // Answer the first question (who is answering) and go on: the whole screener runs in the page.
    await form.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(heading).not.toHaveText(first ?? "");
    await expect(form).toBeVisible();
    // A reload offline keeps the answers (sessionStorage) and the page (cache).
    await page.reload();
    await expect(heading).not.toHaveText(first ?? "");
    expect(violations()).toEqual([]);
  });

  test("every path page and the start page load with the network off once seen", async ({ page, context }) => {
    await firstVisit(page);
    const pages = ["/", "/paths/", ...builtPages().filter((path) => /^\/paths\/[^/]+\/$/.test(path))];
    expect(pages.length).toBeGreaterThan(3);
    for (const path of pages) await page.goto(path);
    await context.setOffline(true);
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator("main h1"), path).toBeVisible();
    }
  });

  test("a page not yet seen is not downloaded ahead; one seen works offline", async ({ page }) => {
    await firstVisit(page);
    const kept = () => page.evaluate(async () => {
      const keys = await caches.keys();
      const found = await Promise.all(keys.map(async (key) => (await caches.open(key)).match("/paths/2255/")));
      return found.some(Boolean);
    });
    expect(await kept()).toBe(false);
    await page.goto("/paths/2255/");
    await expect.poll(kept).toBe(true);
  });

  test("following a link offline works (the page comes from the cache)", async ({ page, context }) => {
    await firstVisit(page);
    await page.goto("/paths/2255/");
    await page.goto("/paths/");
    await context.setOffline(true);
    const link = page.locator('main a[href="/paths/2255/"]').first();
    await link.click();
    await expect(page).toHaveURL(/\/paths\/2255\/$/);
    await expect(page.locator("main h1")).toBeVisible();
  });
});
