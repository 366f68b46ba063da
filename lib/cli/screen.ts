/**
 * The command-line screener (rules/README.md § cli):
 *   npm run --silent screen -- --facts FILE [--as-of YYYY-MM-DD]
 * Prints JSON results on stdout (an array one screening at a time, so its length has no cap); on bad input
 * exits 2 with one line per problem on stderr (at most 20, then how many more) and nothing on stdout.
 */
import { once } from "node:events";
import { parseArgs } from "node:util";
import { format } from "date-fns";
import * as z from "zod/mini";
import { checkAnswers } from "@/lib/answers/check";
import { readReasonWords } from "@/lib/content/reasons";
import { screen } from "@/lib/engine/screen";
import { EARLIEST_YEAR, isIsoDate, LATEST_YEAR } from "@/rules/calendar/dates";
import { problemLines } from "./problems";
import { readInput } from "./read-input";

const BAD_INPUT = 2;

function fail(problems: string[]): never {
  process.stderr.write(problemLines(problems).map((line) => `${line}\n`).join(""));
  process.exit(BAD_INPUT);
}

/** Write to stdout, waiting when the pipe is full, so a long array never sits whole in memory. */
async function put(text: string) {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

/** Two-space JSON, as `JSON.stringify(value, null, 2)` would print it one level inside an array. */
const indented = (value: unknown) => `  ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}`;

async function main(argv: string[]) {
  let args;
  try {
    args = parseArgs({ args: argv, options: { facts: { type: "string" }, "as-of": { type: "string" } } }).values;
  } catch (error) {
    fail([(error as Error).message]);
  }
  if (!args.facts) fail(["--facts: give the path of a JSON file of facts"]);
  // The only place that reads the clock: the default "today".
  const asOf = args["as-of"] ?? format(new Date(), "yyyy-MM-dd");
  if (!z.iso.date().safeParse(asOf).success) fail([`--as-of: ${asOf} is not a real date written YYYY-MM-DD`]);
  if (!isIsoDate(asOf)) fail([`--as-of: ${asOf} is out of range: the year must be ${EARLIEST_YEAR} to ${LATEST_YEAR}`]);

  const read = readInput(args.facts);
  if (!read.ok) fail([read.problem]);
  const input = read.value;

  const many = Array.isArray(input);
  const items = many ? (input as unknown[]) : [input];
  const problems: string[] = [];
  const factSets = items.map((item, index) => {
    const checked = checkAnswers(item, asOf);
    if (!checked.ok) problems.push(...checked.problems.map((p) => (many ? `[${index}] ${p}` : p)));
    return checked.ok ? checked.facts : undefined;
  });
  if (problems.length > 0) fail(problems);

  const words = readReasonWords();
  if (!many) return put(`${JSON.stringify(screen(factSets[0]!, asOf, words), null, 2)}\n`);
  if (factSets.length === 0) return put("[]\n");
  await put("[\n");
  for (const [index, facts] of factSets.entries()) {
    await put(`${indented(screen(facts!, asOf, words))}${index < factSets.length - 1 ? "," : ""}\n`);
  }
  await put("]\n");
}

void main(process.argv.slice(2));
