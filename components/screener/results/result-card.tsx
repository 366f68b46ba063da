"use client";

import type { PathResult } from "@/lib/engine/screen";
import type { Change } from "@/lib/engine/what-would-change";
import type { QuestionLabels } from "@/lib/results/answers";
import { estimateRows } from "@/lib/results/estimates";
import { whenInWords } from "@/lib/results/when";
import type { ResultsWords } from "@/lib/results/words-schema";
import { daysFrom, longDate } from "@/lib/words/dates";
import type { Say } from "@/lib/words/say";
import { isIsoDate } from "@/rules/calendar/dates";
import type { Status } from "@/rules/types";
import { useSession } from "../session";
import { CardFooter, DateRows, LawyerChecks, Reasons, StatusTag, h4, type PathCardContent } from "./card-parts";

export { CLOSE_DAYS, type PathCardContent } from "./card-parts";

const EDGE_STYLE: Record<Status, string> = {
  likely: "border-l-ok",
  possible: "border-l-[#8a6d00]",
  "not-yet": "border-l-brand",
  unlikely: "border-l-muted",
  "not-applicable": "border-l-muted",
  incomplete: "border-l-muted",
};

/** Shared by the full card and the one-line card: a region named by the path's title, with `data-path` and `data-status`. */
export const cardFrame = (status: Status) =>
  `mt-4 border-2 border-l-8 border-[#b1b4b6] ${EDGE_STYLE[status]} bg-white p-3 break-inside-avoid-page print:mt-3 print:border print:border-l-4 print:p-2`;

export interface ResultCardProps {
  result: PathResult;
  page: PathCardContent;
  /** The path's name without its statute (lib/results/plain-title.ts). */
  title: string;
  changes: readonly Change[];
  words: ResultsWords;
  questions: QuestionLabels;
  t: Say;
}

/**
 * A full card, for a path the person may act on (may qualify, it depends, not yet): why, with the law cited,
 * and the dates, then folded: the estimate, the next steps and (for "it depends") what a lawyer may check.
 */
export function ResultCard({ result, page, title, changes, words, questions, t }: ResultCardProps) {
  const { asOf } = useSession();
  const id = `result-${result.path}`;
  const estimate = estimateRows(result.estimate, words.estimates);

  return (
    <div role="region" aria-labelledby={`${id}-title`} id={id} data-path={result.path} data-status={result.status} className={cardFrame(result.status)}>
      <h3 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h3>
      <p className="mt-1">
        <StatusTag status={result.status} words={words} t={t} />
      </p>

      <h4 className={h4}>{t(words.card.why)}</h4>
      <Reasons result={result} />
      <DateRows result={result} title={title} words={words} t={t} />

      {estimate.length > 0 && (
        <details className="mt-3" data-estimate data-print-detail>
          <summary className="cursor-pointer font-bold text-brand underline">{t(words.card.estimateHeading)}</summary>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {estimate.map(({ name, label, value }) => (
              <li key={name}>
                {t(label)}:{" "}
                {isIsoDate(value) ? (
                  <>
                    <time dateTime={value}>{longDate(value)}</time>
                    {daysFrom(asOf, value) >= 0 && ` (${whenInWords(daysFrom(asOf, value), words.days, t)})`}
                  </>
                ) : (
                  String(value)
                )}
                .
              </li>
            ))}
          </ul>
        </details>
      )}

      <details className="mt-3" data-next-steps data-print-detail>
        <summary className="cursor-pointer font-bold text-brand underline">{t(words.card.nextSteps)}</summary>
        <p className="mt-1">{t(page.summary)}</p>
        {result.remedies && result.remedies.length > 0 && (
          <>
            <h4 className={h4}>{t(words.card.remediesHeading)}</h4>
            <ul className="mt-1 list-disc pl-6">
              {result.remedies.map((remedy) => (
                <li key={remedy}>{t(words.remedies[remedy])}</li>
              ))}
            </ul>
          </>
        )}
        {page.nextSteps.length > 0 && (
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {page.nextSteps.map((step, index) => (
              <li key={index}>{t(step)}</li>
            ))}
          </ol>
        )}
      </details>

      {result.status === "possible" && <LawyerChecks changes={changes} words={words} questions={questions} t={t} />}
      <CardFooter result={result} title={title} words={words} t={t} />
    </div>
  );
}
