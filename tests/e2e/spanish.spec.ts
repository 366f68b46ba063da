/**
 * The Spanish pages (/es/…, issue 16), the letters included: each is marked lang="es", names its English twin and itself in a
 * `hreflang` pair, has no WCAG 2.2 A/AA violations, and its visible text — less what is marked English
 * (`lang="en"`, such as the site's name) and the citations, case names and English names the leak check
 * takes out — reads as Spanish a block at a time (lib/spanish/leak.ts with franc-min). The language links
 * take a reader from each Spanish page to its English twin and back. A Spanish letter page shows the document
 * to sign in English (lang="en", its dates in English) and a Spanish reading copy with the same values, and
 * prints both on at most 3 US Letter pages, the copy from a new page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { franc } from "franc-min";
import { ASOF, FIXTURES } from "../unit/letters/fixtures";
import { englishNames } from "../unit/spanish/es-files";
import { PAGE_SLUGS, PATH_IDS } from "@/lib/content/pages";
import { LETTER_SLUGS } from "@/lib/letters/documents";
import { findLeaks } from "@/lib/spanish/leak";
import { visibleSpanish } from "./visible-text";

const LETTER_URLS = LETTER_SLUGS.map((slug) => `/es/letters/${slug}/`);
const SPANISH_URLS = [
  "/es/",
  "/es/paths/",
  ...PATH_IDS.map((id) => `/es/paths/${id}/`),
  ...PAGE_SLUGS.map((slug) => `/es/${slug}/`),
  "/es/letters/",
  ...LETTER_URLS,
];
const englishTwin = (url: string) => url.slice("/es".length);
const names = englishNames();
const PENDING_KEY = "federal-relief-screener:opened";

/** Open a page; a letter's page once its document and reading copy are filled in (their code comes after the page). */
async function open(page: Page, url: string) {
  const response = await page.goto(url);
  if (LETTER_URLS.includes(url)) await expect(page.locator("#reading-copy")).toBeVisible();
  return response;
}

for (const url of SPANISH_URLS) {
  test.describe(url, () => {
    test("is Spanish, with its hreflang pair", async ({ page }) => {
      expect((await open(page, url))?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", url);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", englishTwin(url));
      const text = await visibleSpanish(page);
      expect(text.length).toBeGreaterThan(200);
      expect(findLeaks(text, { detect: franc, englishNames: names })).toEqual([]);
    });

    test("has no WCAG 2.2 A/AA violations", async ({ page }) => {
      await open(page, url);
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

test.describe("a Spanish letter page", () => {
  test.skip(({ browserName }) => browserName !== "chromium", "page.pdf is Chromium's");

  test("the English document to sign, a Spanish reading copy with the same values, ≤ 3 US Letter pages in print", async ({ page }) => {
    await page.addInitScript(([key, facts]) => window.sessionStorage.setItem(key, facts), [PENDING_KEY, JSON.stringify({ facts: FIXTURES["warden-request"] })] as const);
    await page.goto(`/es/letters/warden-request/?asOf=${ASOF}`);
    const document = page.locator('[lang="en"]', { has: page.locator("#field-personName") });
    const copy = page.locator("#reading-copy").locator("xpath=..");
    await expect(document).toContainText("To the Warden,");
    await expect(document).toContainText("Date: December 3, 2026");
    await expect(copy).toContainText("3 de diciembre de 2026");
    expect(findLeaks(await copy.innerText(), { detect: franc, englishNames: names })).toEqual([]);
    // The boxes are labelled in Spanish on screen; what is typed shows in the copy too.
    await expect(page.locator('label[for="field-personName"] [lang="es"]')).toBeVisible();
    await page.locator("#field-personName").fill("Ana Ruiz");
    await expect(copy).toContainText("Ana Ruiz");
    await expect(copy.getByRole("note")).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
    await expect(document).toContainText("Request for a sentence reduction");
    await expect(page.locator("#reading-copy")).toBeVisible();
    const pdf = await page.pdf({ format: "Letter", printBackground: false });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    console.log(`/es/letters/warden-request/: ${pages} printed page(s)`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
  });

  for (const slug of LETTER_SLUGS) {
    test(`${slug}: printed with its answers, the document then the copy, on at most 3 US Letter pages`, async ({ page }) => {
      await page.addInitScript(([key, facts]) => window.sessionStorage.setItem(key, facts), [PENDING_KEY, JSON.stringify({ facts: FIXTURES[slug] })] as const);
      await page.goto(`/es/letters/${slug}/?asOf=${ASOF}`);
      await expect(page.locator("#reading-copy")).toBeVisible();
      await page.emulateMedia({ media: "print" });
      const pages = (await page.pdf({ format: "Letter", printBackground: false })).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
      console.log(`/es/letters/${slug}/: ${pages} printed page(s)`);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(3);
    });
  }
});

test("the leak check finds the English on an English twin", async ({ page }) => {
  await page.goto("/about/");
  expect(findLeaks(await visibleSpanish(page), { detect: franc, englishNames: names }).length).toBeGreaterThan(3);
});
