/**
 * What a Spanish page shows a reader, for the English-leak check (lib/spanish/leak.ts): the visible text, one
 * block per line, without the parts marked as English (`lang="en"`, such as the site's name, a document to
 * sign or the statute's list of offenses), scripts, hidden and screen-reader-only text.
 */
import type { Page } from "@playwright/test";
import { franc } from "franc-min";
import { englishNames } from "../unit/spanish/es-files";
import { findLeaks } from "@/lib/spanish/leak";

export async function visibleSpanish(page: Page): Promise<string> {
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

const names = englishNames();

/** The blocks of the page's visible text that read as English. */
export async function englishLeaks(page: Page): Promise<string[]> {
  return findLeaks(await visibleSpanish(page), { detect: franc, englishNames: names });
}
