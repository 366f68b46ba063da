/**
 * Helpers for the quality-gate specs (issue 6): the built pages, and a watch for CSP violations that
 * survives navigations.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Page } from "@playwright/test";

export const OUT_DIR = "out";

function* indexFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* indexFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/** Every built HTML file, with the URL path it is served at. */
export function builtHtml(): { file: string; path: string }[] {
  return [...indexFiles(OUT_DIR)]
    .map((file) => {
      const rel = relative(OUT_DIR, file).split(sep).join("/");
      const path = rel === "index.html" ? "/" : rel.endsWith("/index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`;
      return { file, path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The site's pages as a visitor reaches them (not the 404 files). */
export function builtPages(): string[] {
  return builtHtml()
    .map(({ path }) => path)
    .filter((path) => path.endsWith("/") && !/^\/(404|_not-found)\//.test(path));
}

export const readBuilt = (file: string) => readFileSync(file, "utf8");

/**
 * Records every Content-Security-Policy violation on this page, across navigations: the
 * `securitypolicyviolation` event (reported through an exposed function) and Chromium's console
 * messages about the policy. Call before the first `goto`.
 */
export async function watchCsp(page: Page): Promise<() => string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return () => [...violations];
}
