/**
 * Reads the words for every reason key from content/reasons/*.md (frontmatter `reasons: { key: sentence }`, a
 * sentence being one string with perspective blanks or a `{ self, family, counselor }` map).
 * Runs in Node only: at build time for the web app, and in the CLI.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { readMarkdown } from "./frontmatter";
import * as z from "zod/mini";
import { PATH_IDS } from "@/rules/types";
import type { Variant } from "@/lib/words/say";
import { variant } from "./variant";
import type { ReasonWords } from "@/lib/engine/screen";

const reasonsFile = z.strictObject({
  path: z.enum([...PATH_IDS, "common"]),
  lastReviewed: z.iso.date(),
  reasons: z.record(z.string(), variant),
});

import { CONTENT_DIR } from "./dir";

export { CONTENT_DIR };

/** Every path's reason words, validated; throws naming the file when one is malformed. */
export function readReasonWords(contentDir = CONTENT_DIR): ReasonWords {
  const dir = path.join(contentDir, "reasons");
  const words: Record<string, Record<string, Variant>> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".md"))) {
    const parsed = reasonsFile.safeParse(readMarkdown(path.join(dir, file)).data);
    if (!parsed.success) throw new Error(`content/reasons/${file}: ${z.prettifyError(parsed.error)}`);
    if (`${parsed.data.path}.md` !== file) throw new Error(`content/reasons/${file}: path must match the file name`);
    words[parsed.data.path] = parsed.data.reasons;
  }
  for (const id of [...PATH_IDS, "common"]) words[id] ??= {};
  return words as ReasonWords;
}
