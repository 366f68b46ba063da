/**
 * The screener's page object. Methods are intents (answer the page in front of you from a set of facts,
 * continue, go back, change an answer); a persona is a facts object, so a journey reads as the person's
 * situation, and the page object answers only what the screener actually asks — and counts the pages.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import path from "node:path";
import { contentDir } from "@/lib/content/dir";
import { readMarkdown } from "@/lib/content/frontmatter";
import { sitePath, type Lang } from "@/lib/words/lang";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay, type UiWords } from "@/lib/words/say";

export type FactValue = string | number | readonly string[];
export type PersonaFacts = Readonly<Record<string, FactValue>>;

const DATE_PART = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Waits until the screener has started. Its first question is already in the static page, with
 * "Continue" disabled; answers given before the screener starts would be replaced by its own first screen.
 */
export async function screenerStarted(page: Page): Promise<void> {
  await expect(page.locator("[data-screen]")).toBeAttached();
}

/**
 * Records the page's visible <h1> on every animation frame from the next page load on, so a test can say
 * which headings a person could have seen, not only the last one. Read it with `headingsSeen(page)`.
 */
export async function recordHeadingsSeen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { headingsSeen: string[] }).headingsSeen = seen;
    const sample = () => {
      const heading = document.querySelector("main h1");
      const text = heading?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) ? heading.textContent?.trim() : undefined;
      if (text && seen.at(-1) !== text) seen.push(text);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

/** The visible headings recorded since the page loaded, in order, each once per run of frames. */
export function headingsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { headingsSeen: string[] }).headingsSeen);
}

export class ScreenerPage {
  /** The facts asked on each question page so far, in order. */
  readonly pagesAsked: string[][] = [];

  /** The screener's own words in the page's language (content/screener/flow.md or its Spanish mirror). */
  private readonly say: ReturnType<typeof makeSay>;

  constructor(
    readonly page: Page,
    readonly lang: Lang = "en",
  ) {
    // Read as data (lib/content/screener.ts is for the build only): the `strings` of content/screener/flow.md.
    const flow = readMarkdown(path.join(contentDir(lang), "screener", "flow.md")).data as { strings: UiWords };
    this.say = makeSay(flow.strings, DEFAULT_PERSPECTIVE);
  }

  /** Opens the screener with "today" fixed by `asOf`. */
  async open(asOf: string): Promise<void> {
    await this.page.goto(sitePath(this.lang, `/screener/?asOf=${asOf}`));
    await screenerStarted(this.page);
    await expect(this.form.or(this.checkAnswersHeading)).toBeVisible();
  }

  /** Goes from the start page through "Start now". */
  async startFromStartPage(asOf: string): Promise<void> {
    await this.page.goto(sitePath(this.lang, `/?asOf=${asOf}`));
    await this.page.getByRole("button", { name: this.say("start.startNow") }).click();
    await screenerStarted(this.page);
    await expect(this.form).toBeVisible();
  }

