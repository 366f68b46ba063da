/**
 * Every Spanish content file is served: content/es/pages/<slug>.md at /es/<slug>/ and content/es/paths/<id>.md
 * at /es/paths/<id>/, each an HTML file of the static export (out/, written by `npm run build`, which
 * `npm test` runs before the unit tests), marked lang="es" and showing its file's title.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readMarkdown } from "@/lib/content/frontmatter";
import { ES_DIR } from "./es-files";

const OUT = path.join(process.cwd(), "out");
/** Text as React writes it into HTML. */
const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

const files = (["pages", "paths"] as const).flatMap((kind) =>
  readdirSync(path.join(ES_DIR, kind))
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const name = f.slice(0, -3);
      return { file: `content/es/${kind}/${f}`, route: kind === "pages" ? `es/${name}` : `es/paths/${name}` };
    }),
);

describe("the static export has a route for every Spanish file", () => {
  test("out/ is built (run `npm run build` first)", () => expect(existsSync(path.join(OUT, "index.html"))).toBe(true));

  test("there are Spanish files", () => expect(files.length).toBeGreaterThanOrEqual(22));

  test.for(files)("$file → /$route/", ({ file, route }) => {
    const html = path.join(OUT, route, "index.html");
    expect(existsSync(html), `out/${route}/index.html is missing`).toBe(true);
    const text = readFileSync(html, "utf8");
    expect(text).toMatch(/<html lang="es"/);
    const title = String(readMarkdown(path.join(process.cwd(), file)).data.title);
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(text);
    expect(h1?.[1]).toBe(escapeHtml(title));
  });
});
