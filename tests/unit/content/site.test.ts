/**
 * The site's words (lib/content/site.ts): content/screener/flow.md's frame words and content/site.md's page
 * words, in each language, with no key in both files; every footer link and the language link have words.
 */
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { FOOTER_LINKS } from "@/components/site-footer";
import { contentDir } from "@/lib/content/dir";
import { readScreenerWords } from "@/lib/content/screener";
import { readSiteFile, readSiteWords } from "@/lib/content/site";
import { LANGS } from "@/lib/words/lang";

vi.mock("server-only", () => ({}));

describe.for(LANGS)("the site's words in %s", (lang) => {
  const site = readSiteFile(contentDir(lang));
  const say = readSiteWords(lang);

  test("content/site.md shares no key with flow.md", () => {
    const flow = Object.keys(readScreenerWords(contentDir(lang)));
    expect(Object.keys(site).filter((key) => flow.includes(key))).toEqual([]);
  });

  test("both files are read: the frame's words and the pages'", () => {
    expect(say("site.name")).toBe("Federal Relief Screener");
    expect(say("start.title")).not.toBe("start.title");
    expect(say("lang.name")).toBe(lang === "es" ? "Español" : "English");
  });

  test("every footer link and every label the pages use has words", () => {
    const used = [...FOOTER_LINKS.map(({ key }) => key), "footer.nav", "footer.note", "paths.title", "path.nextSteps", "letters.copyHeading", "letters.copyNote"];
    expect(used.filter((key) => site[key] === undefined)).toEqual([]);
  });
});

test("a malformed file is named", () => {
  expect(() => readSiteFile(path.join(process.cwd(), "content", "letters"))).toThrow(/site\.md/);
});
