"use client";

import { useEffect, useMemo, useRef } from "react";
import type { Facts } from "@/rules/facts/schema";
import type { Screening } from "@/lib/engine/screen";
import { answerRows, type QuestionLabels } from "@/lib/results/answers";
import { longDate } from "@/lib/words/dates";
import { daysInWords } from "@/lib/words/days-in-words";
import { groupResults } from "@/lib/results/group";
import { helpFor, type ResultResource } from "@/lib/results/help";
import { mostUrgentAction, type UrgentAction } from "@/lib/results/urgent";
import { whatWouldChange } from "@/lib/engine/what-would-change";
import type { ResultsWords } from "@/lib/results/words-schema";
import { sayer, type Say } from "@/lib/words/say";
import type { IsoDate, PathId } from "@/rules/types";
import { useSession } from "../session";
import { CLOSE_DAYS, ResultCard, type PathCardContent } from "./result-card";

export type { PathCardContent } from "./result-card";
export type { QuestionLabel, QuestionLabels } from "@/lib/results/answers";
export type { ResultResource } from "@/lib/results/help";
export type { ResultsWords } from "@/lib/results/words-schema";

/**
 * Everything <Results> needs, all plain JSON (it crosses the server → client boundary):
 * - `screening`: `screen(facts, asOf, reasonWords)` — one worded result per path, in the order of rules/README.md § paths;
 * - `facts`: the answers the screening was made from (for "what would change this" and the printed answers);
 * - `words`: `readResultsWords()` (lib/content/results.ts);
 * - `questions`: `readQuestionWords()` (lib/content/questions.ts) — each fact's `summary` and `options`;
 * - `pathPages`: `readAllPathPages()` (lib/content/pages.ts) — title, summary, nextSteps, whoCanHelp;
 * - `resources`: `readResources()` (lib/content/pages.ts);
 * - `printedOn`: the date to print as "Date printed" (default `asOf`; nothing here reads the clock);
 * "Today" (`asOf`) and who is answering come from the screener's session (../session.tsx), not props.
 * - `onChangeAnswers`: shows a "Change the answers" button that calls it (e.g. back to check-your-answers).
 */
export interface ResultsProps {
  screening: Screening;
  facts: Facts;
  words: ResultsWords;
  questions: QuestionLabels;
  pathPages: readonly PathCardContent[];
  resources: readonly ResultResource[];
  printedOn?: IsoDate;
  onChangeAnswers?: () => void;
}

/** The id of the results page's <h1>, for focus management. */
export const RESULTS_HEADING_ID = "results-heading";

const button =
  "inline-block min-h-11 cursor-pointer bg-[#f3f2f1] px-4 py-2 font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9] focus-visible:bg-focus print:hidden";

