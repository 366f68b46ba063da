/**
 * Long-form words: one page per relief path (content/paths/<id>.md), the site's other pages
 * (content/pages/<slug>.md), short reusable notices (content/partials/<slug>.md) and the resource
 * directory (content/resources.md). Frontmatter is validated with zod/mini strict objects, so a typo
 * in a key fails the build with the file's name. Runs in Node only (build time, tests).
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { readMarkdown } from "./frontmatter";
import { markdownToHtml } from "./markdown";
import { variant } from "./variant";
import { PATH_IDS, type PathId } from "@/rules/types";

/** The path ids, for the pages that list or build one page per path (app/ reads nothing from rules/). */
export { PATH_IDS, type PathId };

import { CONTENT_DIR } from "./dir";

export { CONTENT_DIR };

/** The site pages kept in content/pages/, in footer order. Each is served at `/<slug>/`. */
export const PAGE_SLUGS = [
  "expungement-myths",
  "records-guide",
  "resources",
  "about",
  "privacy",
  "accessibility",
  "safety",
  "legal-updates",
  "not-legal-advice",
] as const;
export type PageSlug = (typeof PAGE_SLUGS)[number];

const text = z.string().check(z.minLength(1), z.trim());
const resourceId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const httpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/));

/**
 * Frontmatter of content/paths/<id>.md. The result cards read `summary`, `nextSteps` and `whoCanHelp`.
 * - `path`: the relief path id (must equal the file name)
 * - `title`: the page's h1
 * - `summary`: one plain sentence for a result card
 * - `nextSteps`: short, ordered, plain steps (shown as a numbered list)
 * `summary` and each step are a `Variant` (lib/words/say.ts): one string, or `{ self, family, counselor }`
 * where a relative or a counselor must be told something else; the path page, for everyone, reads `self`.
 * - `whoCanHelp`: resource ids from content/resources.md
 * - `immigrationWarning`: show the "talk to an immigration lawyer first" notice
 * - `lastReviewed`: ISO date the words were last checked against the law
 */
export const pathFrontmatter = z.strictObject({
  path: z.enum(PATH_IDS),
  title: text,
  summary: variant,
  nextSteps: z.array(variant).check(z.minLength(1), z.maxLength(6)),
  whoCanHelp: z.array(resourceId).check(z.minLength(1)),
  immigrationWarning: z.boolean(),
  lastReviewed: z.iso.date(),
});
export type PathFrontmatter = z.infer<typeof pathFrontmatter>;

/** Frontmatter of content/pages/<slug>.md and content/partials/<slug>.md. */
export const pageFrontmatter = z.strictObject({
  slug: resourceId,
  title: text,
  description: text,
  lastReviewed: z.iso.date(),
});
export type PageFrontmatter = z.infer<typeof pageFrontmatter>;

/** One entry of the resource directory. `paths` tags say which result cards show it. */
export const resourceEntry = z.strictObject({
  id: resourceId,
  name: text,
  what: text,
  howToReach: text,
  url: httpsUrl,
  paths: z.array(z.enum(PATH_IDS)),
});
export type Resource = z.infer<typeof resourceEntry>;

const resourcesFile = z.strictObject({
  lastReviewed: z.iso.date(),
  resources: z.array(resourceEntry).check(z.minLength(1)),
});

export interface PathPage extends PathFrontmatter {
  /** The markdown body, as written (for tests). */
  body: string;
  /** The body rendered to HTML. */
  html: string;
}

export interface Page extends PageFrontmatter {
  body: string;
  html: string;
}

function fail(file: string, error: z.core.$ZodError): never {
  throw new Error(`${file}: ${z.prettifyError(error)}`);
}

/** The page for one relief path; throws naming the file when it is missing or malformed. */
export function readPathPage(id: PathId, contentDir = CONTENT_DIR): PathPage {
  const rel = `content/paths/${id}.md`;
  const file = path.join(contentDir, "paths", `${id}.md`);
  if (!existsSync(file)) throw new Error(`${rel}: missing`);
  const { data, body } = readMarkdown(file);
  const parsed = pathFrontmatter.safeParse(data);
  if (!parsed.success) fail(rel, parsed.error);
  if (parsed.data.path !== id) throw new Error(`${rel}: path must match the file name`);
  return { ...parsed.data, body, html: markdownToHtml(body) };
}

/** Every path page, in the order of rules/README.md § paths. */
export function readAllPathPages(contentDir = CONTENT_DIR): PathPage[] {
  return PATH_IDS.map((id) => readPathPage(id, contentDir));
}

/** The file names (without .md) in content/paths/, to catch orphans. */
export function listPathFiles(contentDir = CONTENT_DIR): string[] {
  return readdirSync(path.join(contentDir, "paths"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -3));
}

function readPageFile(dir: "pages" | "partials", slug: string, contentDir: string): Page {
  const rel = `content/${dir}/${slug}.md`;
  const file = path.join(contentDir, dir, `${slug}.md`);
  if (!existsSync(file)) throw new Error(`${rel}: missing`);
  const { data, body } = readMarkdown(file);
  const parsed = pageFrontmatter.safeParse(data);
  if (!parsed.success) fail(rel, parsed.error);
  if (parsed.data.slug !== slug) throw new Error(`${rel}: slug must match the file name`);
  return { ...parsed.data, body, html: markdownToHtml(body) };
}

/** One site page from content/pages/. */
export function readPage(slug: PageSlug, contentDir = CONTENT_DIR): Page {
  return readPageFile("pages", slug, contentDir);
}

/** Every site page, in footer order. */
export function readAllPages(contentDir = CONTENT_DIR): Page[] {
  return PAGE_SLUGS.map((slug) => readPage(slug, contentDir));
}

/** The file names (without .md) in content/pages/, to catch orphans. */
export function listPageFiles(contentDir = CONTENT_DIR): string[] {
  return readdirSync(path.join(contentDir, "pages"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.slice(0, -3));
}

/** A short reusable notice, e.g. `immigration-warning`. */
export function readPartial(slug: "immigration-warning", contentDir = CONTENT_DIR): Page {
  return readPageFile("partials", slug, contentDir);
}

/** The resource directory; throws on a malformed entry or a repeated id. */
export function readResources(contentDir = CONTENT_DIR): Resource[] {
  const rel = "content/resources.md";
  const parsed = resourcesFile.safeParse(readMarkdown(path.join(contentDir, "resources.md")).data);
  if (!parsed.success) fail(rel, parsed.error);
  const seen = new Set<string>();
  for (const { id } of parsed.data.resources) {
    if (seen.has(id)) throw new Error(`${rel}: resource id "${id}" is used twice`);
    seen.add(id);
  }
  return parsed.data.resources;
}

/** The resources a path page names in `whoCanHelp`, in that order. */
export function resourcesFor(page: PathFrontmatter, resources = readResources()): Resource[] {
  const byId = new Map(resources.map((r) => [r.id, r]));
  return page.whoCanHelp.map((id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`content/paths/${page.path}.md: whoCanHelp names unknown resource "${id}"`);
    return found;
  });
}
