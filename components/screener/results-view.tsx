"use client";
import type { Facts } from "@/lib/facts/schema";
import { screen, type ReasonWords } from "@/lib/screen/screen";
import type { Say } from "@/lib/screener/words";
import type { IsoDate } from "@/rules/types";
import { usePageTitle } from "./page-title";
import { LinkButton } from "@/components/ui/button";

/**
 * The results step. A minimal list of cards with `data-path` and `data-status` until the results engineer's
 * <Results> (components/screener/results/results.tsx) is swapped in.
 */
export function ResultsView({ facts, asOf, reasonWords, say, onChangeAnswers }: { facts: Facts; asOf: IsoDate; reasonWords: ReasonWords; say: Say; onChangeAnswers: () => void }) {
  usePageTitle(say("results.title"), false, say);
  const screening = screen(facts, asOf, reasonWords);
  return (
    <>
      <h1 tabIndex={-1} className="mb-2 text-3xl font-bold sm:text-4xl">
        {say("results.title")}
      </h1>
      <p className="mb-6">{say("results.asOf", { date: asOf })}</p>
      <ul className="space-y-4">
        {screening.results.map((result) => (
          <li key={result.path} data-path={result.path} data-status={result.status} className="border border-[#b1b4b6] p-4">
            <h2 className="font-bold">{result.path}</h2>
            <p>{result.status}</p>
            <ul>
              {result.reasons.map((reason) => (
                <li key={reason.key}>
                  {reason.text} ({reason.cite})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <LinkButton onClick={onChangeAnswers}>{say("results.backToAnswers")}</LinkButton>
      </p>
    </>
  );
}
