/**
 * The command-line screener (screening contract § 4):
 *   npm run --silent screen -- --facts FILE [--as-of YYYY-MM-DD]
 * Prints JSON results on stdout; on bad input exits 2 with one line per problem on stderr.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { format } from "date-fns";
import * as z from "zod/mini";
import { checkAnswers } from "@/lib/answers/check";
import { readReasonWords } from "@/lib/content/reasons";
import { screen } from "@/lib/engine/screen";

const BAD_INPUT = 2;

function fail(problems: string[]): never {
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.exit(BAD_INPUT);
}

function main(argv: string[]) {
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

  let input: unknown;
  try {
    input = JSON.parse(readFileSync(args.facts, "utf8"));
  } catch (error) {
    fail([`${args.facts}: ${(error as Error).message}`]);
  }

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
  const screenings = factSets.map((facts) => screen(facts!, asOf, words));
  process.stdout.write(`${JSON.stringify(many ? screenings : screenings[0], null, 2)}\n`);
}

main(process.argv.slice(2));