  get form(): Locator {
    return this.page.locator("form[data-page]");
  }
  get heading(): Locator {
    return this.page.locator("main h1");
  }
  get checkAnswersHeading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: this.say("review.title") });
  }
  get errorSummary(): Locator {
    return this.page.locator("[data-slot=error-summary]");
  }

  /** The page id of the question page on screen (for logs; never in the URL). */
  async pageId(): Promise<string> {
    return (await this.form.getAttribute("data-page")) ?? "";
  }

  /** The facts the page on screen asks, read from its controls' names. */
  async factsOnPage(): Promise<string[]> {
    const names = await this.form.locator("input[name], select[name]").evaluateAll((els) =>
      els.map((el) => (el as HTMLInputElement).name.replace(/\.(day|month|year|known)$/, "")),
    );
    return [...new Set(names)];
  }

  /** Fills one fact's control with a value. */
  async fill(fact: string, value: FactValue): Promise<void> {
    const form = this.form;
    if (Array.isArray(value)) {
      for (const box of await form.locator(`input[type=checkbox][name="${fact}"]`).all()) {
        await box.setChecked(value.includes((await box.getAttribute("value")) ?? ""));
      }
      return;
    }
    const text = String(value);
    const date = DATE_PART.exec(text);
    if (date && (await form.locator(`#${fact}-day`).count()) > 0) {
      await form.locator(`#${fact}-day`).fill(String(Number(date[3])));
      await form.locator(`#${fact}-month`).fill(String(Number(date[2])));
      await form.locator(`#${fact}-year`).fill(date[1]);
      return;
    }
    const radio = form.locator(`input[type=radio][name="${fact}"][value="${text}"]`);
    if ((await radio.count()) > 0) {
      await radio.check();
      return;
    }
    const select = form.locator(`select[name="${fact}"]`);
    if ((await select.count()) > 0) {
      await select.selectOption(text);
      return;
    }
    await form.locator(`#${fact}`).fill(text);
  }

  async continue(): Promise<void> {
    await this.page.getByRole("button", { name: this.say("nav.continue") }).click();
  }

  /** Answers the page on screen from the persona's facts and continues. */
  async answerPage(facts: PersonaFacts): Promise<string[]> {
    const asked: string[] = [];
    // Answers can reveal related questions on the same page: fill until nothing new appears.
    for (let round = 0; round < 10; round++) {
      const fresh = (await this.factsOnPage()).filter((fact) => !asked.includes(fact));
      if (fresh.length === 0) break;
      for (const fact of fresh) {
        if (!(fact in facts)) throw new Error(`The screener asked "${fact}" (page ${await this.pageId()}), which this persona does not give`);
        await this.fill(fact, facts[fact]);
        asked.push(fact);
      }
    }
    const screen = await this.screenNumber();
    await this.continue();
    await expect(this.page.locator("[data-screen]")).not.toHaveAttribute("data-screen", screen);
    this.pagesAsked.push(asked);
    return asked;
  }

  /** The same as `answerPage`, with the keyboard only: Tab, Space, arrow keys, typing and Enter. */
  async answerPageWithKeyboard(facts: PersonaFacts): Promise<string[]> {
    const asked: string[] = [];
    for (let round = 0; round < 10; round++) {
      const fresh = (await this.factsOnPage()).filter((fact) => !asked.includes(fact));
      if (fresh.length === 0) break;
      for (const fact of fresh) {
        if (!(fact in facts)) throw new Error(`The screener asked "${fact}" (page ${await this.pageId()}), which this persona does not give`);
        await this.keyboardFill(fact, facts[fact]);
        asked.push(fact);
      }
    }
    const screen = await this.screenNumber();
    await this.tabTo((el, label) => el.tagName === "BUTTON" && el.textContent === label, this.say("nav.continue"));
    await this.page.keyboard.press("Enter");
    await expect(this.page.locator("[data-screen]")).not.toHaveAttribute("data-screen", screen);
    this.pagesAsked.push(asked);
    return asked;
  }

  /** Presses Tab until the focused element passes `test` (which runs in the page). */
  async tabTo(test: (el: HTMLElement, arg?: string) => boolean, arg?: string): Promise<void> {
    const source = test.toString();
    for (let i = 0; i < 80; i++) {
      const hit = await this.page.evaluate(
        ([fn, a]) => {
          const el = document.activeElement as HTMLElement | null;
          return el ? (new Function(`return (${fn})`)() as (el: HTMLElement, a?: string) => boolean)(el, a) : false;
        },
        [source, arg] as const,
      );
      if (hit) return;
      await this.page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached the element (${source} ${arg ?? ""})`);
  }

  private async keyboardFill(fact: string, value: FactValue): Promise<void> {
    const kb = this.page.keyboard;
    const named = (el: HTMLElement, name?: string) => (el as HTMLInputElement).name === name;
    if (Array.isArray(value)) {
      const boxes = this.form.locator(`input[type=checkbox][name="${fact}"]`);
      const count = await boxes.count();
      await this.tabTo(named, fact);
      for (let i = 0; i < count; i++) {
        const box = boxes.nth(i);
        const want = value.includes((await box.getAttribute("value")) ?? "");
        if (want !== (await box.isChecked())) await kb.press("Space");
        if (i < count - 1) await kb.press("Tab");
      }
      return;
    }
    const text = String(value);
    const date = DATE_PART.exec(text);
    if (date && (await this.form.locator(`#${fact}-month`).count()) > 0) {
      // Month, day, year: the order the boxes are in.
      await this.tabTo((el, id) => el.id === id, `${fact}-month`);
      await kb.type(String(Number(date[2])));
      await kb.press("Tab");
      await kb.type(String(Number(date[3])));
      await kb.press("Tab");
      await kb.type(date[1]);
      return;
    }
    const radios = this.form.locator(`input[type=radio][name="${fact}"]`);
    if ((await radios.count()) > 0) {
      await this.tabTo(named, fact);
      await kb.press("Space");
      for (let i = 0; i < 12 && !(await this.form.locator(`input[type=radio][name="${fact}"][value="${text}"]`).isChecked()); i++) {
        await kb.press("ArrowDown");
      }
      await expect(this.form.locator(`input[type=radio][name="${fact}"][value="${text}"]`)).toBeChecked();
      return;
    }
    const select = this.form.locator(`select[name="${fact}"]`);
    if ((await select.count()) > 0) {
      await this.tabTo(named, fact);
      const label = (await select.locator(`option[value="${text}"]`).textContent()) ?? text;
      await kb.type(label);
      await expect(select).toHaveValue(text);
      return;
    }
    await this.tabTo((el, id) => el.id === id, fact);
    await kb.type(text);
  }

  /** The number of the screen on display (it changes on every move). */
  async screenNumber(): Promise<string> {
    return (await this.page.locator("[data-screen]").getAttribute("data-screen")) ?? "";
  }

  /** Answers page after page until "Check your answers". */
  async answerAll(facts: PersonaFacts, { limit = 40, keyboard = false } = {}): Promise<number> {
    for (let i = 0; i < limit; i++) {
      await expect(this.form.or(this.checkAnswersHeading)).toBeVisible();
      if (await this.checkAnswersHeading.isVisible()) return this.pagesAsked.length;
      if (keyboard) await this.answerPageWithKeyboard(facts);
      else await this.answerPage(facts);
    }
    throw new Error(`No "Check your answers" after ${limit} pages`);
  }

  /** Back, as the page's own Back link does it. */
  async back(): Promise<void> {
    await this.page.getByRole("button", { name: this.say("nav.back") }).click();
  }

  /** "Change" on check your answers, by the answer's label. */
  async change(label: string | RegExp): Promise<void> {
    await this.page.getByRole("button", { name: typeof label === "string" ? `Change ${label}` : label }).click();
    await expect(this.form).toBeVisible();
  }

  async seeResults(): Promise<void> {
    await this.page.getByRole("button", { name: this.say("review.seeResults") }).click();
    await expect(this.page.locator("[data-path]").first()).toBeAttached();
  }

  /** The result card of a path. */
  card(path: string): Locator {
    return this.page.locator(`[data-path="${path}"]`).first();
  }

  /** Asserts each path's `data-status`. */
  async expectStatuses(expected: Readonly<Record<string, string>>): Promise<void> {
    for (const [path, status] of Object.entries(expected)) {
      await expect(this.card(path), path).toHaveAttribute("data-status", status);
    }
  }

  /** The answers summary row values, keyed by fact. */
  async answerRow(fact: string): Promise<Locator> {
    return this.page.locator(`[data-testid=check-answers] [data-fact="${fact}"]`);
  }
}
