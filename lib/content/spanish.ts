/**
 * The Spanish pages' words (content/es/): the site frame and fixed labels (content/es/site.md), and each
 * relief path's page (content/es/paths/<id>.md: title, summary and body; the English next steps, helpers
 * and notices are not translated yet, so their keys are not there). The content pages read with
 * `readPage(slug, ES_CONTENT_DIR)` (./pages.ts). Node only: build time and tests.
 */
import path from "node:path";
import * as z from "zod/mini";
import { readMarkdown } from "./frontmatter";
import { markdownToHtml } from "./markdown";
import { CONTENT_DIR, PATH_IDS, type PathId } from "./pages";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay, type Say } from "@/lib/words/say";

export const ES_CONTENT_DIR = path.join(CONTENT_DIR, "es");

const text = z.string().check(z.minLength(1), z.trim());

const siteFile = z.strictObject({ strings: z.record(z.string(), text) });

/** A `say` for the Spanish site words, keyed like content/screener/flow.md (`site.*`, `quickExit.*`…). */
export function readSpanishSiteWords(esDir = ES_CONTENT_DIR): Say {
  const parsed = siteFile.safeParse(readMarkdown(path.join(esDir, "site.md")).data);
  if (!parsed.success) throw new Error(`content/es/site.md: ${z.prettifyError(parsed.error)}`);
  return makeSay(parsed.data.strings, DEFAULT_PERSPECTIVE);
}

/** Frontmatter of content/es/paths/<id>.md: the words of content/paths/<id>.md translated so far. */
export const spanishPathFrontmatter = z.strictObject({
  path: z.enum(PATH_IDS),
  title: text,
  summary: text,
  lastReviewed: z.iso.date(),
});

export interface SpanishPathPage extends z.infer<typeof spanishPathFrontmatter> {
  body: string;
  html: string;
}

/** The Spanish page for one relief path; throws naming the file when it is malformed. */
export function readSpanishPathPage(id: PathId, esDir = ES_CONTENT_DIR): SpanishPathPage {
  const rel = `content/es/paths/${id}.md`;
  const { data, body } = readMarkdown(path.join(esDir, "paths", `${id}.md`));
  const parsed = spanishPathFrontmatter.safeParse(data);
  if (!parsed.success) throw new Error(`${rel}: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.path !== id) throw new Error(`${rel}: path must match the file name`);
  return { ...parsed.data, body, html: markdownToHtml(body) };
}

/** Every Spanish path page, in the English order. */
export function readAllSpanishPathPages(esDir = ES_CONTENT_DIR): SpanishPathPage[] {
  return PATH_IDS.map((id) => readSpanishPathPage(id, esDir));
}

/** An ISO date as Spanish writes it: "2026-11-23" → "23 de noviembre de 2026". */
export function spanishDate(iso: string): string {
  return new Intl.DateTimeFormat("es-US", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}
