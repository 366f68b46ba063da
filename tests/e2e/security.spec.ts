import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { builtHtml, builtPages, OUT_DIR, readBuilt, watchCsp } from "./quality";
import { screenerStarted } from "./screener-page";

/**
 * Security headers and the Content-Security-Policy written by scripts/csp.mjs after the build (issue 6):
 * present on every page, strict, identical in the meta tag and `_headers`, and enforced in the browser with
 * no violation on any page.
 */
const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/;

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

test.describe("the policy in the built files", () => {
  test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "reads files: once is enough"));

  test("every page has a strict CSP meta tag before any script, and no-referrer", () => {
    const pages = builtHtml();
    expect(pages.length).toBeGreaterThan(3);
    for (const { file, path } of pages) {
      const html = readBuilt(file);
      const meta = html.match(META);
      expect(meta, `${path}: no CSP meta tag`).not.toBeNull();
      expect(html.match(new RegExp(META.source, "g"))?.length, `${path}: one CSP meta tag`).toBe(1);
      expect(meta!.index!, `${path}: the CSP comes before the first script`).toBeLessThan(html.indexOf("<script"));
      const policy = directives(meta![1]);
      expect(policy.get("default-src"), path).toEqual(["'self'"]);
      expect(policy.get("object-src"), path).toEqual(["'none'"]);
      expect(policy.get("base-uri"), path).toEqual(["'none'"]);
      for (const values of policy.values()) {
        expect(values, path).not.toContain("'unsafe-eval'");
        expect(values, path).not.toContain("'unsafe-inline'");
        expect(values, path).not.toContain("*");
      }
      expect(policy.get("script-src")!.slice(1).every((value) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(value)), path).toBe(true);
      expect(html, `${path}: referrer`).toContain('<meta name="referrer" content="no-referrer"/>');
    }
  });

  test("_headers repeats each page's policy with frame-ancestors, and sets the common headers", () => {
    const file = join(OUT_DIR, "_headers");
    expect(existsSync(file)).toBe(true);
    const headers = readBuilt(file);
    for (const header of [
      "Referrer-Policy: no-referrer",
      "X-Content-Type-Options: nosniff",
      "X-Frame-Options: DENY",
      "Permissions-Policy: ",
    ]) {
      expect(headers).toContain(`  ${header}`);
    }
    const lines = headers.split("\n");
    for (const { file: html, path } of builtHtml()) {
      const meta = readBuilt(html).match(META)![1];
      const at = lines.indexOf(path);
      expect(at, `${path} in _headers`).toBeGreaterThan(0);
      expect(lines[at + 1]).toBe(`  Content-Security-Policy: ${meta}; frame-ancestors 'none'`);
      expect(lines[at + 1].length, "Cloudflare Pages caps a _headers line at 2,000 characters").toBeLessThan(2000);
    }
  });
});

test.describe("the README's server sends the headers", () => {
  test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "one browser is enough"));

  test("every page served by `npm run serve` carries _headers' policy and the common headers", async ({ request }) => {
    for (const { file: html, path } of builtHtml()) {
      if (path.endsWith(".html")) continue; // error pages are served with their status only where they apply
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const meta = readBuilt(html).match(META)![1];
      expect(headers["content-security-policy"], path).toBe(`${meta}; frame-ancestors 'none'`);
      expect(headers["referrer-policy"], path).toBe("no-referrer");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["x-frame-options"], path).toBe("DENY");
    }
    const script = await request.get("/sw.js");
    expect(script.headers()["cache-control"]).toBe("no-cache");
    expect(script.headers()["x-content-type-options"]).toBe("nosniff");
  });
});

