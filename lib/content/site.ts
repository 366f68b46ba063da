/**
 * The site's own words, in a language: the frame of every page, the start page and "page not found"
 * (content/screener/flow.md: `site.*`, `quickExit.*`, `start.*`, `notFound.*`), and the words of the other
 * pages (content/site.md: the footer, the language link, the paths and letters pages' labels). Spoken to
 * "you": nobody has said yet who is answering. Node only: runs at build time.
 */
import "server-only";
import path from "node:path";
import * as z from "zod/mini";
import { contentDir } from "./dir";
import { readMarkdown } from "./frontmatter";
import { readScreenerWords } from "./screener";
import type { Lang } from "@/lib/words/lang";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay, type Say } from "@/lib/words/say";

const siteFile = z.strictObject({ strings: z.record(z.string(), z.string().check(z.minLength(1), z.trim())) });

/** The strings of content/site.md (or its mirror), keyed; throws naming the file when it is malformed. */
export function readSiteFile(dir: string): Readonly<Record<string, string>> {
  const parsed = siteFile.safeParse(readMarkdown(path.join(dir, "site.md")).data);
  if (!parsed.success) throw new Error(`${path.relative(process.cwd(), path.join(dir, "site.md"))}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.strings;
}

/** A `say` for the site-wide words of a language: flow.md's and site.md's (no key is in both). */
export function readSiteWords(lang: Lang = "en"): Say {
  const dir = contentDir(lang);
  return makeSay({ ...readScreenerWords(dir), ...readSiteFile(dir) }, DEFAULT_PERSPECTIVE);
}
