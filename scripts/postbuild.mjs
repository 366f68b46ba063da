/**
 * After `next build`: the pages' scripts moved after their first paint (they must be in place before their
 * hashes are taken), the Content-Security-Policy (meta tags and _headers), then the service worker, whose
 * precache list must see the pages as they will be served. `npm run build` runs this.
 */
import { spawnSync } from "node:child_process";

for (const script of ["scripts/defer-scripts.mjs", "scripts/csp.mjs", "scripts/service-worker.mjs"]) {
  const { status } = spawnSync(process.execPath, [script, ...process.argv.slice(2)], { stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}
