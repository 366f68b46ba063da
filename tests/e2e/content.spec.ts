/**
 * Every content page renders from the static export with JavaScript disabled, has exactly one h1, and
 * axe finds no WCAG 2.0–2.2 A/AA violations.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PAGE_SLUGS } from "@/lib/content/pages";
import { PATH_IDS } from "@/rules/types";

const URLS = ["/paths/", ...PATH_IDS.map((id) => `/paths/${id}/`), ...PAGE_SLUGS.map((slug) => `/${slug}/`)];

// axe runs inside the page, so it needs JavaScript: the no-JavaScript render is checked first, then axe
// scans the same static HTML in a context with JavaScript on.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const url of URLS) {
    test(`${url} renders with one h1`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).not.toBeEmpty();
      await expect(page.locator("main")).toContainText(/\w{3,}/);
    });
  }

  test("a path page shows next steps, who can help and its sources", async ({ page }) => {
    await page.goto("/paths/tsra/");
    await expect(page.getByRole("heading", { level: 2, name: "What to do next" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Who can help" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "If you are not a U.S. citizen" })).toBeVisible();
  });

  test("the resources page lists the directory", async ({ page }) => {
    await page.goto("/resources/");
    await expect(page.getByRole("link", { name: /Office of the Pardon Attorney/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Compassionate Release Clearinghouse/ })).toBeVisible();
  });
});

test.describe("axe", () => {
  for (const url of URLS) {
    test(`${url} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
