"use client";
import { lazy, type ComponentType } from "react";
import { pageLang, resultsWordsUrl, type Lang } from "@/lib/words/lang";
import type { ResultsContent, ResultsViewProps } from "./results-view";

/**
 * The results code (cards, calendar files, "what would change") and its words are not needed to ask
 * questions: both load once the screener is idle, so that reaching results needs no request. A failed
 * prefetch is forgotten, so showing the results tries again; a failure there shows <LoadFailed>, whose
 * "Try again" loads the page again (React keeps a lazy component's failure).
 */
let resultsLoad: Promise<{ default: ComponentType<ResultsViewProps> }> | undefined;
export function loadResults(lang: Lang = pageLang()) {
  const url = resultsWordsUrl(lang);
  resultsLoad ??= Promise.all([
    import("./results-view"),
    fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<ResultsContent>;
    }),
  ]).then(
    ([{ ResultsView }, content]) => ({ default: (props: ResultsViewProps) => <ResultsView {...props} content={content} /> }),
    (error: unknown) => {
      resultsLoad = undefined;
      throw error;
    },
  );
  return resultsLoad;
}
export const ResultsView = lazy(() => loadResults());
