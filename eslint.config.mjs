import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Site links are plain <a>: next/link's client router code and its prefetches of every linked page cost
    // each page ~2.5 KiB of first-load JS and a first visit ~12 kB (#14); the service worker keeps pages seen.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  globalIgnores([".next/**", "out/**", "next-env.d.ts", "playwright-report/**", "test-results/**", "reports/**", "public/sw.js"]),
]);
