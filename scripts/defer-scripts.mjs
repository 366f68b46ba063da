/**
 * After `next build`, before scripts/csp.mjs: every page's scripts are requested after its first paint.
 *
 * Next writes its chunks as `<script src async>` in the <head> (and a `<link rel="preload" as="script">` for
 * the page's own), so on a slow connection they share the line with the page and its style sheet before
 * anything is painted — about 130 kB compressed, most of a second on slow 4G — though every page reads
 * and works as plain HTML first (the links are links; the first question is in the page). Here those tags
 * are replaced by one small inline script at the end of <body> that adds the same scripts, in the same
 * order, once the browser has painted (a frame, then a task); a tab that is not shown loads them after a
 * second. A screener page that is bringing back kept answers shows only a short note until its script
 * runs (lib/browser/resuming.ts), so it loads them at once. The `noModule` polyfills stay as they are.
 *
 * Idempotent: a page already rewritten has no such tags left. Usage: `node scripts/defer-scripts.mjs [outDir]`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/g;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/g;

/** The inline loader: plain ES5, as it runs before any bundle. */
export const loader = (sources) =>
  `(function(){var s=${JSON.stringify(sources)},d=document,g=0;function go(){if(g)return;g=1;for(var i=0;i<s.length;i++){var e=d.createElement("script");e.src=s[i];e.async=true;d.head.appendChild(e)}}if(d.documentElement.hasAttribute("data-resuming"))go();else{requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,1000)}})()`;

/** One page, rewritten: its async scripts loaded by the inline loader after the first paint. */
export function deferScripts(html) {
  const sources = [...html.matchAll(ASYNC_SCRIPT)].map(([, src]) => src);
  if (sources.length === 0) return html;
  const rest = html.replace(ASYNC_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  const at = rest.lastIndexOf("</body>");
  if (at < 0) throw new Error("A page with scripts but no </body>");
  return `${rest.slice(0, at)}<script>${loader([...new Set(sources)])}</script>${rest.slice(at)}`;
}

function* pages(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pages(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  let count = 0;
  for (const path of pages(outDir)) {
    const html = readFileSync(path, "utf8");
    const deferred = deferScripts(html);
    if (deferred !== html) {
      writeFileSync(path, deferred);
      count += 1;
    }
  }
  console.log(`defer-scripts: ${count} pages load their scripts after the first paint`);
}
