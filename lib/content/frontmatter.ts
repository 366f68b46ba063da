/**
 * Markdown with YAML frontmatter, read with the JSON schema of YAML so that values stay plain JSON
 * (a date such as 2026-11-23 stays a string, never a Date).
 */
import { readFileSync } from "node:fs";
import matter from "gray-matter";
import yaml from "js-yaml";

export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
}

export function readMarkdown(file: string): MarkdownFile {
  const parsed = matter(readFileSync(file, "utf8"), {
    engines: { yaml: (source: string) => yaml.load(source, { schema: yaml.JSON_SCHEMA }) as object },
  });
  return { data: parsed.data, body: parsed.content };
}
