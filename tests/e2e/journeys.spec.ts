/**
 * Persona journeys through the built screener (issue 4): each persona answers only what the screener asks,
 * and the results are asserted by `data-status` on each path's card. The number of question pages each
 * journey needed is logged (issue 4 acceptance: median ≤ 18, none over 25).
 */
import { expect, test } from "./fixtures";
import { PERSONAS } from "../unit/screener/personas";

test.describe("persona journeys", () => {
  for (const persona of PERSONAS) {
    test(persona.name, async ({ screener }) => {
      await screener.open(persona.asOf);
      const pages = await screener.answerAll(persona.facts);
      console.log(`[pages] ${persona.name}: ${pages} question pages (${screener.pagesAsked.map((facts) => facts.join("+")).join(" > ")})`);
      expect(pages).toBeLessThanOrEqual(25);
      await screener.seeResults();
      await screener.expectStatuses(persona.expected);
    });
  }
});
