import { expect, test, type Page } from "@playwright/test";
import { PERSONAS } from "../unit/screener/personas";
import { builtPages } from "./quality";
import { ScreenerPage } from "./screener-page";

/**
 * Keyboard and zoom (issue 6): a journey with the keyboard only, from the start page to printed results;
 * every page (content pages and each screen of the screener) has one <h1>, landmarks, a skip link that
 * works and a visible focus indicator; at 320 CSS px wide and at 200 % zoom no page scrolls sideways.
 * 200 % zoom of a 1280 px window lays out like a 640 px viewport (WCAG 1.4.10 uses the same equivalence:
 * 320 px is 1280 px at 400 %).
 */
const persona = PERSONAS.find((p) => p.facts.perspective === "counselor") ?? PERSONAS[0];
const AS_OF = persona.asOf;

/** Presses Tab until the focused element matches `selector` and its text starts with `text`. */
async function tabTo(page: Page, match: { selector?: string; text?: string }) {
  for (let i = 0; i < 100; i++) {
    const hit = await page.evaluate(({ selector, text }) => {
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      return (selector ? el.matches(selector) : true) && (text ? (el.textContent?.trim() ?? "").startsWith(text) : true);
    }, match);
    if (hit) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${JSON.stringify(match)}`);
}

/** Screens of the screener to check besides the content pages: first question, check answers, results. */
async function screenerScreens(page: Page, visit: (name: string) => Promise<void>) {
  const screener = new ScreenerPage(page);
  await screener.open(AS_OF);
  await visit("the first question");
  await screener.answerAll(persona.facts);
  await visit("check your answers");
  await screener.seeResults();
  await visit("results");
}

async function checkStructure(page: Page, where: string) {
  await expect(page.locator("h1"), `${where}: one h1`).toHaveCount(1);
  await expect(page.locator("main"), `${where}: one main`).toHaveCount(1);
  await expect(page.getByRole("banner"), `${where}: header`).toHaveCount(1);
  await expect(page.getByRole("contentinfo"), `${where}: footer`).toHaveCount(1);
  // The skip link is the first thing Tab reaches, is visible when focused, and moves focus into main.
  // Start Tab from the top of the document, as after a page load (a screen of the screener is not one).
  await page.evaluate(() => {
    const start = document.createElement("span");
    start.tabIndex = -1;
    start.id = "__tab-start";
    document.body.prepend(start);
    start.focus();
  });
  await page.keyboard.press("Tab");
  await page.evaluate(() => document.getElementById("__tab-start")?.remove());
  const skip = page.locator(":focus");
  await expect(skip, `${where}: skip link first`).toHaveAttribute("href", "#main");
  await expect(skip, `${where}: skip link visible on focus`).toBeVisible();
  expect(await hasVisibleFocus(page), `${where}: focus indicator on the skip link`).toBe(true);
  const heading = await page.locator("h1").textContent();
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest("main") !== null), { message: `${where}: skip link moves focus to main` })
    .toBe(true);
  // The skip link only moves focus: on the screener it must not change the screen (a hash change fires popstate).
  await expect(page.locator("h1"), `${where}: the skip link leaves the screen as it was`).toHaveText(heading ?? "");
  // Every focusable element Tab reaches afterwards shows where focus is.
  const missing: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const tag = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40) ?? ""}"` : null;
    });
    if (!tag) break;
    if (!(await hasVisibleFocus(page))) missing.push(tag);
  }
  expect(missing, `${where}: elements without a visible focus indicator`).toEqual([]);
}

/** The focused element has an outline, a box shadow, or different colours from its unfocused self. */
async function hasVisibleFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const focused = getComputedStyle(el);
    if (focused.outlineStyle !== "none" && parseFloat(focused.outlineWidth) > 0) return true;
    if (focused.boxShadow !== "none") return true;
    const { backgroundColor, color, textDecorationThickness } = focused;
    el.blur();
    const plain = getComputedStyle(el);
    const differs = plain.backgroundColor !== backgroundColor || plain.color !== color || plain.textDecorationThickness !== textDecorationThickness;
    el.focus();
    return differs;
  });
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(sizes.scroll, `${where}: scrollWidth ${sizes.scroll} > clientWidth ${sizes.client}`).toBeLessThanOrEqual(sizes.client);
}

test.describe("keyboard and zoom", () => {
  test.beforeEach(() => {
    test.skip(test.info().project.name !== "desktop", "the viewports are set here");
    // Every built page, then a whole journey: longer than one page's default.
    test.setTimeout(240_000);
  });

  test("a journey with the keyboard only, from the start page to printed results", async ({ page }) => {
    const screener = new ScreenerPage(page);
    let printed = 0;
    await page.exposeFunction("__printed", () => void (printed += 1));
    await page.addInitScript(() => {
      window.print = () => void (window as unknown as { __printed: () => void }).__printed();
    });
    await page.goto(`/?asOf=${AS_OF}`);
    await tabTo(page, { text: "Start now" });
    await page.keyboard.press("Enter");
    await expect(screener.form).toBeVisible();
    await screener.answerAll(persona.facts, { keyboard: true });
    await tabTo(page, { selector: "button", text: "See results" });
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-path]").first()).toBeAttached();
    await tabTo(page, { selector: "button", text: "Print" });
    await page.keyboard.press("Enter");
    await expect.poll(() => printed).toBe(1);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-summary]")).toBeVisible();
    await expect(page.locator("[data-answers]")).toBeVisible();
  });

  test("every content page has one h1, landmarks, a working skip link and visible focus", async ({ page }) => {
    for (const path of builtPages()) {
      await page.goto(path);
      await checkStructure(page, path);
    }
  });

  test("every screen of the screener has one h1, landmarks, a working skip link and visible focus", async ({ page }) => {
    await screenerScreens(page, (name) => checkStructure(page, name));
  });

  for (const [label, viewport] of [
    ["320 CSS px wide", { width: 320, height: 640 }],
    ["200 % zoom (1280 px window)", { width: 640, height: 400 }],
  ] as const) {
    test(`at ${label} no page scrolls sideways`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of builtPages()) {
        await page.goto(path);
        await expectNoSidewaysScroll(page, path);
      }
      await screenerScreens(page, async (name) => {
        await expectNoSidewaysScroll(page, name);
        // Folded content counts too: every fold opened, outer ones first (a locator list from `.all()` is by
        // position, and shifts as folds open, so the first closed fold in view is opened until none is left).
        const closed = page.locator("main details:not([open]) > summary").filter({ visible: true });
        for (let i = 0; i < 100 && (await closed.count()) > 0; i++) await closed.first().click();
        await expect(closed).toHaveCount(0);
        await expectNoSidewaysScroll(page, `${name} (details open)`);
      });
    });
  }
});
