/**
 * Writes out/sw.js from lib/offline/service-worker.js after the build (and after scripts/csp.mjs, so the
 * pages are cached as served). The precache list is only what the screener needs offline — the start page,
 * the screener page, its results words, and every script, style sheet or image those pages reach, followed
 * through the scripts that load other scripts (not the `noModule` polyfills) — so a first visit on a prepaid
 * plan downloads no page the person has not opened; other pages are kept as they are visited. The version is a hash of the whole
 * export, so any change to the site makes a new service worker and a fresh cache.
 *
 * Why not Serwist: @serwist/next hooks webpack (Next 16 builds with Turbopack), @serwist/turbopack serves
 * the worker from a route handler bundled with esbuild, and plain `serwist` still needs a bundler to make a
 * classic sw.js. A fully static site with every file known at build time needs only precache-on-install and
 * cache-first fetches: about thirty lines, with no dependency.
 *
 * Usage: `node scripts/service-worker.mjs [outDir]`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const SOURCE = fileURLToPath(new URL("../lib/offline/service-worker.js", import.meta.url));

/**
 * Files a visitor never needs offline, or that some hosts serve only through a redirect (a redirected
 * response cannot answer a navigation): the worker itself, host config, source maps, the 404 pages; and the
 * React Server Component payloads (*.txt, as large as the pages): offline, Next's router falls back to a full
 * page load when one cannot be fetched, and the page comes from the cache.
 */
const SKIP = [/^sw\.js$/, /^_headers$/, /^serve\.json$/, /\.map$/, /\.txt$/, /^404(\.html|\/)/, /^_not-found\//, /(^|\/)(?!index\.html$)[^/]+\.html$/];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** The pages the screener needs offline, and the files they fetch as data. */
const SCREENER_ROOTS = ["index.html", "screener/index.html", "screener/results.json", "icon.svg"];
/** A built asset named inside a page or a script: `/_next/static/…` or a chunk path without the prefix. */
const ASSET = /(?:\/_next\/)?static\/[\w-]+\/[\w.\/-]+\.(?:js|css|svg|woff2)/g;
/**
 * A `<script noModule>`: Next's polyfills (core-js, about 40 kB compressed), which only a browser without
 * module scripts runs; every browser with a service worker runs modules, so it never fetches them.
 */
const NO_MODULE_SCRIPT = /<script\b[^>]*\bnoModule\b[^>]*>/gi;

/** The assets a page or script names, less the scripts a browser with a service worker never runs. */
function assetsNamedIn(text) {
  const skipped = new Set([...text.matchAll(NO_MODULE_SCRIPT)].flatMap(([tag]) => [...tag.matchAll(ASSET)].map(([name]) => name)));
  return [...text.matchAll(ASSET)].map(([name]) => name).filter((name) => !skipped.has(name));
}

/** The URL each file is served at: pages by their directory (/paths/2255/), everything else by its path. */
const urlOf = (rel) => (rel === "index.html" ? "/" : rel.endsWith("/index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`);

/** Every file of the export that is served (host config, maps, RSC payloads and error pages left out). */
export function servedFiles(outDir) {
  const entries = [];
  for (const file of files(outDir)) {
    const rel = relative(outDir, file).split(sep).join("/");
    if (SKIP.some((pattern) => pattern.test(rel))) continue;
    const content = readFileSync(file);
    entries.push({ rel, url: urlOf(rel), bytes: content.length, hash: createHash("sha256").update(content).digest("hex") });
  }
  return entries.sort((a, b) => a.url.localeCompare(b.url));
}

/** The screener's files: its roots, then every asset they name, followed through scripts that name more. */
export function precacheList(outDir, served = servedFiles(outDir)) {
  const byRel = new Map(served.map((entry) => [entry.rel, entry]));
  const reached = new Set();
  const queue = SCREENER_ROOTS.filter((rel) => byRel.has(rel));
  while (queue.length > 0) {
    const rel = queue.pop();
    if (reached.has(rel)) continue;
    reached.add(rel);
    if (!/\.(html|js|css)$/.test(rel)) continue;
    for (const name of assetsNamedIn(readFileSync(join(outDir, rel), "utf8"))) {
      const asset = name.startsWith("/_next/") ? name.slice(1) : `_next/${name}`;
      if (byRel.has(asset) && !reached.has(asset)) queue.push(asset);
    }
  }
  return served.filter((entry) => reached.has(entry.rel));
}

export function writeServiceWorker(outDir) {
  const served = servedFiles(outDir);
  const entries = precacheList(outDir, served);
  const version = createHash("sha256")
    .update(served.map((entry) => `${entry.url} ${entry.hash}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  const source = readFileSync(SOURCE, "utf8")
    .replace('"__SW_VERSION__"', JSON.stringify(version))
    .replace('["__SW_PRECACHE__"]', JSON.stringify(entries.map((entry) => entry.url)));
  writeFileSync(join(outDir, "sw.js"), source);
  return { version, entries };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version, entries } = writeServiceWorker(process.argv[2] ?? "out");
  const kB = entries.reduce((sum, entry) => sum + entry.bytes, 0) / 1024;
  console.log(`Service worker ${version}: ${entries.length} files precached (${kB.toFixed(1)} kB).`);
}
