/**
 * Parity of the Spanish pages with the English ones: every content page and every path page has a Spanish
 * file (and no Spanish file lacks an original), with the same frontmatter keys, the same ids, the same
 * number of `##` headings, the same citations written as in US law, and the same external links.
 */
import { describe, expect, test } from "vitest";
import { readPage, PAGE_SLUGS } from "@/lib/content/pages";
import { CITATION } from "@/lib/spanish/citations";
import { ES_DIR, orphans, pairs } from "./es-files";

const all = pairs();
const present = all.filter((p) => p.es !== null);

const headings = (body: string) => body.match(/^## .+$/gm)?.length ?? 0;
const citations = (body: string) =>
  [...new Set((body.match(CITATION) ?? []).map((c) => c.replace(/[.,]+$/, "")))].sort();
const links = (body: string) => [...new Set(body.match(/\]\((https:[^)\s]+)\)/g) ?? [])].sort();

describe("Spanish files", () => {
  test.for(all.map((p) => p.name))("%s has a Spanish file", (name) => {
    expect(all.find((p) => p.name === name)?.es, `content/es/${name}.md is missing`).not.toBeNull();
  });

  test("no Spanish file is an orphan", () => {
    expect(orphans()).toEqual([]);
  });

  test("Spanish content pages pass the content pages' frontmatter schema", () => {
    for (const slug of PAGE_SLUGS) expect(readPage(slug, ES_DIR).slug).toBe(slug);
  });
});

describe.for(present)("$name in Spanish", (pair) => {
  const es = pair.es!;

  test("has the same frontmatter keys and ids", () => {
    expect(Object.keys(es.data).sort()).toEqual(Object.keys(pair.en.data).sort());
    if (pair.name.startsWith("paths/")) expect(es.data.path).toBe(pair.en.data.path);
    else expect(es.data.slug).toBe(pair.en.data.slug);
    expect(es.data.lastReviewed).toBe(pair.en.data.lastReviewed);
  });

  test("has the same number of headings", () => {
    expect(headings(es.body)).toBe(headings(pair.en.body));
  });

  test("keeps every citation as US law writes it", () => {
    expect(citations(es.body)).toEqual(citations(pair.en.body));
  });

  test("links to the same outside sources", () => {
    expect(links(es.body)).toEqual(links(pair.en.body));
  });

  test("has translated headings and title (none left as in English)", () => {
    const enHeads = new Set(pair.en.body.match(/^## .+$/gm) ?? []);
    const same = (es.body.match(/^## .+$/gm) ?? []).filter((h) => enHeads.has(h));
    expect(same).toEqual([]);
  });
});
