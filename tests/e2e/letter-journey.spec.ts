/**
 * Issue #13's persona journey: a family member whose relative in federal prison has a terminal illness, and
 * who has not yet written to the warden, goes from "What to do first" on the results to a printed request to
 * the warden in at most 3 clicks — the letter's link, then Print — and the letter is filled from the answers.
 */
import { expect, test } from "@playwright/test";
import { PERSONAS } from "../unit/screener/personas";

/** The relative of the persona journeys (tests/unit/screener/personas.ts), before anyone has written to the warden. */
const relative = PERSONAS.find((p) => p.name.startsWith("a relative"))!;
const AS_OF = relative.asOf;
const FACTS = Object.fromEntries(
  Object.entries({ ...relative.facts, wardenRequest: "not-submitted" }).filter(([fact]) => fact !== "wardenRequestDate"),
);

test("a relative's terminal illness: What to do first → the warden request, printed, in 2 clicks", async ({ page }) => {
  await page.goto(`/?asOf=${AS_OF}`);
  await page.getByLabel("Open answers file").first().setInputFiles({
    name: "answers.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "federal-relief-screener/answers", version: 1, savedAt: "2026-11-20T18:00:00.000Z", facts: FACTS })),
  });
  await page.getByRole("button", { name: "Open this file" }).first().click();
  await page.getByRole("button", { name: "See results" }).or(page.getByRole("link", { name: "See results" })).first().click();
  await expect(page.locator("[data-results]")).toBeVisible();

  // The clicks counted from the results page.
  let clicks = 0;
  const summary = page.locator("[data-summary]");
  const letterLink = summary.locator('a[href="/letters/warden-request/"]');
  await expect(letterLink, "the warden request is linked from What to do first").toBeVisible();
  await letterLink.click();
  clicks += 1;

  await expect(page).toHaveURL(/\/letters\/warden-request\//);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The letter is filled from the answers: a relative may send it for a terminal illness (§ 3582(d)(2)(A)).
  await expect(page.getByText("For a terminal illness, the law lets a family member send this request")).toBeVisible();

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: "Print" }).click();
  clicks += 1;
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(clicks).toBeLessThanOrEqual(3);
});
