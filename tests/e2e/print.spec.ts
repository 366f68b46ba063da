/**
 * The results on paper (issue 12): for each persona journey, in English and in Spanish (issue 16), the default
 * print is a summary of at most 2 US Letter pages, and at most 3 with the answers given; "Print all details" prints everything; nothing of the
 * site around the results prints (quick exit, skip link, header, banner, footer, back link), and web addresses
 * print as text. Pages are counted in the PDF the browser makes (`page.pdf`, Chromium's), from its
 * `/Type /Page` objects, never the page tree's `/Type /Pages`.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ScreenerPage } from "./screener-page";
import { PERSONAS, type Persona } from "../unit/screener/personas";

/** The number of pages of a PDF: its page objects (`/Type /Page`), never the page tree (`/Type /Pages`). */
const pdfPages = (pdf: Buffer): number => pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

const printPages = async (page: Page) => pdfPages(await page.pdf({ format: "Letter" }));

/** The summary without the answers: the answers section taken out of the print (through the CSSOM: the page's policy refuses an added <style>). */
async function pagesWithoutAnswers(page: Page): Promise<number> {
  const answers = page.locator("[data-answers]");
  await answers.evaluate((node: HTMLElement) => node.style.setProperty("display", "none", "important"));
  const pages = await printPages(page);
  await answers.evaluate((node: HTMLElement) => node.style.removeProperty("display"));
  return pages;
}

/** Stands in for the print dialog: records what is marked and open when it is asked for. */
async function recordPrints(page: Page) {
  await page.addInitScript(() => {
    const calls: { mode: string | undefined; closed: number }[] = [];
    (window as unknown as { prints: typeof calls }).prints = calls;
    window.print = () => {
      calls.push({ mode: document.documentElement.dataset.print, closed: document.querySelectorAll("[data-results] details:not([open])").length });
    };
  });
}

async function resultsOf(page: Page, screener: { open(asOf: string): Promise<void>; answerAll(facts: Persona["facts"]): Promise<number>; seeResults(): Promise<void> }, p: Persona) {
  await screener.open(p.asOf);
  await screener.answerAll(p.facts);
  await screener.seeResults();
  await expect(page.locator("[data-path]")).toHaveCount(13);
}

test.describe("print", () => {
  test.skip(({ browserName }) => browserName !== "chromium", "page.pdf is Chromium's");

  for (const [lang, p] of [...PERSONAS.map((p) => ["en", p] as const), ...PERSONAS.map((p) => ["es", p] as const)]) {
    test(`${lang === "es" ? "in Spanish: " : ""}${p.name}: the summary fits 2 pages, 3 with the answers`, async ({ page }) => {
      await resultsOf(page, new ScreenerPage(page, lang), p);
      const summary = await pagesWithoutAnswers(page);
      const withAnswers = await printPages(page);
      await page.evaluate(() => {
        document.documentElement.dataset.print = "all";
        for (const details of document.querySelectorAll("details")) details.open = true;
      });
      const all = await printPages(page);
      console.log(`[print] ${lang} ${p.name}: summary ${summary} pages, with the answers ${withAnswers}, all details ${all}`);
      expect(summary).toBeGreaterThan(0);
      expect(summary).toBeLessThanOrEqual(2);
      expect(withAnswers).toBeLessThanOrEqual(3);
      expect(all).toBeGreaterThanOrEqual(withAnswers);
    });
  }

  test("the page count is of pages, not of the page tree", () => {
    const pdf = Buffer.from("1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> 2 0 obj << /Type /Page >> 3 0 obj << /Type/Page >>", "latin1");
    expect(pdfPages(pdf)).toBe(2);
  });

  test("only the results print: no quick exit, skip link, header, banner, footer or back link; addresses as text", async ({ screener, page }) => {
    // A whole journey before the checks: on a loaded 2-core machine it has run past the default 30 s.
    test.slow();
    const p = PERSONAS.find((persona) => persona.facts.perspective === "family")!;
    await resultsOf(page, screener, p);
    await page.emulateMedia({ media: "print" });
    for (const selector of ["[data-slot=quick-exit]", "body > header", "body > footer", 'a[href="#main"]', "body > div"]) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.getByRole("button", { name: "Back" })).toBeHidden();
    await expect(page.locator("[data-summary]")).toBeVisible();
    // Mailable: every organisation's web address is printed as text, and no link is coloured or underlined.
    const links = page.locator("[data-help] [data-resource] a");
    expect(await links.count()).toBeGreaterThan(0);
    const printed = page.locator("[data-help] [data-print-summary]");
    await expect(printed).toBeVisible();
    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")!))) await expect(printed).toContainText(href);
    const link = page.locator("[data-results] a").first();
    expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("none");
    // The summary leaves out the folded details; the first-action box and each path's why stay.
    await expect(page.locator("[data-next-steps]").first()).toBeHidden();
    await expect(page.locator('[data-status="likely"] cite').first()).toBeVisible();
  });

  test("'Print all details' marks the page and opens every fold for the print, then puts them back", async ({ screener, page }) => {
    await recordPrints(page);
    const p = PERSONAS.find((persona) => persona.facts.perspective === "family")!;
    await resultsOf(page, screener, p);
    const closed = await page.locator("[data-results] details:not([open])").count();
    expect(closed).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Print all details" }).first().click();
    expect(await page.evaluate(() => (window as unknown as { prints: unknown[] }).prints)).toEqual([{ mode: "all", closed: 0 }]);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await expect(page.locator("html")).not.toHaveAttribute("data-print", /./);
    await expect(page.locator("[data-results] details:not([open])")).toHaveCount(closed);
    await page.getByRole("button", { name: "Print this page" }).first().click();
    expect(await page.evaluate(() => (window as unknown as { prints: unknown[] }).prints)).toEqual([
      { mode: "all", closed: 0 },
      { mode: undefined, closed },
    ]);
  });
});