test.describe("the policy in the browser", () => {
  test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "one browser is enough"));

  test("no page reports a CSP violation", async ({ page }) => {
    test.setTimeout(150_000); // every built page, each until its network is idle
    const violations = await watchCsp(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
    for (const path of builtPages()) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expect(page.locator("h1").first(), path).toBeVisible();
    }
    expect(violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("it is enforced: an injected inline script and a string timer (eval) do not run, and are reported", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/");
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true;";
      document.head.append(script);
      // A string passed to setTimeout is eval'd in the page's own context, where the policy applies
      // (page.evaluate itself is exempt, as DevTools is).
      (window.setTimeout as unknown as (code: string, ms: number) => number)("window.__evaluated = true;", 0);
    });
    await expect.poll(() => violations().length).toBeGreaterThanOrEqual(2);
    const ran = await page.evaluate(() => {
      const w = window as unknown as { __injected?: boolean; __evaluated?: boolean };
      return { injected: w.__injected === true, evaluated: w.__evaluated === true };
    });
    expect(ran).toEqual({ injected: false, evaluated: false });
    expect(violations().join("\n")).toMatch(/script-src/);
  });

  test("a remote script or image is refused", async ({ page }) => {
    const violations = await watchCsp(page);
    const fetched: string[] = [];
    page.on("response", (response) => {
      if (!response.url().startsWith(`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`)) fetched.push(response.url());
    });
    await page.goto("/");
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.src = "https://example.com/tracker.js";
      document.head.append(script);
      const image = document.createElement("img");
      image.src = "https://example.com/pixel.gif";
      document.body.append(image);
    });
    await expect.poll(() => violations().length).toBeGreaterThanOrEqual(2);
    expect(fetched).toEqual([]);
  });
});

test.describe("hostile answers files", () => {
  test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "one browser is enough"));

  const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  const FILES: [string, string | Buffer][] = [
    ["markup in keys and values", JSON.stringify({ [XSS]: "yes", court: XSS, facts: { court: XSS } })],
    ["markup in a saved file", JSON.stringify({ format: "federal-relief-screener/answers", version: 1, savedAt: XSS, facts: { [XSS]: XSS } })],
    ["__proto__ and constructor keys", '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"court":"federal"}'],
    ["10,000-deep nesting", deep(10_000)],
    ["10 MB", Buffer.alloc(10 * 1024 * 1024, "a")],
    ["an HTML page", `<!doctype html>${XSS}`],
    ["wrong types", JSON.stringify({ court: 1, prisonMonths: "sixty", legalError: "none-known" })],
  ];

  for (const [name, content] of FILES) {
    test(`${name}: refused with a message, answers untouched, nothing rendered as HTML`, async ({ page }) => {
      const violations = await watchCsp(page);
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // Some answers first, so there is something to keep.
      await page.goto("/screener/?asOf=2026-11-23");
      await screenerStarted(page);
      const form = page.locator("form[data-page]");
      await form.getByRole("radio").first().check();
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.locator("main h1")).not.toHaveText(/Who is answering/);
      await page.goto("/?asOf=2026-11-23");
      const before = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)));

      await page.getByLabel("Open answers file").first().setInputFiles({
        name: "answers.json",
        mimeType: "application/json",
        buffer: typeof content === "string" ? Buffer.from(content) : content,
      });
      await page.getByRole("button", { name: "Open this file" }).first().click();
      const alert = page.locator("main [role=alert]").filter({ hasText: /\S/ }).first();
      await expect(alert).toBeVisible();
      expect(await alert.textContent()).not.toMatch(/^\s*$/);

      expect(page.url(), "stays on the start page").toMatch(/\/\?asOf=2026-11-23$/);
      expect(await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage))), "answers untouched").toBe(before);
      const injected = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: number }).__xss ?? null,
        polluted: ({} as Record<string, unknown>).polluted ?? null,
        images: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.querySelectorAll("main script")].length,
      }));
      expect(injected).toEqual({ xss: null, polluted: null, images: 0, scripts: 0 });
      expect(dialogs).toEqual([]);
      expect(violations()).toEqual([]);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test.beforeEach(() => test.skip(test.info().project.name !== "desktop", "one browser is enough"));

  test("the static first question can be read but not sent: nothing to choose, Enter goes nowhere, no answer in a URL", async ({ page }) => {
    await page.goto("/screener/?asOf=2026-11-23");
    const form = page.locator("form[data-page]");
    await expect(form.locator("h1")).toBeVisible();
    for (const control of await form.locator("input, button").all()) await expect(control).toBeDisabled();
    await form.locator("input").first().focus().catch(() => undefined);
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    expect(page.url()).toBe(new URL("/screener/?asOf=2026-11-23", page.url()).href);
  });
});
