/**
 * Problem lines for a terminal: every name or value that came from the input file is clipped and has its
 * control characters escaped, so a hostile file cannot flood the screen or move the cursor; at most
 * MAX_PROBLEM_LINES lines, then one line saying how many more.
 */
export const MAX_PROBLEM_LINES = 20;
const MAX_PART = 40;

/** Control characters (C0, DEL, C1) and the line and paragraph separators, written as \u escapes. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const escape = (text: string) => text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const clipPart = (text: string) => (text.length > MAX_PART ? `${text.slice(0, MAX_PART - 1)}…` : text);

/** One problem, safe to print: each part escaped, and the name before ": " clipped. */
export function safeLine(problem: string): string {
  const colon = problem.indexOf(": ");
  if (colon < 0) return escape(clipPart(problem));
  return `${escape(clipPart(problem.slice(0, colon)))}: ${escape(problem.slice(colon + 2).replace(/"([^"]*)"/g, (_, v: string) => `"${clipPart(v)}"`))}`;
}

/** The lines to print for `problems`: the first MAX_PROBLEM_LINES, then "…and N more". */
export function problemLines(problems: readonly string[]): string[] {
  const shown = problems.slice(0, MAX_PROBLEM_LINES).map(safeLine);
  const rest = problems.length - shown.length;
  return rest > 0 ? [...shown, `…and ${rest} more`] : shown;
}
