/**
 * First-load JS and CSS per route of the last `next build`, compressed as a host would send them.
 * Next 16 no longer prints sizes; it writes `.next/diagnostics/route-bundle-stats.json` (uncompressed JS
 * chunk lists). This adds gzip (level 9, as hosts serve static files) and brotli, and the route's CSS,
 * read from the stylesheets its built HTML links.
 *
 * Usage: `node scripts/first-load.mjs [--json]`; tests/e2e/budgets.spec.ts and scripts/audit-perf.mjs run it.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const STATS_FILE = ".next/diagnostics/route-bundle-stats.json";

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Routes share most chunks: compress each file once. */
const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const content = readFileSync(file);
    sizes.set(file, { raw: content.length, gzip: gzip(content), brotli: brotli(content) });
  }
  return sizes.get(file);
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name === "index.html") yield path;
  }
}

/** The built HTML pages of a route: `/paths/[id]` matches out/paths/2255/index.html and its siblings. */
function pagesOf(route, root) {
  const outDir = join(root, "out");
  const pattern = new RegExp(`^${route.replace(/\[[^\]]+\]/g, "[^/]+").replace(/\/$/, "")}/$`);
  const pages = [];
  for (const file of htmlFiles(outDir)) {
    const rel = relative(outDir, file).split(sep).join("/");
    const url = `/${rel.slice(0, -"index.html".length)}`;
    if (pattern.test(url)) pages.push(file);
  }
  return pages;
}

/** Every route's first-load JS and CSS. Throws, saying what to run, when there is no build. */
export function measure(root = process.cwd()) {
  const statsPath = join(root, STATS_FILE);
  if (!existsSync(statsPath)) throw new Error(`${STATS_FILE} not found: run \`npm run build\` first.`);
  const stats = JSON.parse(readFileSync(statsPath, "utf8"));
  return stats.map(({ route, firstLoadChunkPaths }) => {
    const chunks = firstLoadChunkPaths.map((path) => {
      // The served copy in out/ (.next/static may already hold a newer, unfinished build's chunks).
      const served = join(root, "out", path.replace(/^\.next\//, "_next/"));
      return { path, ...sizeOf(existsSync(served) ? served : join(root, path)) };
    });
    const cssFiles = new Set();
    for (const page of pagesOf(route, root)) {
      const html = readFileSync(page, "utf8");
      for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) cssFiles.add(href);
    }
    const css = [...cssFiles].map((href) => ({ path: href, ...sizeOf(join(root, "out", href.split("?")[0])) }));
    const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
    return {
      route,
      chunks: chunks.length,
      jsRaw: sum(chunks, "raw"),
      jsGzip: sum(chunks, "gzip"),
      jsBrotli: sum(chunks, "brotli"),
      cssRaw: sum(css, "raw"),
      cssGzip: sum(css, "gzip"),
      pages: pagesOf(route, root).length,
    };
  });
}

/** Sizes are reported in KiB (1,024 bytes), the unit of the budgets and its 131.7 kB framework baseline. */
export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = measure();
  if (process.argv.includes("--json")) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log("route".padEnd(22), "JS raw".padStart(10), "JS gzip".padStart(10), "JS br".padStart(10), "CSS gzip".padStart(10));
    for (const row of rows) {
      console.log(row.route.padEnd(22), kB(row.jsRaw).padStart(10), kB(row.jsGzip).padStart(10), kB(row.jsBrotli).padStart(10), kB(row.cssGzip).padStart(10));
    }
  }
}
