/**
 * The dated change log of the rules (content/changes/law-changes.md). Runs in Node only: at build time for
 * the web app, and in the CLI.
 */
import path from "node:path";
import * as z from "zod/mini";
import { readMarkdown } from "./frontmatter";
import { CONTENT_DIR } from "./reasons";
import type { LawChange } from "@/lib/answers/changes";
import { PATH_IDS } from "@/rules/types";

const changeLog = z.strictObject({
  lastReviewed: z.iso.date(),
  changes: z.array(z.strictObject({ date: z.iso.date(), paths: z.array(z.enum(PATH_IDS)).check(z.minLength(1)), summary: z.string().check(z.minLength(1)) })),
});

/** Every entry of the change log, validated; throws naming the file when it is malformed. */
export function readLawChanges(contentDir = CONTENT_DIR): readonly LawChange[] {
  const parsed = changeLog.safeParse(readMarkdown(path.join(contentDir, "changes", "law-changes.md")).data);
  if (!parsed.success) throw new Error(`content/changes/law-changes.md: ${z.prettifyError(parsed.error)}`);
  return parsed.data.changes;
}
