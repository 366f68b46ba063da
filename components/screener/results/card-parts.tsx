"use client";

import type { PathResult } from "@/lib/engine/screen";
import { pageLang, sitePath } from "@/lib/words/lang";
import type { Change } from "@/lib/engine/what-would-change";
import { answerInWords, questionLabel, type QuestionLabels } from "@/lib/results/answers";
import { whenInWords } from "@/lib/results/when";
import type { ResultsWords } from "@/lib/results/words-schema";
import { daysFrom, longDate } from "@/lib/words/dates";
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

/** Days within which a deadline is "close" and its exact day should be confirmed with a lawyer (rules/README.md § results). */
export const CLOSE_DAYS = 30;

/** Status tags: a text label always; colour only adds to it. A border keeps the tag visible in print. */
const TAG_STYLE: Record<Status, string> = {
  likely: "bg-ok text-white border-ok",
  possible: "bg-[#fff2a8] text-ink border-ink",
  "not-yet": "bg-brand text-white border-brand",
  unlikely: "bg-[#e8e8e8] text-ink border-muted",
  "not-applicable": "bg-white text-ink border-muted",
  incomplete: "bg-white text-ink border-muted",
};

export const h4 = "mt-3 text-lg font-bold";

/** "Result: May qualify", the words always there and colour only adding to them. */
export function StatusTag({ status, words, t }: { status: Status; words: ResultsWords; t: Say }) {
  return (
    <>
      <span className="sr-only">{t(words.status.label)} </span>
      <strong data-status-label className={`inline-block border-2 px-2 py-0.5 text-base print:border print:bg-white print:text-ink ${TAG_STYLE[status]}`}>
        {t(words.status[status])}
      </strong>
    </>
  );
}

/** Every reason with its citation. */
export function Reasons({ result }: { result: PathResult }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-6">
      {result.reasons.map((reason, index) => (
        <li key={`${reason.key}-${index}`}>
          {reason.text} <cite className="text-base not-italic text-muted">({reason.cite})</cite>
        </li>
      ))}
    </ul>
  );
}

interface DateRow {
  key: string;
  label: string;
  date: IsoDate;
  eventTitle: string;
  note?: string;
}

/** The result's dates: the safer act-by date, the deadline, the day it opens (or opened). */
function dateRows(result: PathResult, asOf: IsoDate, words: ResultsWords, t: Say): DateRow[] {
  const rows: DateRow[] = [];
  if (result.earliestDeadline) {
    rows.push({ key: "earliestDeadline", label: t(words.card.earliestDeadline), date: result.earliestDeadline, eventTitle: t(words.calendar.actByTitle) });
  }
  if (result.deadline) {
    const days = daysFrom(asOf, result.deadline);
    const note = days >= 0 && days <= CLOSE_DAYS ? t(words.card.confirmWithCounsel) : undefined;
    rows.push({ key: "deadline", label: t(words.card.deadline), date: result.deadline, eventTitle: t(words.calendar.deadlineTitle), note });
  }
  if (result.availableFrom) {
    const passed = daysFrom(asOf, result.availableFrom) < 0;
    const label = t(passed ? words.card.availableSince : words.card.availableFrom);
    rows.push({ key: "availableFrom", label, date: result.availableFrom, eventTitle: t(words.calendar.availableTitle) });
  }
  return rows;
}

/** The result's dates, each in words from today, with "Add to calendar" for those still ahead. */
export function DateRows({ result, title, words, t }: { result: PathResult; title: string; words: ResultsWords; t: Say }) {
  const { asOf } = useSession();
  const rows = dateRows(result, asOf, words, t);
  if (rows.length === 0) return null;
  return (
    <dl className="mt-3 space-y-2">
      {rows.map((row) => (
        <div key={row.key} data-date={row.key}>
          <dt className="font-bold">{row.label}</dt>
          <dd>
            <time dateTime={row.date}>{longDate(row.date)}</time> ({whenInWords(daysFrom(asOf, row.date), words.days, t)})
            {row.note && <p className="mt-1 font-bold">{row.note}</p>}
            {daysFrom(asOf, row.date) >= 0 && (
              <div>
                <CalendarButton
                  date={row.date}
                  eventTitle={row.eventTitle}
                  label={t(words.calendar.button)}
                  context={t(words.calendar.buttonContext, { label: row.label, date: longDate(row.date), title })}
                />
              </div>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Dates as short lines of text: `first` gives the one that matters most (the first still ahead, if any),
 * for the card's face; otherwise every date, for the printed summary.
 */
export function DateLines({ result, words, t, first = false }: { result: PathResult; words: ResultsWords; t: Say; first?: boolean }) {
  const { asOf } = useSession();
  const rows = dateRows(result, asOf, words, t);
  const shown = first ? rows.filter((row) => daysFrom(asOf, row.date) >= 0).slice(0, 1) : rows;
  return shown.map((row) => (
    <p key={row.key} className="mt-1 text-base">
      <strong>{row.label}:</strong> <time dateTime={row.date}>{longDate(row.date)}</time> ({whenInWords(daysFrom(asOf, row.date), words.days, t)})
    </p>
  ));
}

/**
 * "What a lawyer may check": the answers a record or a lawyer could show to be different. Folded on its own,
 * or (`inFold`) as a plain list inside a card's fold: a fold never sits inside another.
 */
export function LawyerChecks({ changes, words, questions, t, inFold = false }: { changes: readonly Change[]; words: ResultsWords; questions: QuestionLabels; t: Say; inFold?: boolean }) {
  const { perspective } = useSession();
  const items = changes
    .map((change) => {
      const question = questionLabel(change.fact, questions, perspective);
      const answer = answerInWords(change.fact, change.value, questions, words, t, perspective);
      return question && answer ? { key: change.fact, text: t(words.card.changeItem, { question, answer, status: t(words.status[change.status]) }) } : undefined;
    })
    .filter((item) => item !== undefined);
  if (items.length === 0) return null;
  const list = (
    <ul className="mt-1 list-disc space-y-1 pl-6">
      {items.map((item) => (
        <li key={item.key}>{item.text}</li>
      ))}
    </ul>
  );
  if (inFold) {
    return (
      <div data-what-would-change>
        <h4 className={h4}>{t(words.card.changeHeading)}</h4>
        {list}
      </div>
    );
  }
  return (
    <details data-what-would-change data-print-detail className="mt-1">
      <summary className="cursor-pointer font-bold text-brand underline">{t(words.card.changeHeading)}</summary>
      {list}
    </details>
  );
}

/** The path page's link (on screen only) and the day the law was checked. */
export function CardFooter({ result, title, words, t }: { result: PathResult; title: string; words: ResultsWords; t: Say }) {
  return (
    <>
      <p className="mt-2 print:hidden">
        <a href={sitePath(pageLang(), `/paths/${result.path}/`)} className="text-brand underline">
          {t(words.card.readMore, { title })}
        </a>
      </p>
      <p className="mt-1 text-base text-muted" data-law-as-of={result.lawAsOf}>
        {t(words.card.lawChecked, { date: longDate(result.lawAsOf) })}
      </p>
    </>
  );
}
