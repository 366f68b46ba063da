// @vitest-environment happy-dom
/**
 * <Results> with the real rules and every real word from content/: a relative of someone in prison with a
 * § 2255 deadline 22 days away (the same facts as tests/e2e/results.spec.ts).
 */
import { render, screen as view } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { SessionProvider } from "@/components/screener/session";
import { Results } from "@/components/screener/results/results";
import { readAllPathPages, readResources } from "@/lib/content/pages";
import { readQuestionWords } from "@/lib/content/questions";
import { readReasonWords } from "@/lib/content/reasons";
import { readResultsWords } from "@/lib/content/results";
import type { Facts } from "@/rules/facts/schema";
import { screen } from "@/lib/engine/screen";
import { PATH_IDS } from "@/rules/types";
import { plainTitle } from "@/lib/results/plain-title";

const AS_OF = "2026-11-23";
const facts: Facts = {
  perspective: "family", court: "federal", courtState: "NY", birthDate: "1970-03-10", citizenship: "citizen",
  caseStatus: "sentenced", convictionVacated: "no", offenseDate: "2024-02-01", simplePossession: "no", marijuanaOnly: "no",
  crackOffense: "no", fsaExcludedOffense: "no", violentOffense: "no", childVictim: "no", recordProblem: "unsure",
  prisonMonths: 60, prisonExtraDays: 0, lifeSentence: "no", supervisedReleaseOrdered: "yes", custody: "prison",
  custodyStartDate: "2025-12-20", jailCreditDays: 0, felony: "yes", diplomaOrGed: "yes", judgmentDate: "2025-12-01",
  appeal: "none", prior2255: "no", legalError: ["ineffective-lawyer"], continuingConsequences: "yes",
  crReasons: ["terminal-illness"], wardenRequest: "submitted", wardenRequestDate: "2026-11-10", sentenced3559c: "no",
  statusPoints: "no", criminalHistoryPoints: 0, zeroPointExclusion: "no", riskLevel: "minimum", removalOrder: "no",
  traffickingSurvivor: "no",
};

describe("<Results> with real content", () => {
  test("renders every path with its real title and every answer given in words", () => {
    const screening = screen(facts, AS_OF, readReasonWords());
    const questions = readQuestionWords();
    const { container } = render(
      <SessionProvider value={{ asOf: AS_OF, perspective: "family" }}>
        <Results
          screening={screening}
          facts={facts}
          words={readResultsWords()}
          questions={questions}
          pathPages={readAllPathPages()}
          resources={readResources()}
        />
      </SessionProvider>,
    );
    expect(container.querySelectorAll("[data-path]")).toHaveLength(13);
    for (const page of readAllPathPages()) {
      // Named without the statute: headlines carry no citations (issue 12); the reasons cite the law.
      expect(view.getByRole("region", { name: plainTitle(page.title), hidden: true })).toHaveAttribute("data-path", page.path);
    }
    expect(container.querySelector("[data-summary]")).toHaveTextContent("December 15, 2026 — in 22 days");
    // Every answer has words: nothing is printed by its code name.
    const answers = container.querySelectorAll("[data-answers] dt");
    expect(answers).toHaveLength(Object.keys(facts).length);
    expect(PATH_IDS.every((id) => container.querySelector(`[data-path="${id}"] h3`)?.textContent !== id)).toBe(true);
  }, 30_000);
});
