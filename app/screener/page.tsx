import type { Metadata } from "next";
import { Screener } from "@/components/screener/screener";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { readReasonWords } from "@/lib/content/reasons";
import { FSA_EXCLUDED_OFFENSES } from "@/rules/data/fsa-excluded-offenses";

export const metadata: Metadata = { title: "Questions" };

/**
 * The screener: one constant URL. The words are read from content/ at build time and passed to the client
 * as plain props, so no markdown or file reading ships to the browser.
 */
export default function ScreenerPage() {
  const ui = readScreenerWords();
  return (
    <>
      <noscript>
        <p className="font-bold">{typeof ui["page.noScript"] === "string" ? ui["page.noScript"] : ""}</p>
      </noscript>
      <Screener ui={ui} questions={readQuestionTexts(ui)} reasonWords={readReasonWords()} checklist={FSA_EXCLUDED_OFFENSES} />
    </>
  );
}
