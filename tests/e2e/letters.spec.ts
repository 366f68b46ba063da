import { LETTER_SLUGS } from "@/lib/letters/documents";
import { ASOF, FIXTURES } from "../unit/letters/fixtures";
import { expect, test } from "./fixtures";

/**
 * The letters and checklists (issue #13), in a real browser: each document filled in from answers kept in
 * the tab, axe clean, printed on US Letter in at most 2 pages with the site's frame gone and blank fields as
 * lines, and not one request off the app's origin. Answers are handed over as the start page hands an
 * opened file to the screener: in this tab's sessionStorage (lib/browser/persist.ts).
 */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const PENDING_KEY = "federal-relief-screener:opened";

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

for (const slug of LETTER_SLUGS) {
  test(`${slug}: filled from the answers, axe clean, ≤ 2 US Letter pages, nothing leaves the origin`, async ({ page, context, makeAxeBuilder }) => {
    const requests: string[] = [];
    context.on("request", (request) => requests.push(request.url()));
    await context.route((url) => url.origin !== ORIGIN, (route) => route.abort());
    await page.addInitScript(([key, facts]) => window.sessionStorage.setItem(key, facts), [PENDING_KEY, JSON.stringify({ facts: FIXTURES[slug] })] as const);

    await page.goto(`/letters/${slug}/?asOf=${ASOF}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("note")).toContainText("This is a template, not legal advice.");
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expect(page.getByText("There are no answers in this tab")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);

    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header")).toBeHidden();
    await expect(page.locator("footer")).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    const pdf = await page.pdf({ format: "Letter", printBackground: false });
    const pages = pageCount(pdf);
    console.log(`${slug}: ${pages} printed page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    expect(requests.filter((url) => new URL(url).origin !== ORIGIN)).toEqual([]);
  });
}

test("the warden request: a family member's terminal-illness request, with the 30-day date once the day received is typed", async ({ page }) => {
  await page.addInitScript(([key, facts]) => window.sessionStorage.setItem(key, facts), [PENDING_KEY, JSON.stringify({ facts: FIXTURES["warden-request"] })] as const);
  await page.goto(`/letters/warden-request/?asOf=${ASOF}`);
  await expect(page.getByText("For a terminal illness, the law lets a family member send this request")).toBeVisible();
  await expect(page.getByText("Date: December 3, 2026")).toBeVisible();
  await page.getByLabel("Your relative's full name").fill("Ana Ruiz");
  await page.getByLabel("The day the warden got it").fill("2026-12-10");
  await expect(page.getByText("30 days after that day is January 9, 2027.")).toBeVisible();
  await expect(page.getByText("reduce the sentence of Ana Ruiz")).toBeVisible();

  // Kept in this tab only: back after a reload, and nowhere else.
  await page.reload();
  await expect(page.getByLabel("Your relative's full name")).toHaveValue("Ana Ruiz");
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  expect(await page.context().cookies()).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("Ana Ruiz", { exact: true })).toBeVisible();
});

test("the warden request at its longest (every reason, a counselor, every field filled) still prints on 2 pages", async ({ page }) => {
  const facts = { ...FIXTURES["warden-request"], perspective: "counselor", crReasons: ["terminal-illness", "serious-medical-condition", "care-not-provided", "aging-decline", "caregiver-needed", "abuse-in-custody", "other"] };
  const words = "A plain sentence that a person might write to explain their case in some detail. ";
  const fields = { personName: "Ana Maria Ruiz Delgado", registerNumber: "12345-678", facility: "FMC Carswell", reasonDetails: words.repeat(5), releaseHome: words.repeat(2), releaseSupport: words.repeat(2), releaseTreatment: words.repeat(2), releasePayment: words.repeat(2), preparerName: "Jo Smith", receivedDate: "2026-12-10" };
  await page.addInitScript(([key, value, lettersKey, typed]) => {
    window.sessionStorage.setItem(key, value);
    window.sessionStorage.setItem(lettersKey, typed);
  }, [PENDING_KEY, JSON.stringify({ facts }), "federal-relief-screener:letters", JSON.stringify(fields)] as const);
  await page.goto(`/letters/warden-request/?asOf=${ASOF}`);
  await expect(page.getByText("Abuse suffered while in custody")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pages = pageCount(await page.pdf({ format: "Letter" }));
  console.log(`warden-request at its longest: ${pages} printed page(s)`);
  expect(pages).toBeLessThanOrEqual(2);
});

test("with no answers in the tab, a document still opens; blank fields and blanks print as lines", async ({ page, makeAxeBuilder }) => {
  await page.goto(`/letters/warden-request/?asOf=${ASOF}`);
  await expect(page.getByText("There are no answers in this tab")).toBeVisible();
  await expect(page.getByText("That day is:")).toBeVisible();
  expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  const releaseHome = page.locator("[data-lines]").filter({ has: page.locator("div") }).first();
  await expect(releaseHome).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel("Your full name")).toBeHidden();
  await expect(releaseHome).toBeVisible();
  const line = await releaseHome.locator("div").first().evaluate((el) => getComputedStyle(el).borderBottomStyle);
  expect(line).toBe("solid");
  await expect(page.locator("[data-blank]").first()).toBeVisible();
});

test("the index lists every document and works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/letters/`);
  await expect(page.getByRole("heading", { level: 1, name: "Letters and checklists" })).toBeVisible();
  await expect(page.locator('main a[href^="/letters/"]')).toHaveCount(LETTER_SLUGS.length);
  await context.close();
});
