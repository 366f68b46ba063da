"use client";

import type { PathResult } from "@/lib/engine/screen";
import type { Change } from "@/lib/engine/what-would-change";
import type { QuestionLabels } from "@/lib/results/answers";
import type { ResultsWords } from "@/lib/results/words-schema";
import type { Say } from "@/lib/words/say";
import { CardFooter, DateRows, LawyerChecks, Reasons, StatusTag, h4 } from "./card-parts";
import { cardFrame } from "./result-card";

export interface BriefCardProps {
  result: PathResult;
  /** The path's name without its statute. */
  title: string;
  changes: readonly Change[];
  words: ResultsWords;
  questions: QuestionLabels;
  t: Say;
}

/**
 * One line for a path that is unlikely or does not fit: its name, status and first reason are the fold's
 * summary; folded: every reason with its citation, the dates, and (for "unlikely") what a lawyer may check.
 * No next steps: there is nothing here to act on.
 */
export function BriefCard({ result, title, changes, words, questions, t }: BriefCardProps) {
  const id = `result-${result.path}`;
  return (
    <div role="region" aria-labelledby={`${id}-title`} id={id} data-path={result.path} data-status={result.status} data-brief className={cardFrame(result.status)}>
      <details>
        <summary className="cursor-pointer">
          <h3 id={`${id}-title`} className="inline text-lg font-bold text-brand underline print:text-ink print:no-underline">
            {title}
          </h3>{" "}
          <StatusTag status={result.status} words={words} t={t} />
          <span className="mt-1 block text-base">{result.reasons[0]?.text}</span>
        </summary>
        <h4 className={h4}>{t(words.card.why)}</h4>
        <Reasons result={result} />
        <DateRows result={result} title={title} words={words} t={t} />
        {result.status === "unlikely" && <LawyerChecks changes={changes} words={words} questions={questions} t={t} />}
        <CardFooter result={result} title={title} words={words} t={t} />
      </details>
    </div>
  );
}
