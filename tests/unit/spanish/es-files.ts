/**
 * The Spanish content files and their English originals, for the Spanish tests: each content page
 * (content/pages/<slug>.md ↔ content/es/pages/<slug>.md) and each path page (content/paths/<id>.md ↔
 * content/es/paths/<id>.md), and the glossary. For a path, the text is its title, summary and body (the
 * English `nextSteps` are left out: their Spanish is not written yet).
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
