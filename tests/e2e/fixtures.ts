/**
 * The journeys' test fixtures: `screener` (the page object), `makeAxeBuilder` (WCAG 2.0–2.2 A/AA tags),
 * and a watch that fails a test on any console error or uncaught exception.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import { ScreenerPage } from "./screener-page";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const test = base.extend<{ screener: ScreenerPage; makeAxeBuilder: () => AxeBuilder; consoleErrors: string[] }>({
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await provide(errors);
    expect(errors, "console errors").toEqual([]);
  },
  screener: async ({ page, consoleErrors }, provide) => {
    void consoleErrors;
    await provide(new ScreenerPage(page));
  },
  makeAxeBuilder: async ({ page }, provide) => {
    await provide(() => new AxeBuilder({ page }).withTags(WCAG_TAGS));
  },
});

export { expect };
