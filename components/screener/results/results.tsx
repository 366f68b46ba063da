"use client";

import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import type { Facts } from "@/rules/facts/schema";
import type { Screening } from "@/lib/engine/screen";
import { answerRows, type QuestionLabels } from "@/lib/results/answers";
import { longDate } from "@/lib/words/dates";
import { groupResults } from "@/lib/results/group";
import { helpGroups, helpPaths, type ResultResource } from "@/lib/results/help";
import { firstActions, firstDocuments, withDocuments, type ActionDocument } from "@/lib/results/first-actions";
import { plainTitle } from "@/lib/results/plain-title";
import { whatWouldChange } from "@/lib/engine/what-would-change";
import type { ResultsWords } from "@/lib/results/words-schema";
import { sayer } from "@/lib/words/say";
import type { IsoDate, PathId } from "@/rules/types";
import { useSession } from "../session";
import { BriefCard } from "./brief-card";
import { FirstActions } from "./first-actions";
import { PrintButtons, buttonStyle } from "./print-buttons";
import { ResultCard, type PathCardContent } from "./result-card";
import { WhoCanHelp } from "./who-can-help";

export type { PathCardContent } from "./result-card";
export type { QuestionLabel, QuestionLabels } from "@/lib/results/answers";
export type { ResultResource } from "@/lib/results/help";
export type { ResultsWords } from "@/lib/results/words-schema";
export type { ActionDocument } from "@/lib/results/first-actions";

/**
 * Everything <Results> needs, all plain JSON (it crosses the server → client boundary):
 * - `screening`: `screen(facts, asOf, reasonWords)` — one worded result per path, in the order of rules/README.md § paths;
 * - `facts`: the answers the screening was made from (for "What to do first", "What a lawyer may check" and the printed answers);
 * - `words`: `readResultsWords()` (lib/content/results.ts);
 * - `questions`: `readQuestionWords()` (lib/content/questions.ts) — each fact's `summary` and `options`;
 * - `pathPages`: `readAllPathPages()` (lib/content/pages.ts) — title, summary, nextSteps, whoCanHelp;
 * - `resources`: `readResources()` (lib/content/pages.ts);
 * - `documents`: the letters and checklists that fit each path's result, by path id (lib/letters `documentsFor`):
 *   the first is shown under the path's first action, all of them on its card;
 * - `printedOn`: the date to print as "Date printed" (default `asOf`; nothing here reads the clock);
 * - `onChangeAnswers`: shows a "Change the answers" button that calls it (e.g. back to check-your-answers).
 * "Today" (`asOf`) and who is answering come from the screener's session (../session.tsx), not props.
 */
export interface ResultsProps {
  screening: Screening;
  facts: Facts;
  words: ResultsWords;
  questions: QuestionLabels;
  pathPages: readonly PathCardContent[];
  resources: readonly ResultResource[];
  documents?: Readonly<Partial<Record<PathId, readonly ActionDocument[]>>>;
  printedOn?: IsoDate;
  onChangeAnswers?: () => void;
}

/** The id of the results page's <h1>, for focus management. */
export const RESULTS_HEADING_ID = "results-heading";

/** Statuses shown as one line each, their details folded. */
const BRIEF = new Set(["unlikely", "not-applicable"]);

