/** Runs the command-line screener exactly as rules/README.md § cli gives it, for the CLI tests. */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "screen-cli-"));

/** `npm run --silent screen -- --facts <file> …args` on `input` (JSON, or text as given): its exit code and both streams. */
export async function screen(input: unknown, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof input === "string" ? input : JSON.stringify(input));
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "screen", "--", "--facts", file, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
