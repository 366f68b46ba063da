/**
 * The CLI is bounded and safe for a terminal (issue #15): only regular files, at most 64 MB, the same
 * decoding as the web app (UTF-8 with or without BOM, UTF-16 with BOM), one line per problem with
 * file text clipped and escaped, at most 20 lines, and an array of any length streamed out.
 */
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, createReadStream, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { decode, parseJson } from "@/lib/cli/read-input";
import { problemLines, safeLine } from "@/lib/cli/problems";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "screen-hardening-"));

async function screenFile(file: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "screen", "--", "--facts", file, "--as-of", "2026-12-03", ...args], { maxBuffer: 1 << 30 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function write(name: string, content: string | Uint8Array) {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const FACTS = { court: "state" };

describe("reading the input (unit)", () => {
  test("UTF-8 with and without a BOM, and UTF-16 LE and BE with a BOM, decode to the same text", () => {
    const text = JSON.stringify(FACTS);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decode(Buffer.from(text))).toBe(text);
    expect(decode(Buffer.from(`\ufeff${text}`))).toBe(text);
    expect(decode(le)).toBe(text);
    expect(decode(be)).toBe(text);
  });

  test.each([
    ['{"court": "federal",\n "caseStatus": }', "line 2, column 16"],
    ["[1,2 3]", "line 1, column 6"],
    ['{"a": 1}x', "line 1, column 9"],
    ['{"court": "fed', "line 1, column 15"],
  ])("a JSON syntax error in %j is one line at %s", (text, where) => {
    const read = parseJson(text);
    expect(read).toEqual({ ok: false, problem: expect.stringContaining(where) });
    if (!read.ok) expect(read.problem).not.toMatch(/\n|court|caseStatus/);
  });

  test("problem lines: names clipped to 40 characters, control characters escaped, at most 20 lines then a count", () => {
    const long = `${"x".repeat(100)}: not a known fact`;
    expect(safeLine(long)).toBe(`${"x".repeat(39)}…: not a known fact`);
    expect(safeLine("a\u001b[2Jb\nc: not a known fact")).toBe("a\\u001b[2Jb\\u000ac: not a known fact");
    const many = Array.from({ length: 25 }, (_, i) => `k${i}: not a known fact`);
    const lines = problemLines(many);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe("…and 5 more");
    expect(problemLines(many.slice(0, 20))).toHaveLength(20);
  });
});

describe("npm run screen refuses what is not a facts file, with exit 2 and nothing on stdout", { timeout: 60_000 }, () => {
  test.each([
    ["a directory", () => dir],
    ["a device", () => "/dev/urandom"],
    ["a file that does not exist", () => path.join(dir, "none.json")],
  ])("%s", async (_, file) => {
    const { code, stdout, stderr } = await screenFile(file());
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/not a regular file|no such file/);
  });

  test("UTF-16 and BOM files open as the web app opens them", async () => {
    const text = JSON.stringify(FACTS);
    const utf16 = write("utf16.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const bom = write("bom.json", `\ufeff${text}`);
    const plain = write("plain.json", text);
    const outputs = await Promise.all([utf16, bom, plain].map((file) => screenFile(file)));
    for (const output of outputs) expect(output.code).toBe(0);
    expect(outputs[0].stdout).toBe(outputs[2].stdout);
    expect(outputs[1].stdout).toBe(outputs[2].stdout);
  });

  test("a flood of hostile keys gives 20 clipped, escaped lines and a count", async () => {
    const hostile = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`\u001b]0;pwned\u0007${"A".repeat(200)}${i}`, 1]));
    const { code, stdout, stderr } = await screenFile(write("hostile.json", JSON.stringify(hostile)));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe("…and 10 more");
    for (const line of lines) {
      expect(line).not.toMatch(/[\u0000-\u001f]/);
      expect(line.length).toBeLessThan(80);
    }
  });
});

describe("an array of any length is streamed", () => {
  test("150,000 fact objects print as one JSON array, without a string-length error", { timeout: 180_000 }, async () => {
    const count = 150_000;
    const file = write("many.json", JSON.stringify(Array.from({ length: count }, () => FACTS)));
    const outFile = path.join(dir, "many.out.json");
    const out = openSync(outFile, "w");
    const child = spawn("npm", ["run", "--silent", "screen", "--", "--facts", file, "--as-of", "2026-12-03"], { stdio: ["ignore", out, "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    const [code] = await once(child, "close");
    closeSync(out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // Count the screenings without holding the output as one string.
    let screenings = 0;
    let first = "";
    let tail = "";
    for await (const chunk of createReadStream(outFile, { encoding: "utf8" })) {
      const text = tail + chunk;
      if (!first) first = text.slice(0, 6);
      screenings += text.split('\n    "asOf": "2026-12-03",').length - 1;
      tail = text.slice(-40);
      screenings -= tail.split('\n    "asOf": "2026-12-03",').length - 1;
    }
    screenings += tail.split('\n    "asOf": "2026-12-03",').length - 1;
    expect(first).toBe("[\n  {\n");
    expect(tail.endsWith("\n]\n")).toBe(true);
    expect(screenings).toBe(count);
  });

  test("a short array prints exactly as JSON.stringify(value, null, 2) would", async () => {
    const { stdout } = await screenFile(write("two.json", JSON.stringify([FACTS, FACTS])));
    const parsed = JSON.parse(stdout);
    expect(parsed).toHaveLength(2);
    expect(stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });
});
