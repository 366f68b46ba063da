"use client";

import type { PathResult } from "@/lib/engine/screen";
import { answerInWords, questionLabel, type QuestionLabels } from "@/lib/results/answers";
import { daysFrom, longDate } from "@/lib/words/dates";
import { isIsoDate } from "@/rules/calendar/dates";
import { daysInWords } from "@/lib/words/days-in-words";
import { estimateRows } from "@/lib/results/estimates";
import type { ResultResource } from "@/lib/results/help";
import type { Change } from "@/lib/engine/what-would-change";
import type { ResultsWords } from "@/lib/results/words-schema";
import type { Say, Variant } from "@/lib/words/say";
import type { IsoDate, Status } from "@/rules/types";
import { useSession } from "../session";
import { CalendarButton } from "./calendar-button";

/** The words of one path for its card (content/paths/<id>.md; lib/content/pages.ts `PathPage` fits). */
export interface PathCardContent {
  path: PathResult["path"];
  title: string;
  summary: Variant;
  nextSteps: readonly Variant[];
  whoCanHelp: readonly string[];
}

/** Status tags: a text label always; colour only adds to it. A border keeps the tag visible in print. */
const TAG_STYLE: Record<Status, string> = {
  likely: "bg-ok text-white border-ok",
  possible: "bg-[#fff2a8] text-ink border-ink",
  "not-yet": "bg-brand text-white border-brand",
  unlikely: "bg-[#e8e8e8] text-ink border-muted",
  "not-applicable": "bg-white text-ink border-muted",
  incomplete: "bg-white text-ink border-muted",
};

const EDGE_STYLE: Record<Status, string> = {
  likely: "border-l-ok",
  possible: "border-l-[#8a6d00]",
  "not-yet": "border-l-brand",
  unlikely: "border-l-muted",
  "not-applicable": "border-l-muted",
  incomplete: "border-l-muted",
};

/** Days within which a deadline is "close" and its exact day should be confirmed with a lawyer (rules/README.md § results). */
export const CLOSE_DAYS = 30;

export interface ResultCardProps {
  result: PathResult;
  page: PathCardContent;
  help: readonly ResultResource[];
  changes: readonly Change[];
  words: ResultsWords;
  questions: QuestionLabels;
  t: Say;
}

