/**
 * The Spanish pages (/es/…, issue 16): each is marked lang="es", names its English twin and itself in a
 * `hreflang` pair, has no WCAG 2.2 A/AA violations, and its visible text — less what is marked English
 * (`lang="en"`, such as the site's name) and the citations, case names and English names the leak check
 * takes out — reads as Spanish a block at a time (lib/spanish/leak.ts with franc-min). The language links
 * take a reader from each Spanish page to its English twin and back.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { franc } from "franc-min";
import { englishNames } from "../unit/spanish/es-files";
import { PAGE_SLUGS, PATH_IDS } from "@/lib/content/pages";
import { findLeaks } from "@/lib/spanish/leak";

const SPANISH_URLS = ["/es/", "/es/paths/", ...PATH_IDS.map((id) => `/es/paths/${id}/`), ...PAGE_SLUGS.map((slug) => `/es/${slug}/`)];
const englishTwin = (url: string) => url.slice("/es".length);
const names = englishNames();

/** The page's visible text, one block per line, without the parts marked as English. */
async function visibleSpanish(page: Page): Promise<string> {
  return page.locator("body").evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"], script, style, [hidden], .sr-only').forEach((el) => el.remove());
    // innerText needs the copy laid out; the block structure survives as line breaks.
    copy.style.position = "absolute";
    copy.style.left = "-99999px";
    document.documentElement.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

for (const url of SPANISH_URLS) {
  test.describe(url, () => {
    test("is Spanish, with its hreflang pair", async ({ page }) => {
      expect((await page.goto(url))?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", url);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", englishTwin(url));
      const text = await visibleSpanish(page);
      expect(text.length).toBeGreaterThan(200);
      expect(findLeaks(text, { detect: franc, englishNames: names })).toEqual([]);
    });

    test("has no WCAG 2.2 A/AA violations", async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });

    test("links to its English twin, which links back", async ({ page }) => {
      await page.goto(url);
      const toEnglish = page.locator('main a[hreflang="en"][lang="en"]', { hasText: "English" });
      await toEnglish.click();
      await expect(page).toHaveURL(englishTwin(url));
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", url);
      await page.locator('main a[hreflang="es"][lang="es"]', { hasText: "Español" }).click();
      await expect(page).toHaveURL(url);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
    });
  });
}

test("the leak check finds the English on an English twin", async ({ page }) => {
  await page.goto("/about/");
  expect(findLeaks(await visibleSpanish(page), { detect: franc, englishNames: names }).length).toBeGreaterThan(3);
});
