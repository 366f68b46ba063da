"use client";

import type { FirstAction } from "@/lib/results/first-actions";
import { whenInWords } from "@/lib/results/when";
import type { ResultsWords } from "@/lib/results/words-schema";
import { daysFrom, longDate } from "@/lib/words/dates";
import type { Say } from "@/lib/words/say";
import type { IsoDate, PathId } from "@/rules/types";
import { useSession } from "../session";
import { CLOSE_DAYS } from "./card-parts";

interface Props {
  actions: readonly FirstAction[];
  words: ResultsWords;
  t: Say;
  /** A path's name without its statute: no citations in this box. */
  titleOf: (path: PathId) => string;
}

/** The words of one action: what to do (with its date in words) and who does it. */
function lines(action: FirstAction, words: ResultsWords, t: Say, titleOf: (path: PathId) => string, asOf: IsoDate): { what: string[]; who?: string } {
  const first = words.first;
  const at = (date: IsoDate) => ({ date: longDate(date), when: whenInWords(daysFrom(asOf, date), words.days, t) });
  switch (action.kind) {
    case "deadline": {
      const what = [t(first.deadline, { title: titleOf(action.path), ...at(action.date) })];
      if (action.actBy) what.push(t(first.actBy, at(action.actBy)));
      if (daysFrom(asOf, action.date) <= CLOSE_DAYS) what.push(t(words.card.confirmWithCounsel));
      return { what, who: t(first.who.deadline) };
    }
    case "illness":
      if (action.step === "ask-warden") return { what: [t(first.askWarden)], who: t(first.who.askWarden) };
      if (action.step === "wait" && action.date) return { what: [t(first.wait, at(action.date))], who: t(first.who.wait) };
      return { what: [t(first.court)], who: t(first.who.court) };
    case "likely":
      return { what: [action.date ? t(first.likelyBy, { title: titleOf(action.path), ...at(action.date) }) : t(first.likely, { title: titleOf(action.path) })], who: t(first.who.path) };
    case "not-yet":
      return { what: [t(first.notYet, { title: titleOf(action.path), ...at(action.date) })], who: t(first.who.path) };
    case "possible":
      return { what: [action.date ? t(first.possibleBy, { title: titleOf(action.path), ...at(action.date) }) : t(first.possible, { title: titleOf(action.path) })], who: t(first.who.path) };
    case "none":
      return { what: [t(first.none)] };
  }
}

/** "What to do first": one to three actions, most urgent first, each with its date in words and who does it. */
export function FirstActions({ actions, words, t, titleOf }: Props) {
  const { asOf } = useSession();
  return (
    <ol className="mt-2 space-y-2" data-first-actions>
      {actions.map((action, index) => {
        const { what, who } = lines(action, words, t, titleOf, asOf);
        return (
          <li key={index} data-urgent={action.kind} data-urgent-path={action.kind === "none" ? undefined : action.path} className="border-l-4 border-brand pl-3">
            <p className="font-bold sm:text-xl print:text-lg">{what[0]}</p>
            {what.slice(1).map((line) => (
              <p key={line} className="mt-1 font-bold">
                {line}
              </p>
            ))}
            {(who || action.document) && (
              // The letter or checklist to use sits at the end of the "Who" line, so the box stays short on a phone.
              <p className="mt-1 text-base">
                {who}
                {who && action.document && " "}
                {action.document && (
                  <>
                    <a href={action.document.href} className="font-bold text-brand underline">
                      {t(action.document.label)}
                    </a>
                    <span className="hidden print:inline"> ({action.document.href})</span>
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
