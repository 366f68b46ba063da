/**
 * The searchable list of offenses that earn no First Step Act time credits (18 U.S.C. § 3632(d)(4)(D)),
 * for the screener page: the same table the FSA time-credits rule reads (rules/data/fsa-excluded-offenses.ts).
 * In English the table is shown as it is; a content folder with its own words for the list
 * (content/es/checklist/fsa-excluded-offenses.md) swaps them in, clause for clause.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { readMarkdown } from "./frontmatter";
import { CONTENT_DIR } from "./dir";
import { FSA_EXCLUDED_OFFENSES, type ExcludedOffenseClause } from "@/rules/data/fsa-excluded-offenses";

const FILE = path.join("checklist", "fsa-excluded-offenses.md");
const words = z.string().check(z.minLength(1));
const checklistFile = z.strictObject({
  clauses: z.record(z.string(), z.strictObject({ plainName: words, condition: z.optional(words) })),
});

/** The ways a file's clauses differ from the table's: a clause missing or extra, a condition missing or extra. */
function mismatches(clauses: Record<string, { condition?: string }>): string[] {
  const ids = new Set(FSA_EXCLUDED_OFFENSES.map((row) => row.clause));
  const extra = Object.keys(clauses).filter((id) => !ids.has(id)).map((id) => `clause "${id}" is not in the table`);
  const rows = FSA_EXCLUDED_OFFENSES.flatMap((row) => {
    const own = clauses[row.clause];
    if (!own) return [`clause "${row.clause}" is missing`];
    if ((own.condition === undefined) !== (row.condition === undefined)) {
      return [`clause "${row.clause}" must ${row.condition === undefined ? "not " : ""}have a condition`];
    }
    return [];
  });
  return [...extra, ...rows];
}

/** One row per clause, in the statute's order, in the folder's language; throws naming the file when it is malformed. */
export function readFsaChecklist(dir = CONTENT_DIR): readonly ExcludedOffenseClause[] {
  const file = path.join(dir, FILE);
  if (!existsSync(file)) return FSA_EXCLUDED_OFFENSES;
  const name = path.relative(path.dirname(CONTENT_DIR), file);
  const parsed = checklistFile.safeParse(readMarkdown(file).data);
  if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
  const problems = mismatches(parsed.data.clauses);
  if (problems.length > 0) throw new Error(`${name}: ${problems.join("; ")}`);
  return FSA_EXCLUDED_OFFENSES.map((row) => ({ ...row, ...parsed.data.clauses[row.clause] }));
}
