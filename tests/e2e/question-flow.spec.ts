/**
 * The question flow of issue 11 in a real browser: a revealed question sits inside the option that revealed
 * it; "Change" asks only what the change made needed; progress in sections; and (issue 18) a file opened on
 * the start page says what changed since it was saved. Axe on every page state these add.
 */
import { expect, test } from "./fixtures";
import { PERSONAS, type Persona } from "../unit/screener/personas";

const persona = (start: string) => PERSONAS.find((p) => p.name.startsWith(start)) as Persona;
const counselor = persona("a counselor");

// Each test walks a journey of up to a dozen pages.
test.describe.configure({ timeout: 90_000 });

test("the judgment date, revealed by the appeal answer, sits inside that option: below the heading, next on Tab", async ({ screener, page, makeAxeBuilder }) => {
  await screener.open(counselor.asOf);
  for (let i = 0; i < 20 && (await screener.pageId()) !== "appeal"; i++) await screener.answerPage(counselor.facts);
  expect(await screener.pageId()).toBe("appeal");
  await expect(page.locator("#judgmentDate-month")).toHaveCount(0);
  const none = page.locator('input[name="appeal"][value="none"]');
  await none.focus();
  await page.keyboard.press("Space");
  const revealed = page.locator(`#${await none.getAttribute("id")}-conditional`);
  await expect(revealed).toBeVisible();
  await expect(none).toHaveAttribute("aria-controls", (await revealed.getAttribute("id")) ?? "");
  await expect(revealed.locator("#judgmentDate-month")).toBeVisible();
  // Under the heading and under the option, never above them.
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  expect(await top("main h1")).toBeLessThan(await top("#judgmentDate-month"));
  expect((await none.boundingBox())!.y).toBeLessThan(await top("#judgmentDate-month"));
  await expect(page.getByRole("status").filter({ hasText: "New question below your answer" })).toHaveCount(1);
  await page.keyboard.press("Tab");
  await expect(page.locator("#judgmentDate-month")).toBeFocused();
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("Change asks only the questions the change made needed, then check your answers again", async ({ screener, page, makeAxeBuilder }) => {
  await screener.open(counselor.asOf);
  await screener.answerAll(counselor.facts);
  const before = screener.pagesAsked.length;
  // The appeal was decided after all: its date and certiorari become needed; nothing else is asked again.
  await screener.change(/^Change Appeal$/);
  await screener.fill("appeal", "decided");
  await expect(page.locator("#appealDecisionDate-month")).toBeVisible();
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  await screener.fill("appealDecisionDate", "2021-01-01");
  const screen = await screener.screenNumber();
  await screener.continue();
  await expect(page.locator("[data-screen]")).not.toHaveAttribute("data-screen", screen);
  const asked = await screener.answerAll({ ...counselor.facts, certiorari: "none" });
  expect(screener.pagesAsked.slice(before)).toEqual([["certiorari"]]);
  expect(asked).toBe(before + 1);
  await expect(screener.checkAnswersHeading).toBeFocused();
  await expect(page.locator('[data-testid=check-answers] [data-fact="certiorari"]')).toHaveCount(1);
});

test("each question page says its section and part, never a percentage", async ({ screener, page, makeAxeBuilder }) => {
  await screener.open(counselor.asOf);
  const progress = page.locator("[data-progress]");
  await expect(progress).toHaveText(/^About you — part 1 of \d+$/);
  const seen: string[] = [];
  for (let i = 0; i < 20 && !(await screener.checkAnswersHeading.isVisible()); i++) {
    seen.push((await progress.textContent()) ?? "");
    await screener.answerPage(counselor.facts);
  }
  expect(seen.some((text) => /^The case — part 2 of \d+$/.test(text))).toBe(true);
  expect(seen.join(" ")).not.toContain("%");
  await screener.change(/^Change Appeal$/);
  await expect(progress).toHaveText(/^The judgment and appeals — part \d+ of \d+$/);
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});

test("a file opened on the start page says what changed since it was saved (issue 18)", async ({ screener, page, makeAxeBuilder }) => {
  const p = persona("a relative");
  await page.goto(`/?asOf=${p.asOf}`);
  // A version-2 file whose recorded results all differ from today's: something changed since it was saved.
  const statuses = Object.fromEntries(Object.keys(p.expected).map((path) => [path, "not-applicable"]));
  const file = { format: "federal-relief-screener/answers", version: 2, savedAt: "2026-11-01T10:00:00Z", asOf: "2026-11-01", rulesVersion: "2026-11-01", statuses, facts: p.facts };
  await page.getByLabel("Open answers file").setInputFiles({ name: "answers.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Open this file" }).click();
  await expect(screener.checkAnswersHeading).toBeVisible();
  const notice = page.getByRole("status").filter({ hasText: "Your answers file was opened" });
  await expect(notice).toContainText(/because our rules changed|only because time has passed/);
  await expect(notice).toContainText("November 1, 2026");
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
});
