/**
 * A document as plain text, the way its page shows it: each shown line, its blanks filled or written as
 * "____" (a line to write on), and each field as "label: value" or "label: ____".
 */
import { parts } from "@/lib/letters/blanks";
import { letterData, type Fields } from "@/lib/letters/compute";
import type { LetterSlug } from "@/lib/letters/documents";
import { readLetter } from "@/lib/letters/read-content";
import { shows, wordsFor } from "@/lib/letters/spec";
import { fill } from "@/lib/words/fill";
import type { Facts } from "@/rules/facts/schema";

export function documentText(slug: LetterSlug, facts: Facts, asOf: string, fields: Fields = {}): string {
  const spec = readLetter(slug);
  const data = letterData(slug, facts, asOf, fields);
  const say = (template: string) =>
    parts(template, data.perspective, data.vars)
      .map((part) => ("text" in part ? part.text : "____"))
      .join("");
  const lines: string[] = [];
  for (const section of spec.sections.filter((s) => shows(s, data.flags))) {
    lines.push(`## ${fill(wordsFor(section.heading, data.perspective), data.perspective)}`);
    for (const item of section.items.filter((i) => shows(i, data.flags))) {
      if ("text" in item) lines.push(say(wordsFor(item.text, data.perspective)));
      else if ("check" in item) lines.push(`[ ] ${say(wordsFor(item.check, data.perspective))}`);
      else if ("field" in item) lines.push(`${fill(wordsFor(item.label, data.perspective), data.perspective)}: ${fields[item.field]?.trim() || "____"}`);
      else for (const key of data.lists[item.list] ?? []) lines.push(`- ${say(wordsFor(spec.lists[item.list][key], data.perspective))}`);
    }
  }
  return lines.join("\n");
}
