/**
 * The screener's own words (content/screener/flow.md) and the code that says them agree both ways: every
 * key the code asks for exists, and every key in the file is said somewhere — no missing words, no dead ones.
 * The site's other words (content/site.md) are said with the same `say` (lib/content/site.ts): so too.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { FOOTER_LINKS } from "@/components/site-footer";
import { CONTENT_DIR } from "@/lib/content/dir";
import { readScreenerWords } from "@/lib/content/screener";
import { readSiteFile } from "@/lib/content/site";
import { PAGES } from "@/lib/screener/pages";

vi.mock("server-only", () => ({}));

const keys = Object.keys(readScreenerWords());
const siteKeys = Object.keys(readSiteFile(CONTENT_DIR));
const code = ["app", "components", "lib"]
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

/** Keys the code builds from a name: a group page's heading (`group.${page}`) and a date part (`question.date.${part}`). */
const BUILT = [...PAGES.filter((page) => page.facts.length > 1).map((page) => `group.${page.id}`), "question.date.day", "question.date.month", "question.date.year"];

describe("screener words", () => {
  test("every key the code says is in flow.md", () => {
    const said = [...code.matchAll(/\bsay\("([A-Za-z0-9.]+)"/g)].map((match) => match[1]);
    expect(said.length).toBeGreaterThan(50);
    expect([...new Set(said)].filter((key) => !keys.includes(key) && !siteKeys.includes(key))).toEqual([]);
  });

  test("every key in content/site.md is said somewhere (the footer's built from its links)", () => {
    const built = FOOTER_LINKS.map(({ key }) => key);
    expect(siteKeys.filter((key) => !code.includes(`"${key}"`) && !built.includes(key))).toEqual([]);
  });

  test("every key in flow.md is said somewhere", () => {
    const unused = keys.filter((key) => !code.includes(`"${key}"`) && !BUILT.includes(key));
    expect(unused).toEqual([]);
  });
});
