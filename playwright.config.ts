import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the built static site (out/), served on 127.0.0.1 only.
 * The browser is Debian's Chromium when it is installed (or CHROME_PATH names one); elsewhere,
 * Playwright's own Chromium (`npx playwright install chromium`).
 */
/** The port out/ is served on: E2E_PORT, or 4173. */
const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const launchOptions = {
  ...(chromePath ? { executablePath: chromePath } : {}),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: origin,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      name: "mobile",
      // The persona journeys and results also run on a small phone screen.
      testMatch: /(journeys|results)\.spec\.ts/,
      use: { ...devices["Pixel 5"], launchOptions },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs ${port}`,
    url: origin,
    env: { NO_UPDATE_CHECK: "1" },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
