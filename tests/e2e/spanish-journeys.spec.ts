/**
 * The persona journeys in Spanish (issue 16): from the Spanish start page, every question, check your answers
 * and the results, in Spanish — the same statuses as in English, dates as Spanish writes them, no English
 * block on any screen (franc, lib/spanish/leak.ts), no WCAG 2.2 A/AA violation; and the language link keeps
 * the answers and the screen, since the answers are kept in the tab and carry no language.
 */
import { expect, test } from "./fixtures";
import { ScreenerPage, screenerStarted } from "./screener-page";
import { englishLeaks } from "./visible-text";
import { PERSONAS } from "../unit/screener/personas";

for (const p of PERSONAS) {
  test(`in Spanish: ${p.name}`, async ({ page, makeAxeBuilder }) => {
    const screener = new ScreenerPage(page, "es");
    await screener.startFromStartPage(p.asOf);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    // Every question page reads as Spanish, before its answers are given.
    const leaks: string[] = [];
    for (let i = 0; i < 30 && !(await screener.checkAnswersHeading.isVisible()); i++) {
      const where = await screener.pageId();
      leaks.push(...(await englishLeaks(page)).map((block) => `${where}: ${block}`));
      await screener.answerPage(p.facts);
    }
    await expect(screener.checkAnswersHeading).toBeVisible();
    leaks.push(...(await englishLeaks(page)).map((block) => `check answers: ${block}`));
    await screener.seeResults();
    await expect(page.locator("[data-path]")).toHaveCount(13);
    await screener.expectStatuses(p.expected);
    // "23 de noviembre de 2026": the as-of date, as Spanish writes it.
    const asOf = new Intl.DateTimeFormat("es-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${p.asOf}T00:00:00Z`));
    await expect(page.locator("main")).toContainText(asOf);
    leaks.push(...(await englishLeaks(page)).map((block) => `results: ${block}`));
    expect(leaks).toEqual([]);
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
}

test("the language link keeps the answers and the screen", async ({ page }) => {
  const p = PERSONAS.find((persona) => persona.name.startsWith("a relative"))!;
  const spanish = new ScreenerPage(page, "es");
  // Today's date (no asOf in the address), as a person would have it: the link goes to the plain /screener/.
  await page.goto("/es/screener/");
  await screenerStarted(page);
  await spanish.answerPage(p.facts);
  const [second] = await spanish.answerPage(p.facts);
  const where = await spanish.pageId();
  await page.locator('main a[hreflang="en"]').click();
  const english = new ScreenerPage(page, "en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(english.form).toHaveAttribute("data-page", where);
  // The answers given in Spanish are kept: the rest of the journey in English never asks them again.
  await english.answerAll(p.facts);
  expect(english.pagesAsked.flat()).not.toContain(second);
  await expect(page.locator(`[data-testid=check-answers] [data-fact="${second}"]`)).toHaveCount(1);
});