export function Results({ screening, facts, words, questions, pathPages, resources, printedOn, onChangeAnswers }: ResultsProps) {
  const { asOf, perspective } = useSession();
  const t = useMemo(() => sayer(perspective), [perspective]);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const pages = useMemo(() => new Map(pathPages.map((page) => [page.path, page])), [pathPages]);
  const pageFor = (path: PathId): PathCardContent =>
    pages.get(path) ?? { path, title: path, summary: "", nextSteps: [], whoCanHelp: [] };
  const titleOf = (path: PathId) => pageFor(path).title;

  const { open, folded } = useMemo(() => groupResults(screening.results), [screening]);
  const urgent = useMemo(() => mostUrgentAction(screening.results, asOf), [screening, asOf]);
  const changes = useMemo(
    () => new Map(screening.results.map((r) => [r.path, r.status === "not-applicable" ? [] : whatWouldChange(facts, asOf, r.path)])),
    [screening, facts, asOf],
  );
  const answers = useMemo(() => answerRows(facts, questions, words, t, perspective), [facts, questions, words, t, perspective]);

  const card = (result: Screening["results"][number]) => (
    <ResultCard
      key={result.path}
      result={result}
      page={pageFor(result.path)}
      help={helpFor(result.path, pageFor(result.path).whoCanHelp, resources)}
      changes={changes.get(result.path) ?? []}
      words={words}
      questions={questions}
      t={t}
    />
  );

  return (
    <div data-results className="print:text-base">
      <h1 id={RESULTS_HEADING_ID} ref={heading} tabIndex={-1} className="text-4xl font-bold print:text-3xl">
        {t(words.page.title)}
      </h1>

      <div role="region" aria-labelledby="results-urgent" data-summary className="mt-6 border-4 border-brand p-4 print:border-2">
        <h2 id="results-urgent" className="text-2xl font-bold">
          {t(words.urgent.heading)}
        </h2>
        <UrgentText urgent={urgent} words={words} t={t} titleOf={titleOf} />
        <p className="mt-3" data-as-of={asOf}>
          {t(words.page.asOf, { date: longDate(asOf) })}
        </p>
        <p className="mt-1 hidden print:block">{t(words.page.printedOn, { date: longDate(printedOn ?? asOf) })}</p>
        <p className="mt-3">
          {t(words.page.notLegalAdvice)}{" "}
          <a href={words.page.helpHref} className="text-brand underline">
            {t(words.page.helpLink)}
          </a>
          <span className="print:hidden">
            {" · "}
            <a href={words.page.notLegalAdviceHref} className="text-brand underline">
              {t(words.page.notLegalAdviceLink)}
            </a>
          </span>
        </p>
      </div>

      <div className="mt-6 flex flex-wrap gap-4 print:hidden">
        <button type="button" className={button} onClick={() => window.print()}>
          {t(words.page.printButton)}
        </button>
        {onChangeAnswers && (
          <button type="button" className={button} onClick={onChangeAnswers}>
            {t(words.page.changeAnswers)}
          </button>
        )}
      </div>

      {open.map((group) => (
        <section key={group.status} aria-labelledby={`group-${group.status}`} data-group={group.status} className="mt-10 print:mt-6">
          <h2 id={`group-${group.status}`} className="text-3xl font-bold print:text-2xl">
            {t(words.groups[group.status].heading)} <span className="text-muted">({group.results.length})</span>
          </h2>
          <p className="mt-1">{t(words.groups[group.status].intro)}</p>
          {group.results.map(card)}
        </section>
      ))}

      {folded.length > 0 && (
        <section aria-labelledby="group-not-applicable" data-group="not-applicable" className="mt-10 print:mt-6">
          <h2 id="group-not-applicable" className="text-3xl font-bold print:text-2xl">
            {t(words.groups["not-applicable"].heading)} <span className="text-muted">({folded.length})</span>
          </h2>
          <p className="mt-1">{t(words.groups["not-applicable"].intro)}</p>
          <details className="mt-4 print:hidden">
            <summary className="cursor-pointer font-bold text-brand underline">
              {t(words.notApplicableSummary, { count: folded.length })}
            </summary>
            {folded.map(card)}
          </details>
          {/* On paper, a short line for each instead of the folded cards. */}
          <ul data-folded-list className="mt-2 hidden list-disc pl-6 print:block">
            {folded.map((result) => (
              <li key={result.path}>
                <strong>{titleOf(result.path)}</strong>: {result.reasons[0]?.text}{" "}
                {result.reasons[0] && <cite className="not-italic">({result.reasons[0].cite})</cite>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {answers.length > 0 && (
        <section aria-labelledby="results-answers" data-answers className="mt-10 hidden break-before-page print:block">
          <h2 id="results-answers" className="text-2xl font-bold">
            {t(words.page.answersHeading)}
          </h2>
          <p className="mt-1">{t(words.page.answersIntro)}</p>
          <dl className="mt-3">
            {answers.map((row) => (
              <div key={row.fact} className="border-b border-[#b1b4b6] py-1">
                <dt className="inline font-bold">{row.question}: </dt>
                <dd className="inline">{row.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <p className="mt-10 print:hidden">
        <button type="button" className={button} onClick={() => window.print()}>
          {t(words.page.printButton)}
        </button>
      </p>
    </div>
  );
}

function UrgentText({ urgent, words, t, titleOf }: { urgent: UrgentAction; words: ResultsWords; t: Say; titleOf: (path: PathId) => string }) {
  const days = (n: number) => daysInWords(n, words.days, t);
  switch (urgent.kind) {
    case "deadline":
      return (
        <>
          <p className="mt-2 text-xl font-bold" data-urgent="deadline" data-urgent-path={urgent.path}>
            {t(words.urgent.deadline, { title: titleOf(urgent.path), date: longDate(urgent.date), days: days(urgent.days) })}
          </p>
          {urgent.actBy && (
            <p className="mt-1 text-xl font-bold">
              {t(words.urgent.actBy, { date: longDate(urgent.actBy.date), days: days(urgent.actBy.days) })}
            </p>
          )}
          {urgent.days <= CLOSE_DAYS && <p className="mt-1">{t(words.card.confirmWithCounsel)}</p>}
        </>
      );
    case "likely":
      return (
        <p className="mt-2 text-xl font-bold" data-urgent="likely" data-urgent-path={urgent.paths[0]}>
          {urgent.paths.length === 1
            ? t(words.urgent.likelyOne, { title: titleOf(urgent.paths[0]) })
            : t(words.urgent.likelyMany, { title: titleOf(urgent.paths[0]), count: urgent.paths.length })}
        </p>
      );
    case "available":
      return (
        <p className="mt-2 text-xl font-bold" data-urgent="available" data-urgent-path={urgent.path}>
          {t(words.urgent.available, { title: titleOf(urgent.path), date: longDate(urgent.date), days: days(urgent.days) })}
        </p>
      );
    case "possible":
      return (
        <p className="mt-2 text-xl font-bold" data-urgent="possible" data-urgent-path={urgent.path}>
          {t(words.urgent.possible, { title: titleOf(urgent.path) })}
        </p>
      );
    case "none":
      return (
        <p className="mt-2 text-xl font-bold" data-urgent="none">
          {t(words.urgent.none)}
        </p>
      );
  }
}
