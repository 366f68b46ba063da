/**
 * The Spanish content files and their English originals, for the Spanish tests: each content page
 * (content/pages/<slug>.md ↔ content/es/pages/<slug>.md) and each path page (content/paths/<id>.md ↔
 * content/es/paths/<id>.md), with a path's title, summary and body as its text; every other content file
 * (`allPairs`: questions, reasons, results, letters…), with every sentence of its frontmatter and its body;
 * and the glossary.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { CONTENT_DIR } from "@/lib/content/pages";
import { readMarkdown } from "@/lib/content/frontmatter";
import { allEnglishNames, glossaryFile, type Glossary } from "@/lib/spanish/glossary";

export const ES_DIR = path.join(CONTENT_DIR, "es");

export interface Pair {
  /** "pages/about", "paths/2255" */
  name: string;
  en: { data: Record<string, unknown>; body: string; text: string };
  es: { data: Record<string, unknown>; body: string; text: string } | null;
}

function textOf(kind: string, data: Record<string, unknown>, body: string): string {
  const heads = kind === "paths" ? [data.title, data.summary] : [data.title, data.description];
  return [...heads, body].join("\n\n");
}

function read(kind: string, file: string) {
  const { data, body } = readMarkdown(file);
  return { data, body, text: textOf(kind, data, body) };
}

export function pairs(): Pair[] {
  return ["pages", "paths"].flatMap((kind) =>
    readdirSync(path.join(CONTENT_DIR, kind))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => {
        const esFile = path.join(ES_DIR, kind, f);
        return {
          name: `${kind}/${f.replace(/\.md$/, "")}`,
          en: read(kind, path.join(CONTENT_DIR, kind, f)),
          es: existsSync(esFile) ? read(kind, esFile) : null,
        };
      }),
  );
}

/** Every word of a frontmatter value, one block per sentence (each reader's, for a sentence per reader). */
function wordsOf(value: unknown, key = ""): string[] {
  if (IDENTIFIER_KEYS.has(key) || typeof value !== "string") {
    if (Array.isArray(value)) return value.flatMap((item) => wordsOf(item, key));
    if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => wordsOf(v, k));
    return [];
  }
  return /^(?:https?:\/\/|\/)\S*$/.test(value) ? [] : [value];
}
const IDENTIFIER_KEYS = new Set(["fact", "field", "list", "when", "unless", "slug", "path", "paths", "id", "date", "lastReviewed", "type", "url"]);

/** Every content file but the pages and paths (pairs()), relative to content/: questions, reasons, results… */
function otherFiles(rel = ""): string[] {
  return readdirSync(path.join(CONTENT_DIR, rel), { withFileTypes: true })
    .flatMap((entry) => {
      const name = path.join(rel, entry.name);
      if (entry.isDirectory()) return ["es", "pages", "paths"].includes(name) ? [] : otherFiles(name);
      return entry.name.endsWith(".md") ? [name] : [];
    })
    .sort();
}

function readAll(file: string) {
  const { data, body } = readMarkdown(file);
  return { data, body, text: [...wordsOf(data), body].join("\n\n") };
}

/**
 * pairs() and every other content file with its Spanish mirror: the words a person reads (every frontmatter
 * sentence and the body), for the glossary, leak and readability checks.
 */
export function allPairs(): Pair[] {
  const others = otherFiles().map((file) => {
    const esFile = path.join(ES_DIR, file);
    return { name: file.replace(/\.md$/, ""), en: readAll(path.join(CONTENT_DIR, file)), es: existsSync(esFile) ? readAll(esFile) : null };
  });
  return [...pairs(), ...others];
}

/** Spanish files with no English original. */
export function orphans(): string[] {
  return ["pages", "paths"].flatMap((kind) =>
    readdirSync(path.join(ES_DIR, kind))
      .filter((f) => !existsSync(path.join(CONTENT_DIR, kind, f)))
      .map((f) => `${kind}/${f}`),
  );
}

export function readGlossary(): Glossary {
  return glossaryFile.parse(readMarkdown(path.join(ES_DIR, "glossary.md")).data);
}

export function englishNames(): string[] {
  return allEnglishNames(readGlossary());
}
