"use client";
import { useMemo } from "react";
import { Results, type PathCardContent, type QuestionLabels, type ResultResource, type ResultsWords } from "@/components/screener/results/results";
import type { Facts } from "@/rules/facts/schema";
import { screen, type ReasonWords } from "@/lib/engine/screen";
import { documentsFor, type LetterSlug } from "@/lib/letters/documents";
import { sayer, type Say } from "@/lib/words/say";
import { usePageTitle } from "./page-title";
import { useSession } from "./session";

/** What the results step needs from content/, all plain JSON read at build time (app/screener/results.json). */
export interface ResultsContent {
  reasonWords: ReasonWords;
  words: ResultsWords;
  questions: QuestionLabels;
  pathPages: readonly PathCardContent[];
  resources: readonly ResultResource[];
  /** Each letter's and checklist's title (lib/letters/read-content.ts `readLetterTitles`). */
  letterTitles: Readonly<Record<LetterSlug, string>>;
}

/**
 * The results step: screens the answers in the browser (nothing is sent anywhere) and hands them to the
 * results engineer's <Results>, which groups the cards and keeps `data-path` / `data-status` on each.
 */
export interface ResultsViewProps {
  facts: Facts;
  say: Say;
  onChangeAnswers: () => void;
}

export function ResultsView({ facts, content, say, onChangeAnswers }: ResultsViewProps & { content: ResultsContent }) {
  const { asOf, perspective } = useSession();
  const screening = useMemo(() => screen(facts, asOf, content.reasonWords), [facts, asOf, content.reasonWords]);
  const documents = useMemo(
    () =>
      Object.fromEntries(
        screening.results.map((result) => [
          result.path,
          documentsFor(result.path, result, content.letterTitles).map((link) => ({ href: link.href, label: link.title })),
        ]),
      ),
    [screening, content.letterTitles],
  );
  const title = sayer(perspective)(content.words.page.title);
  usePageTitle(title, false, say);
  return (
    <Results
      screening={screening}
      facts={facts}
      words={content.words}
      questions={content.questions}
      pathPages={content.pathPages}
      resources={content.resources}
      documents={documents}
      onChangeAnswers={onChangeAnswers}
    />
  );
}
