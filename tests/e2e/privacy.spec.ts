import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { FACT_NAMES } from "@/rules/facts/schema";
import { PAGES } from "@/lib/screener/pages";
import { PERSONAS, type Persona } from "../unit/screener/personas";
import { watchCsp } from "./quality";
import { ScreenerPage } from "./screener-page";

/**
 * Privacy, proven over full journeys (issue 6): every request goes to the app's own origin; no cookies;
 * nothing in localStorage; sessionStorage emptied by "Start again" and by quick exit; no answer value or
 * question id in any URL; and once the screener has loaded, answering every question and reaching the
 * results makes no network request at all. The quick-exit navigation is the one deliberate exception:
 * it is intercepted here, so the test never leaves 127.0.0.1.
 */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
/** The journeys below that need one persona use the relative of someone in prison (a long journey). */
const persona = PERSONAS.find((p) => p.name.startsWith("a relative")) ?? PERSONAS[0];

interface Recorder {
  requests: string[];
  navigations: string[];
  /** Requests since `mark()`. */
  since: () => string[];
  mark: () => void;
}

/** Records every request (pages and the service worker) and every navigation of the page. */
async function record(context: BrowserContext, page: Page): Promise<Recorder> {
  const requests: string[] = [];
  const navigations: string[] = [];
  let marked = 0;
  context.on("request", (request) => requests.push(request.url()));
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  // Anything not on our origin would be a leak; answer it locally so nothing ever leaves the machine.
  await context.route(
    (url) => url.origin !== ORIGIN,
    (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Elsewhere</title><h1>Elsewhere</h1>" }),
  );
  return { requests, navigations, since: () => requests.slice(marked), mark: () => void (marked = requests.length) };
}

/** Strings that must never appear in a URL: every question id and fact name, and the persona's answers. */
function secrets(persona: Persona): RegExp[] {
  const ids = new Set<string>([...FACT_NAMES, ...PAGES.map((page) => page.id)]);
  const values = Object.values(persona.facts)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .map(String)
    // Short numbers (0, 2, 48) turn up in file hashes by chance; dates and words do not.
    .filter((value) => value.length >= 4 && !/^\d{1,4}$/.test(value));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...ids, ...values].map((text) => new RegExp(`(^|[^A-Za-z0-9])${escape(text)}([^A-Za-z0-9]|$)`, "i"));
}

/** The part of a URL a person or a server log could read an answer from (static files excluded). */
function readable(url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.pathname.startsWith("/_next/static/")) return parsed.search ? `${parsed.search}${parsed.hash}` : undefined;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

function expectNoSecretsIn(persona: Persona, urls: string[]) {
  const patterns = secrets(persona);
  const leaks = urls.flatMap((url) => {
    const text = readable(url);
    return text === undefined ? [] : patterns.filter((pattern) => pattern.test(decodeURIComponent(text))).map((pattern) => `${url} ~ ${pattern.source}`);
  });
  expect(leaks, "answers or question ids in URLs").toEqual([]);
}

/**
 * sessionStorage entries that still hold an answer. After "Start again" the screener may store its fresh,
 * empty state, so "emptied" means: no answer left in it.
 */
async function leftoverAnswers(page: Page, persona: Persona): Promise<string[]> {
  const session = await page.evaluate(() => Object.entries(window.sessionStorage));
  // Text answers, quoted as JSON stores them (numbers are left out: a stored `"cursor":0` is not an answer).
  const values = Object.values(persona.facts)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === "string" && value !== persona.asOf)
    .map((value) => JSON.stringify(value));
  return session
    .filter(([, value]) => /"answers":\{[^}]/.test(value) || /"stash":\{[^}]/.test(value) || values.some((answer) => value.includes(answer)))
    .map(([key]) => key);
}

async function storageOf(page: Page) {
  return page.evaluate(() => ({
    local: Object.keys(window.localStorage),
    session: Object.keys(window.sessionStorage),
    cookie: document.cookie,
  }));
}

/** Load the screener and let the first load finish: the service worker installed and in control. */
async function openScreener(page: Page, screener: ScreenerPage, persona: Persona) {
  await screener.open(persona.asOf);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  await page.waitForLoadState("networkidle");
}