export function Results({ screening, facts, words, questions, pathPages, resources, documents = {}, printedOn, onChangeAnswers }: ResultsProps) {
  const { asOf, perspective } = useSession();
  const t = useMemo(() => sayer(perspective), [perspective]);
  const heading = useRef<HTMLHeadingElement>(null);

  // The heading and "What to do first" come first; the cards, who can help and the printed answers follow
  // in a transition, so a slow phone paints the part to act on before building the rest (issue 14).
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    heading.current?.focus();
    startTransition(() => setWhole(true));
  }, []);

  const pages = useMemo(() => new Map(pathPages.map((page) => [page.path, page])), [pathPages]);
  const pageFor = (path: PathId): PathCardContent => pages.get(path) ?? { path, title: path, summary: "", nextSteps: [], whoCanHelp: [] };
  const titleOf = (path: PathId) => plainTitle(pageFor(path).title);

  const { open, folded } = useMemo(() => groupResults(screening.results), [screening]);
  const actions = useMemo(() => withDocuments(firstActions(screening.results, facts, asOf), firstDocuments(documents)), [screening, facts, asOf, documents]);
  const changes = useMemo(
    () =>
      whole
        ? new Map(screening.results.map((r) => [r.path, r.status === "possible" || r.status === "unlikely" ? whatWouldChange(facts, asOf, r.path) : []]))
        : new Map<PathId, never[]>(),
    [whole, screening, facts, asOf],
  );
  const help = useMemo(() => {
    const named = Object.fromEntries(pathPages.map((page) => [page.path, page.whoCanHelp]));
    return helpGroups(helpPaths(screening.results), named, resources, words.help.groups, facts.citizenship === undefined || facts.citizenship === "citizen");
  }, [screening, pathPages, resources, words, facts]);
  const answers = useMemo(() => answerRows(facts, questions, words, t, perspective), [facts, questions, words, t, perspective]);

  const card = (result: Screening["results"][number], inFold = false) => {
    const common = { result, title: titleOf(result.path), changes: changes.get(result.path) ?? [], words, questions, t };
    return BRIEF.has(result.status) ? <BriefCard key={result.path} {...common} inFold={inFold} /> : <ResultCard key={result.path} {...common} page={pageFor(result.path)} documents={documents[result.path] ?? []} />;
  };

  return (
    // A screen tall until the rest is in, so the footer does not show and then jump away (layout shift).
    <div data-results className={whole ? undefined : "min-h-screen"}>
      <h1 id={RESULTS_HEADING_ID} ref={heading} tabIndex={-1} className="text-3xl font-bold sm:text-4xl print:text-3xl">
        {t(words.page.title)}
      </h1>

      <div role="region" aria-labelledby="results-urgent" data-summary className="mt-3 border-4 border-brand p-2 sm:p-3 print:border-2">
        <h2 id="results-urgent" className="text-2xl font-bold">
          {t(words.first.heading)}
        </h2>
        <FirstActions actions={actions} words={words} t={t} titleOf={titleOf} />
        <p className="mt-3 text-base" data-as-of={asOf}>
          {t(words.page.asOf, { date: longDate(asOf) })}
          <span className="hidden print:inline"> {t(words.page.printedOn, { date: longDate(printedOn ?? asOf) })}</span>{" "}
          {t(words.page.notLegalAdvice)}{" "}
          <span className="print:hidden">
            <a href={words.page.helpHref} className="text-brand underline">
              {t(words.page.helpLink)}
            </a>
            {" · "}
            <a href={words.page.notLegalAdviceHref} className="text-brand underline">
              {t(words.page.notLegalAdviceLink)}
            </a>
          </span>
        </p>
      </div>

      <div className="mt-3 flex flex-wrap gap-2 print:hidden">
        <PrintButtons words={words} t={t} />
        {onChangeAnswers && (
          <button type="button" className={buttonStyle} onClick={onChangeAnswers}>
            {t(words.page.changeAnswers)}
          </button>
        )}
      </div>

      {whole && open.map((group) => (
        <section key={group.status} aria-labelledby={`group-${group.status}`} data-group={group.status} className="mt-4 print:mt-3">
          <h2 id={`group-${group.status}`} className="text-xl font-bold sm:text-2xl print:text-xl">
            {t(words.groups[group.status].heading)} <span className="text-muted">({group.results.length})</span>
          </h2>
          <p className="mt-1 text-base">{t(words.groups[group.status].intro)}</p>
          {group.results.map((result) => card(result))}
        </section>
      ))}

      {whole && folded.length > 0 && (
        <section aria-labelledby="group-not-applicable" data-group="not-applicable" className="mt-4 print:mt-3">
          <h2 id="group-not-applicable" className="text-xl font-bold sm:text-2xl print:text-xl">
            {t(words.groups["not-applicable"].heading)} <span className="text-muted">({folded.length})</span>
          </h2>
          {/* On screen the fold's summary says it; on paper the intro stands before the names. */}
          <p className="mt-1 hidden text-base print:block">{t(words.groups["not-applicable"].intro)}</p>
          <details className="mt-3 print:hidden" data-print-detail>
            <summary className="cursor-pointer font-bold text-brand underline">{t(words.notApplicableSummary, { count: folded.length })}</summary>
            {folded.map((result) => card(result, true))}
          </details>
          {/* On paper, a short line for each instead of the folded cards. */}
          <ul data-folded-list className="mt-1 hidden text-base print:block">
            {folded.map((result, index) => (
              <li key={result.path} className="inline">
                {index > 0 && "; "}
                {titleOf(result.path)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {whole && <WhoCanHelp groups={help} words={words} t={t} />}

      {whole && answers.length > 0 && (
        <section aria-labelledby="results-answers" data-answers className="mt-10 hidden break-before-page print:block">
          <h2 id="results-answers" className="text-2xl font-bold">
            {t(words.page.answersHeading)}
          </h2>
          <p className="mt-1">{t(words.page.answersIntro)}</p>
          <dl className="mt-2 print:columns-2 print:gap-6">
            {answers.map((row) => (
              <div key={row.fact} className="break-inside-avoid border-b border-[#b1b4b6] py-0.5">
                <dt className="inline font-bold">{row.question}: </dt>
                <dd className="inline">{row.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

    </div>
  );
}
