/**
 * Property 2, aimed (issue #15 item 5): a § 2255 appeal or certiorari date before the judgment date never
 * yields a deadline before the judgment. Such dates are a contradiction the answers check refuses (the CLI
 * exits 2, the web form names the date: rules/facts/contradictions.ts); dates in order give a deadline on
 * or after the judgment. Before the fix, an appeal "decided" 14 years before a 2012 judgment gave a 1999 deadline.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { checkFacts } from "@/lib/answers/check";
import { section2255 } from "@/rules/2255";
import { dayBetween, PROPERTY_RUNS, PROPERTY_TIMEOUT } from "./harness";

const AS_OF = "2026-12-03";
const day = dayBetween("1990-01-01", AS_OF);

test(`§ 2255: an appeal or certiorari date before the judgment is refused, never a deadline before the judgment (${PROPERTY_RUNS.toLocaleString("en-US")} runs)`, { timeout: PROPERTY_TIMEOUT }, () => {
  let refused = 0;
  fc.assert(
    fc.property(
      day, day, day, fc.constantFrom("none", "denied", "decided"), fc.constantFrom("none", "pending", "decided", "unsure"),
      (judgmentDate, appealDecisionDate, certiorariDate, certiorari, appeal) => {
        const facts = {
          court: "federal", caseStatus: "sentenced", custody: "prison", judgmentDate, appeal, appealDecisionDate, certiorari,
          certiorariDate, prior2255: "no", legalError: ["ineffective-lawyer"],
        };
        const checked = checkFacts(facts, AS_OF);
        const outOfOrder = appealDecisionDate < judgmentDate || certiorariDate < judgmentDate || certiorariDate < appealDecisionDate;
        if (outOfOrder) {
          refused += 1;
          expect(checked.ok).toBe(false);
          if (!checked.ok) for (const problem of checked.problems) expect(problem).toMatch(/^(appealDecisionDate|certiorariDate): /);
          return;
        }
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        const result = section2255.evaluate(checked.facts, AS_OF);
        for (const deadline of [result.deadline, result.earliestDeadline]) if (deadline !== undefined) expect(deadline >= judgmentDate).toBe(true);
      },
    ),
    { numRuns: PROPERTY_RUNS },
  );
  expect(refused).toBeGreaterThan(PROPERTY_RUNS / 4);
});
