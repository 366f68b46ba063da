/**
 * Questions a US user can answer (issue 11): dates typed month / day / year, a quick exit that only three
 * Shift presses in a row set off, every help section of a question on its page, and "Start now" on a
 * phone's first screen. Axe stays clean on the pages these change.
 */
import { expect, test } from "./fixtures";
import { PERSONAS, type Persona } from "../unit/screener/personas";

const NEUTRAL = /^https:\/\/www\.weather\.gov\//;
const persona = (start: string) => PERSONAS.find((p) => p.name.startsWith(start)) as Persona;

test.describe("US dates", () => {
  test("3 / 4 / 2025 typed month, day, year is March 4, 2025 on check your answers", async ({ screener, page, makeAxeBuilder }) => {
    const p = persona("an under-21");
    await screener.open(p.asOf);
    for (let i = 0; i < 10 && !(await page.locator("#offenseDate-month").isVisible()); i++) await screener.answerPage(p.facts);
    const boxes = page.locator("[data-slot=date-input] input");
    await expect(boxes).toHaveCount(3);
    expect(await boxes.evaluateAll((inputs) => inputs.map((input) => [input.id, input.getAttribute("inputmode")]))).toEqual([
      ["offenseDate-month", "numeric"],
      ["offenseDate-day", "numeric"],
      ["offenseDate-year", "numeric"],
    ]);
    await expect(page.locator("#offenseDate-hint")).toContainText("For example, 3 27 2007");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

    await page.locator("#offenseDate-month").pressSequentially("3");
    await page.locator("#offenseDate-day").pressSequentially("4");
    await page.locator("#offenseDate-year").pressSequentially("2025");
    await screener.continue();
    await screener.answerAll({ ...p.facts, offenseDate: "2025-03-04" });
    await expect(screener.checkAnswersHeading).toBeVisible();
    await expect(page.locator("[data-testid=check-answers]")).toContainText("March 4, 2025");
  });

  test("a month over 12 is named and linked to the month box", async ({ screener, page, makeAxeBuilder }) => {
    const p = persona("an under-21");
    await screener.open(p.asOf);
    for (let i = 0; i < 10 && !(await page.locator("#offenseDate-month").isVisible()); i++) await screener.answerPage(p.facts);
    await screener.fill("offenseDate", "2024-11-18");
    await page.locator("#offenseDate-month").fill("18");
    await screener.continue();
    await expect(screener.errorSummary.getByRole("link", { name: "Month must be 1 to 12" })).toHaveAttribute("href", "#offenseDate-month");
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
});

test.describe("a date the person does not know", () => {
  test("'I do not know the date' for the judgment reaches results: § 2255 possible, naming the docket", async ({ screener, page, makeAxeBuilder }) => {
    const p = persona("someone in prison");
    await screener.open(p.asOf);
    for (let i = 0; i < 20 && !(await page.locator("#judgmentDate-month").isVisible()); i++) await screener.answerPage(p.facts);
    const choice = page.getByRole("group", { name: "How much of this date do you know?" });
    await expect(choice.getByRole("radio", { name: "I know the whole date" })).toBeChecked();
    await page.locator("#judgmentDate-known-unknown").check();
    await expect(page.locator("#judgmentDate-month")).toBeHidden();
    await expect(page.locator("#judgmentDate-year")).toBeHidden();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    // The rest of the page (and any question an answer reveals) from the persona.
    for (let round = 0; round < 3; round++) {
      for (const fact of await screener.factsOnPage()) if (fact !== "judgmentDate") await screener.fill(fact, p.facts[fact]);
    }
    await screener.continue();

    await screener.answerAll(Object.fromEntries(Object.entries(p.facts).filter(([fact]) => fact !== "judgmentDate")));
    await expect(screener.checkAnswersHeading).toBeVisible();
    await expect(page.locator("[data-testid=check-answers] [data-fact=judgmentDate]")).toContainText("Not known");
    await screener.seeResults();
    await expect(screener.card("2255")).toHaveAttribute("data-status", "possible");
    await expect(screener.card("2255")).toContainText("docket");
  });
});

test.describe("quick exit only on three Shift presses in a row", () => {
  test.beforeEach(async ({ page }) => {
    await page.route(NEUTRAL, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Weather</title><h1>Weather</h1>" }));
  });

  test("typing 924(c)(1) with real Shift presses stays on the page", async ({ screener, page }) => {
    const p = persona("an under-21");
    await screener.open(p.asOf);
    // A text field of the app's own: the date's month box.
    for (let i = 0; i < 10 && !(await page.locator("#offenseDate-month").isVisible()); i++) await screener.answerPage(p.facts);
    const box = page.locator("#offenseDate-month");
    await box.focus();
    for (const char of "924(c)(1)") {
      if (char === "(" || char === ")") {
        await page.keyboard.down("Shift");
        await page.keyboard.press(char === "(" ? "Digit9" : "Digit0");
        await page.keyboard.up("Shift");
      } else await page.keyboard.press(char === "c" ? "KeyC" : `Digit${char}`);
    }
    await expect(box).toHaveValue("924(c)(1)");
    await page.waitForTimeout(300);
    expect(page.url()).not.toMatch(NEUTRAL);
    await expect(screener.form).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
  });

  test("Shift, Shift, a letter, Shift does not leave; Shift three times in a row does", async ({ screener, page }) => {
    const p = persona("an under-21");
    await screener.open(p.asOf);
    await screener.answerPage(p.facts);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("KeyA");
    await page.keyboard.press("Shift");
    await page.waitForTimeout(300);
    expect(page.url()).not.toMatch(NEUTRAL);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.waitForURL(NEUTRAL);
  });
});

test.describe("help sections", () => {
  test("the trafficking question shows the hotline, open, and stays axe-clean", async ({ screener, page, makeAxeBuilder }) => {
    const p = persona("a trafficking");
    await screener.open(p.asOf);
    for (let i = 0; i < 25 && !(await page.locator('input[name="traffickingSurvivor"]').first().isVisible()); i++) await screener.answerPage(p.facts);
    await expect(page.getByRole("heading", { level: 2, name: "If you want to talk to someone" })).toBeVisible();
    await expect(page.getByText("Call 1-888-373-7888 or text 233733")).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });

  test("the trafficking hotline is on the TSRA path page, the safety page and the resources page", async ({ page, makeAxeBuilder }) => {
    for (const url of ["/paths/tsra/", "/safety/", "/resources/"]) {
      await page.goto(url);
      await expect(page.locator("main"), url).toContainText("1-888-373-7888");
      await expect(page.locator("main"), url).toContainText("233733");
      expect((await makeAxeBuilder().analyze()).violations, url).toEqual([]);
    }
  });
});

test.describe("start page on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('"Start now", how long it takes and what papers help are on the first screen at 360×740', async ({ page, makeAxeBuilder }) => {
    await page.goto("/");
    const start = page.getByRole("button", { name: "Start now" }).or(page.getByRole("link", { name: "Start now" })).first();
    await expect(start).toBeVisible();
    const box = (await start.boundingBox())!;
    expect(box.y + box.height, "bottom of Start now").toBeLessThanOrEqual(740);
    for (const text of ["10 to 15 minutes", "Court papers help"]) {
      const line = (await page.getByText(text).boundingBox())!;
      expect(line.y + line.height, text).toBeLessThanOrEqual(box.y);
    }
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
});