test.describe("privacy", () => {
  test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "one browser is enough"));

  for (const persona of PERSONAS) {
  test(`${persona.name}: only our origin, no cookies or localStorage, nothing in URLs, no request while answering`, async ({ page, context }) => {
    const violations = await watchCsp(page);
    const recorder = await record(context, page);
    const screener = new ScreenerPage(page);
    const urlsSeen: string[] = [];

    await openScreener(page, screener, persona);
    recorder.mark();
    for (let i = 0; i < 40 && !(await screener.checkAnswersHeading.isVisible()); i++) {
      await screener.answerPage(persona.facts);
      urlsSeen.push(page.url());
      expect((await storageOf(page)).local, "localStorage").toEqual([]);
    }
    await expect(screener.checkAnswersHeading).toBeVisible();
    await screener.seeResults();
    urlsSeen.push(page.url());
    await page.waitForLoadState("networkidle");
    // Let anything lazy (prefetches, idle callbacks) have its chance to show up.
    await page.waitForTimeout(1000);

    expect(recorder.since(), "requests after the screener's first load").toEqual([]);
    expect(new Set(urlsSeen), "the screener's URL never changes").toEqual(new Set([`${ORIGIN}/screener/?asOf=${persona.asOf}`]));
    expect(recorder.requests.filter((url) => new URL(url).origin !== ORIGIN), "requests to other origins").toEqual([]);
    // The service worker's precache requests (every file of the site, the same for everyone) come before
    // the mark; what depends on the person is the page's URL, its navigations and anything after the mark.
    expectNoSecretsIn(persona, [...recorder.navigations, ...urlsSeen, ...recorder.since()]);
    expect(recorder.requests.filter((url) => new URL(url).search !== "" && !url.startsWith(`${ORIGIN}/screener/?asOf=`) && !/\?([\w.-]+\.svg|_rsc=[\w-]+)$/.test(url)), "query strings").toEqual([]);

    const stored = await storageOf(page);
    expect(stored.local, "localStorage").toEqual([]);
    expect(stored.cookie, "document.cookie").toBe("");
    expect(await context.cookies(), "cookies").toEqual([]);
    expect(violations(), "CSP violations").toEqual([]);
  });
  }

  test('"Start again" empties sessionStorage', async ({ page, context }) => {
    const recorder = await record(context, page);
    const screener = new ScreenerPage(page);
    await openScreener(page, screener, persona);
    await screener.answerPage(persona.facts);
    await screener.answerPage(persona.facts);
    expect((await storageOf(page)).session.length, "answers are kept in sessionStorage").toBeGreaterThan(0);
    // "Start again" is on check your answers: open a saved file on the start page to get there in one step.
    await page.goto(`/?asOf=${persona.asOf}`);
    await page.getByLabel("Open answers file").first().setInputFiles({
      name: "answers.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "federal-relief-screener/answers", version: 1, savedAt: "2026-11-20T00:00:00Z", facts: persona.facts })),
    });
    await page.getByRole("button", { name: "Open this file" }).first().click();
    await expect(screener.checkAnswersHeading).toBeVisible();
    await page.getByRole("button", { name: "Start again" }).click();
    await expect(screener.form).toBeVisible();
    expect(await leftoverAnswers(page, persona), "answers left in sessionStorage after Start again").toEqual([]);
    expect(recorder.requests.filter((url) => new URL(url).origin !== ORIGIN)).toEqual([]);
  });

  test.describe("before the page's scripts", () => {
    // Requests the service worker answered would not pass through the page's routes.
    test.use({ serviceWorkers: "block" });
    test("quick exit by the button works before the page's scripts have run: answers cleared, history entry replaced", async ({ page, context }) => {
      await record(context, page);
      await page.goto("/about/");
      await page.evaluate(() => sessionStorage.setItem("federal-relief-screener", "{}"));
      // The page as it is before its scripts arrive (they come after the first paint): none of them ever runs.
      await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
      await page.goto("/privacy/");
      const exit = page.getByRole("link", { name: /Exit this page/ }).first();
      await expect(exit).not.toHaveAttribute("data-ready");
      const historyLength = await page.evaluate(() => window.history.length);
      await exit.click();
      await page.waitForURL("https://www.weather.gov/");
      expect(await page.evaluate(() => window.history.length), "history entries").toBe(historyLength);
      await page.unroute("**/_next/static/chunks/*.js");
      await page.goBack();
      await expect(page).toHaveURL(/\/about\/$/);
      expect((await storageOf(page)).session, "sessionStorage after quick exit").toEqual([]);
    });
  });

  for (const how of ["the button", "Shift pressed three times"] as const) {
    test(`quick exit by ${how} empties sessionStorage and replaces the history entry`, async ({ page, context }) => {
      const recorder = await record(context, page);
      const screener = new ScreenerPage(page);
      await page.goto("/about/");
      await openScreener(page, screener, persona);
      await screener.answerPage(persona.facts);
      expect((await storageOf(page)).session.length).toBeGreaterThan(0);

      const historyLength = await page.evaluate(() => window.history.length);
      if (how === "the button") await page.getByRole("link", { name: /Exit this page/ }).first().click();
      else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await page.waitForURL((url) => url.origin !== ORIGIN);
      expect(page.url()).toBe("https://www.weather.gov/");
      // Replaced, not pushed: the entry on screen became the neutral site.
      expect(await page.evaluate(() => window.history.length), "history entries").toBe(historyLength);

      // Back in this tab on a page that stores nothing, sessionStorage is empty.
      await page.goto("/about/");
      // Its scripts come after its first paint: going back while they start would race them.
      await page.waitForLoadState("networkidle");
      expect((await storageOf(page)).session, "sessionStorage after quick exit").toEqual([]);
      // Back through history: the earlier steps of the screener (same URL) show no answers.
      await page.goBack();
      await page.goBack();
      expect(await leftoverAnswers(page, persona), "answers after going back").toEqual([]);

      const elsewhere = recorder.requests.filter((url) => new URL(url).origin !== ORIGIN);
      // (Requested twice: the exit, and our own Back through it.)
      expect(new Set(elsewhere), "the only request elsewhere is the quick-exit navigation").toEqual(new Set(["https://www.weather.gov/"]));
      expectNoSecretsIn(persona, recorder.navigations);
    });
  }
});
