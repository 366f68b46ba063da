/**
 * The CLI's input file, read defensively: only a regular file (never a directory, FIFO or device such as
 * /dev/urandom), at most MAX_INPUT_BYTES, decoded as the web app decodes an answers file — UTF-8 with or
 * without a byte-order mark, or UTF-16 with one — then parsed as JSON with a syntax error reported as one
 * line with its line and column, never with the file's own text.
 */
import { openSync, closeSync, fstatSync, readSync } from "node:fs";

/** 64 MB: room for hundreds of thousands of fact objects, and a bound on what one run may hold in memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type ReadInput = { ok: true; value: unknown } | { ok: false; problem: string };

/** Text from bytes by their byte-order mark: UTF-16 LE/BE, UTF-8 (the mark dropped), else UTF-8. */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `line L, column C` (both from 1) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `line ${line}, column ${offset - before.lastIndexOf("\n")}`;
}

/** Where JSON.parse failed on `text`: an offset, `text.length` when it ran out, or undefined when it parsed. */
function failureAt(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    if (/end of JSON input/.test(message)) return text.length;
    const at = /at position (\d+)/.exec(message);
    return at ? Number(at[1]) : -1;
  }
}

/** True when `prefix` could still begin valid JSON: it parses, or fails only because it ends too soon. */
function validSoFar(prefix: string): boolean {
  const at = failureAt(prefix);
  return at === undefined || at === prefix.length;
}

/**
 * The offset of the first character that cannot continue valid JSON: from V8's message when it gives a
 * position, else by a binary search over prefixes (V8 quotes the text instead for an unexpected token).
 */
function errorOffset(text: string): number {
  const at = failureAt(text) ?? -1;
  if (at >= 0) return at;
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (validSoFar(text.slice(0, middle))) good = middle;
    else bad = middle;
  }
  return bad - 1;
}

/** JSON.parse, with a failure as one line saying where, without quoting the file. */
export function parseJson(text: string): ReadInput {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    if (text.trim() === "") return { ok: false, problem: "empty file" };
    if (failureAt(text) === text.length) {
      return { ok: false, problem: `not JSON: the file ends too soon at ${lineColumn(text, text.length)}` };
    }
    return { ok: false, problem: `not JSON: unexpected character at ${lineColumn(text, errorOffset(text))}` };
  }
}

/** Read and parse the file at `path`; a refusal is one line starting with the path. */
export function readInput(path: string): ReadInput {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, problem: `${path}: not a regular file` };
    if (stats.size > MAX_INPUT_BYTES) {
      return { ok: false, problem: `${path}: larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, the most the screener reads` };
    }
    const bytes = new Uint8Array(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break;
      read += n;
    }
    const parsed = parseJson(decode(bytes.subarray(0, read)));
    return parsed.ok ? parsed : { ok: false, problem: `${path}: ${parsed.problem}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: `${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "not a regular file" : "could not be read"}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
