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
  /** Inside a fold already (the does-not-fit group): shown whole, since a fold never sits inside another. */
  inFold?: boolean;
}

/**
 * One line for a path that is unlikely or does not fit: its name, status and first reason are the fold's
 * summary; folded: every reason with its citation, the dates, and (for "unlikely") what a lawyer may check.
 * No next steps: there is nothing here to act on.
 */
export function BriefCard({ result, title, changes, words, questions, t, inFold = false }: BriefCardProps) {
  const id = `result-${result.path}`;
  const line = (
    <>
      <h3 id={`${id}-title`} className={`inline text-lg font-bold ${inFold ? "" : "text-brand underline print:text-ink print:no-underline"}`}>
        {title}
      </h3>{" "}
      <StatusTag status={result.status} words={words} t={t} />
    </>
  );
  const rest = (
    <>
      <DateRows result={result} title={title} words={words} t={t} />
      {result.status === "unlikely" && <LawyerChecks changes={changes} words={words} questions={questions} t={t} inFold />}
      <CardFooter result={result} title={title} words={words} t={t} />
    </>
  );
  return (
    <div role="region" aria-labelledby={`${id}-title`} id={id} data-path={result.path} data-status={result.status} data-brief className={cardFrame(result.status)}>
      {inFold ? (
        <>
          {line}
          <Reasons result={result} />
          {rest}
        </>
      ) : (
        <details>
          <summary className="cursor-pointer">
            {line}
            {/* On screen, why in one line; the printed summary names the path and its status only ("Print all details" prints why). */}
            <span className="mt-1 block text-base" data-print-detail>
              {result.reasons[0]?.text}
            </span>
          </summary>
          <h4 className={h4}>{t(words.card.why)}</h4>
          <Reasons result={result} />
          {rest}
        </details>
      )}
    </div>
  );
}
