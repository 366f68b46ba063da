"use client";

import type { PathResult } from "@/lib/engine/screen";
import type { Change } from "@/lib/engine/what-would-change";
import type { QuestionLabels } from "@/lib/results/answers";
import type { ActionDocument } from "@/lib/results/first-actions";
import { estimateRows } from "@/lib/results/estimates";
import { whenInWords } from "@/lib/results/when";
import type { ResultsWords } from "@/lib/results/words-schema";
import { daysFrom, longDate } from "@/lib/words/dates";
import type { Say } from "@/lib/words/say";
import { isIsoDate } from "@/rules/calendar/dates";
import type { Status } from "@/rules/types";
import { useSession } from "../session";
import { CardFooter, DateLines, DateRows, LawyerChecks, Reasons, StatusTag, h4, type PathCardContent } from "./card-parts";

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
  `mt-1.5 border-2 border-l-8 border-[#b1b4b6] ${EDGE_STYLE[status]} bg-white px-3 py-1.5 break-inside-avoid-page print:mt-2 print:border print:border-l-4 print:px-2 print:py-1`;

export interface ResultCardProps {
  result: PathResult;
  page: PathCardContent;
  /** The path's name without its statute (lib/results/plain-title.ts). */
  title: string;
  changes: readonly Change[];
  /** The letters and checklists that fit this result (lib/letters `documentsFor`). */
  documents?: readonly ActionDocument[];
  words: ResultsWords;
  questions: QuestionLabels;
  t: Say;
}

/**
 * A full card, for a path the person may act on (may qualify, it depends, not yet). On its face: the name,
 * the status, the first reason and the date that matters most. Folded: every reason with the law cited,
 * the dates (with "Add to calendar"), the estimate and the next steps; for "it depends", what a lawyer may
 * check. The printed summary shows every reason with its citation and every date instead of the folds.
 */
export function ResultCard({ result, page, title, changes, documents = [], words, questions, t }: ResultCardProps) {
  const { asOf } = useSession();
  const id = `result-${result.path}`;
  const estimate = estimateRows(result.estimate, words.estimates);

  return (
    <div role="region" aria-labelledby={`${id}-title`} id={id} data-path={result.path} data-status={result.status} className={cardFrame(result.status)}>
      <h3 id={`${id}-title`} className="inline text-xl font-bold">
        {title}
      </h3>{" "}
      <StatusTag status={result.status} words={words} t={t} />
      <div className="print:hidden">
        <p className="mt-1 text-base">{result.reasons[0]?.text}</p>
        <DateLines result={result} words={words} t={t} first />
      </div>
      <div data-print-summary className="hidden print:block">
        <Reasons result={result} />
        <DateLines result={result} words={words} t={t} />
      </div>

      <details className="mt-2" data-print-detail>
        <summary className="cursor-pointer font-bold text-brand underline">
          {t(words.card.more)}
          <span className="sr-only">: {title}</span>
        </summary>
        <h4 className={h4}>{t(words.card.why)}</h4>
        <Reasons result={result} />
        <DateRows result={result} title={title} words={words} t={t} />

        {estimate.length > 0 && (
          <div className="mt-3 border-l-4 border-muted pl-3" data-estimate>
            <h4 className="text-lg font-bold">{t(words.card.estimateHeading)}</h4>
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
          </div>
        )}

        <div data-next-steps>
          <h4 className={h4}>{t(words.card.nextSteps)}</h4>
          <p className="mt-1">{t(page.summary)}</p>
          {page.nextSteps.length > 0 && (
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {page.nextSteps.map((step, index) => (
                <li key={index}>{t(step)}</li>
              ))}
            </ol>
          )}
          {documents.length > 0 && (
            <>
              <h4 className={h4}>{t(words.card.documents)}</h4>
              <ul className="mt-1 list-disc pl-6">
                {documents.map((document) => (
                  <li key={document.href}>
                    <a href={document.href} className="text-brand underline">
                      {t(document.label)}
                    </a>
                    <span className="hidden print:inline"> ({document.href})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
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
        <CardFooter result={result} title={title} words={words} t={t} />
      </details>

      {result.status === "possible" && <LawyerChecks changes={changes} words={words} questions={questions} t={t} />}
    </div>
  );
}