export function ResultCard({ result, page, help, changes, words, questions, t }: ResultCardProps) {
  const { asOf, perspective } = useSession();
  const id = `result-${result.path}`;
  const titleId = `${id}-title`;
  const statusText = t(words.status[result.status]);

  const when = (date: IsoDate) => daysInWords(daysFrom(asOf, date), words.days, t);

  type DateRow = { key: string; label: string; date: IsoDate; eventTitle: string; note?: string };
  const dates: DateRow[] = [];
  if (result.earliestDeadline) {
    dates.push({ key: "earliestDeadline", label: t(words.card.earliestDeadline), date: result.earliestDeadline, eventTitle: t(words.calendar.actByTitle) });
  }
  if (result.deadline) {
    const days = daysFrom(asOf, result.deadline);
    dates.push({
      key: "deadline",
      label: t(words.card.deadline),
      date: result.deadline,
      eventTitle: t(words.calendar.deadlineTitle),
      note: days >= 0 && days <= CLOSE_DAYS ? t(words.card.confirmWithCounsel) : undefined,
    });
  }
  if (result.availableFrom) {
    const passed = daysFrom(asOf, result.availableFrom) < 0;
    dates.push({
      key: "availableFrom",
      label: t(passed ? words.card.availableSince : words.card.availableFrom),
      date: result.availableFrom,
      eventTitle: t(words.calendar.availableTitle),
    });
  }

  const estimate = estimateRows(result.estimate, words.estimates);
  const changeItems = changes
    .map((change) => {
      const question = questionLabel(change.fact, questions, perspective);
      const answer = answerInWords(change.fact, change.value, questions, words, t, perspective);
      return question && answer ? { key: change.fact, text: t(words.card.changeItem, { question, answer, status: t(words.status[change.status]) }) } : undefined;
    })
    .filter((item) => item !== undefined);

  const h4 = "mt-4 text-lg font-bold";

  return (
    <div
      role="region"
      aria-labelledby={titleId}
      id={id}
      data-path={result.path}
      data-status={result.status}
      className={`mt-6 border-2 border-l-8 border-[#b1b4b6] ${EDGE_STYLE[result.status]} bg-white p-4 break-inside-avoid-page print:mt-4 print:p-3`}
    >
      <h3 id={titleId} className="text-xl font-bold">
        {page.title}
      </h3>
      <p className="mt-2">
        <span className="sr-only">{t(words.status.label)} </span>
        <strong data-status-label className={`inline-block border-2 px-2 py-0.5 text-base ${TAG_STYLE[result.status]}`}>
          {statusText}
        </strong>
      </p>
      <p className="mt-2">{t(page.summary)}</p>

      <h4 className={h4}>{t(words.card.why)}</h4>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        {result.reasons.map((reason, index) => (
          <li key={`${reason.key}-${index}`}>
            {reason.text} <cite className="text-base not-italic text-muted">({reason.cite})</cite>
          </li>
        ))}
      </ul>

      {dates.length > 0 && (
        <dl className="mt-4 space-y-3">
          {dates.map((row) => (
            <div key={row.key} data-date={row.key}>
              <dt className="font-bold">{row.label}</dt>
              <dd>
                <time dateTime={row.date}>{longDate(row.date)}</time> ({when(row.date)})
                {row.note && <p className="mt-1 font-bold">{row.note}</p>}
                {daysFrom(asOf, row.date) >= 0 && (
                  <div>
                    <CalendarButton
                      date={row.date}
                      eventTitle={row.eventTitle}
                      label={t(words.calendar.button)}
                      context={t(words.calendar.buttonContext, { label: row.label, date: longDate(row.date), title: page.title })}
                    />
                  </div>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}

      {estimate.length > 0 && (
        <div className="mt-4 border-l-4 border-muted pl-3" data-estimate>
          <h4 className="text-lg font-bold">{t(words.card.estimateHeading)}</h4>
          <dl className="mt-1 space-y-1">
            {estimate.map(({ name, label, value }) => (
              <div key={name}>
                <dt className="inline font-bold">{t(label)}: </dt>
                <dd className="inline">
                  {isIsoDate(value) ? (
                    <>
                      <time dateTime={value}>{longDate(value)}</time>
                      {daysFrom(asOf, value) >= 0 && ` (${when(value)})`}
                    </>
                  ) : (
                    String(value)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}

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

      {changeItems.length > 0 && (
        <div data-what-would-change>
          <h4 className={h4}>{t(words.card.changeHeading)}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {changeItems.map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
        </div>
      )}

      {page.nextSteps.length > 0 && (
        <>
          <h4 className={h4}>{t(words.card.nextSteps)}</h4>
          <ol className="mt-1 list-decimal space-y-1 pl-6">
            {page.nextSteps.map((step, index) => (
              <li key={index}>{t(step)}</li>
            ))}
          </ol>
        </>
      )}

      {help.length > 0 && (
        <>
          <h4 className={h4}>{t(words.card.whoCanHelp)}</h4>
          <ul className="mt-1 space-y-2">
            {help.map((resource) => (
              <li key={resource.id}>
                <a href={resource.url} className="font-bold text-brand underline" rel="noreferrer">
                  {resource.name}
                </a>
                <span className="hidden print:inline"> ({resource.url})</span>
                <span className="block text-base">{resource.what}</span>
                <span className="block text-base">{resource.howToReach}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <p className="mt-4 text-base text-muted" data-law-as-of={result.lawAsOf}>
        {t(words.card.lawChecked, { date: longDate(result.lawAsOf) })}
      </p>
      <p className="mt-4 print:hidden">
        <a href={`/paths/${result.path}/`} className="text-brand underline">
          {t(words.card.readMore, { title: page.title })}
        </a>
      </p>
    </div>
  );
}
