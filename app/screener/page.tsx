import type { Metadata } from "next";
import { Screener } from "@/components/screener/screener";
import { readAllPathPages, readResources } from "@/lib/content/pages";
import { readReasonWords } from "@/lib/content/reasons";
import { readResultsWords } from "@/lib/content/results";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { FSA_EXCLUDED_OFFENSES } from "@/rules/data/fsa-excluded-offenses";

export const metadata: Metadata = { title: "Questions" };

/**
 * The screener: one constant URL. The words are read from content/ at build time and passed to the client
 * as plain props, so no markdown or file reading ships to the browser.
 */
export default function ScreenerPage() {
  const ui = readScreenerWords();
  const questions = readQuestionTexts(ui);
  const results = {
    reasonWords: readReasonWords(),
    words: readResultsWords(),
    questions: Object.fromEntries(Object.entries(questions).map(([fact, q]) => [fact, { summary: q.summary, options: q.options }])),
    // Only the fields a card shows: the page bodies stay on the path pages.
    pathPages: readAllPathPages().map(({ path, title, summary, nextSteps, whoCanHelp }) => ({ path, title, summary, nextSteps, whoCanHelp })),
    resources: readResources().map(({ id, name, what, howToReach, url, paths }) => ({ id, name, what, howToReach, url, paths })),
  };
  const noScript = ui["page.noScript"];
  return (
    <>
      <noscript>
        <p className="font-bold">{typeof noScript === "string" ? noScript : noScript.self}</p>
      </noscript>
      <Screener ui={ui} questions={questions} results={results} checklist={FSA_EXCLUDED_OFFENSES} />
    </>
  );
}
