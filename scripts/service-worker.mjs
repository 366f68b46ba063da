/**
 * Writes out/sw.js from lib/offline/service-worker.js after the build (and after scripts/csp.mjs, so the
 * pages are cached as served): the precache list is every file of the static export, and the version is a
 * hash of their contents, so any change to the site makes a new service worker and a fresh cache.
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

/** The URL each file is served at: pages by their directory (/paths/2255/), everything else by its path. */
export function precacheList(outDir) {
  const entries = [];
  for (const file of files(outDir)) {
    const rel = relative(outDir, file).split(sep).join("/");
    if (SKIP.some((pattern) => pattern.test(rel))) continue;
    const url = rel === "index.html" ? "/" : rel.endsWith("/index.html") ? `/${rel.slice(0, -"index.html".length)}` : `/${rel}`;
    const content = readFileSync(file);
    entries.push({ url, bytes: content.length, hash: createHash("sha256").update(content).digest("hex") });
  }
  return entries.sort((a, b) => a.url.localeCompare(b.url));
}

export function writeServiceWorker(outDir) {
  const entries = precacheList(outDir);
  const version = createHash("sha256")
    .update(entries.map((entry) => `${entry.url} ${entry.hash}`).join("\n"))
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
