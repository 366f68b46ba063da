/**
 * Content-Security-Policy for the static export, after `next build`.
 *
 * Next writes inline bootstrap scripts (`self.__next_f.push(…)`, the `_R_` script) into every page, different
 * on every page, so the policy is computed here from the built files: each inline script, inline <style> and
 * style attribute is hashed (sha256), and the page gets
 *  - a `<meta http-equiv="Content-Security-Policy">` as the first element of its <head>, before any script;
 *  - a `_headers` entry (Netlify / Cloudflare Pages style) with the same policy plus `frame-ancestors 'none'`
 *    (ignored in a meta tag), and for every path: Referrer-Policy no-referrer, nosniff, Permissions-Policy;
 *  - the same headers as a `serve.json` (serve-handler's `headers` option), so `npm start` / `npm run serve` send
 *    exactly what a static host reading `_headers` would.
 * No 'unsafe-inline', no 'unsafe-eval': only the hashed inline code runs.
 *
 * Idempotent: running it twice gives the same files. Usage: `node scripts/csp.mjs [outDir]`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Headers every response gets, whatever the host. */
export const COMMON_HEADERS = {
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy":
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
};

const META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/g;

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Attribute values are HTML-escaped in the file; the browser hashes the decoded value. */
const decodeAttribute = (value) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hashes a page needs: inline scripts, inline style elements, style attributes. */
export function inlineHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  const styleAttributes = new Set();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    scripts.add(sha256(body));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(sha256(body));
  for (const [, value] of html.matchAll(/\sstyle="([^"]*)"/g)) styleAttributes.add(sha256(decodeAttribute(value)));
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), styleAttributes: [...styleAttributes].sort() };
}

/** The policy for one page; `header` adds what only a response header can carry. */
export function policyFor({ scripts, styles, styleAttributes }, { header = false } = {}) {
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scripts],
    ["style-src", "'self'", ...styles],
    ...(styleAttributes.length > 0 ? [["style-src-attr", "'unsafe-hashes'", ...styleAttributes]] : []),
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["manifest-src", "'self'"],
    ["worker-src", "'self'"],
    ["frame-src", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ...(header ? [["frame-ancestors", "'none'"]] : []),
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** Put the meta tag first in <head> (replacing an earlier one), so it governs every script after it. */
export function injectMeta(html, policy) {
  const cleaned = html.replace(META_PATTERN, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const head = cleaned.match(/<head\b[^>]*>/i);
  if (!head) throw new Error("no <head> in page");
  const at = head.index + head[0].length;
  // Keep <meta charset> first: the spec wants it within the first 1024 bytes, and it is harmless before CSP.
  const charset = cleaned.slice(at).match(/^<meta charSet="utf-8"\/>/i);
  const insertAt = charset ? at + charset[0].length : at;
  return cleaned.slice(0, insertAt) + meta + cleaned.slice(insertAt);
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/** The URL path a host serves a file at: out/a/index.html → /a/, out/404.html → /404.html. */
export function urlPathOf(outDir, file) {
  const rel = relative(outDir, file).split(sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
}

/** Apply the policy to every page in `outDir`; returns { pages: [{ path, policy }], headers }. */
export function applyCsp(outDir) {
  const pages = [];
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8").replace(META_PATTERN, "");
    const hashes = inlineHashes(html);
    const policy = policyFor(hashes);
    writeFileSync(file, injectMeta(html, policy));
    pages.push({ path: urlPathOf(outDir, file), policy, headerPolicy: policyFor(hashes, { header: true }) });
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));
  const lines = ["# Written by scripts/csp.mjs after `next build`: one policy per page (inline-script hashes differ).", "/*"];
  for (const [name, value] of Object.entries(COMMON_HEADERS)) lines.push(`  ${name}: ${value}`);
  lines.push("/_next/static/*", "  Cache-Control: public, max-age=31536000, immutable");
  lines.push("/sw.js", "  Cache-Control: no-cache");
  for (const { path, headerPolicy } of pages) lines.push(path, `  Content-Security-Policy: ${headerPolicy}`);
  const headers = `${lines.join("\n")}\n`;
  writeFileSync(join(outDir, "_headers"), headers);
  writeFileSync(join(outDir, "serve.json"), `${JSON.stringify(serveConfig(pages), null, 2)}\n`);
  return { pages, headers };
}

/** serve-handler matches a header rule against the served file's path, relative to the folder served. */
const fileOf = (urlPath) => (urlPath === "/" ? "index.html" : urlPath.endsWith("/") ? `${urlPath.slice(1)}index.html` : urlPath.slice(1));
const asHeaders = (record) => Object.entries(record).map(([key, value]) => ({ key, value }));

/** The `_headers` rules for `serve` (https://github.com/vercel/serve-handler#headers-array). */
export function serveConfig(pages) {
  return {
    headers: [
      { source: "**", headers: asHeaders(COMMON_HEADERS) },
      { source: "_next/static/**", headers: asHeaders({ "Cache-Control": "public, max-age=31536000, immutable" }) },
      { source: "sw.js", headers: asHeaders({ "Cache-Control": "no-cache" }) },
      ...pages.map(({ path, headerPolicy }) => ({ source: fileOf(path), headers: asHeaders({ "Content-Security-Policy": headerPolicy }) })),
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const { pages } = applyCsp(outDir);
  const longest = Math.max(...pages.map((page) => page.headerPolicy.length));
  console.log(`CSP: ${pages.length} pages hashed; _headers and serve.json written; longest policy ${longest} characters.`);
  // Cloudflare Pages caps a _headers line at 2,000 characters.
  if (longest > 1950) console.warn("CSP: a policy is close to Cloudflare's 2,000-character _headers line limit.");
}
