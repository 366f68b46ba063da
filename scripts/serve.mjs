/**
 * Serves out/ on 127.0.0.1 as `serve` would (serve-handler, gzip), with out/serve.json's headers.
 * `serve` itself refuses a serve.json of more than 50 header rules, and scripts/csp.mjs writes one rule per
 * page (each page's inline scripts hash differently), so with the Spanish pages the site has outgrown it.
 *
 * Usage: node scripts/serve.mjs [port] (default 3000).
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import compression from "compression";
import handler from "serve-handler";

const port = Number(process.argv[2] ?? 3000);
const config = { ...JSON.parse(readFileSync("out/serve.json", "utf8")), public: "out", etag: true };
const compress = compression();

http
  .createServer((request, response) => compress(request, response, () => void handler(request, response, config)))
  .listen(port, "127.0.0.1", () => console.log(`Serving out/ on http://127.0.0.1:${port}`));
