import type { Metadata } from "next";
import { Screener } from "@/components/screener/screener";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { FSA_EXCLUDED_OFFENSES } from "@/rules/data/fsa-excluded-offenses";

export const metadata: Metadata = { title: "Questions" };

/**
 * The screener: one constant URL. The words of its questions are read from content/ at build time and
 * passed to the client as plain props, so no markdown or file reading ships to the browser; the words of
 * the results come later, from ./results.json/route.ts.
 */
export default function ScreenerPage() {
  const ui = readScreenerWords();
  const questions = readQuestionTexts(ui);
  const noScript = ui["page.noScript"];
  return (
    <>
      <noscript>
        <p className="font-bold">{typeof noScript === "string" ? noScript : noScript.self}</p>
      </noscript>
      <Screener ui={ui} questions={questions} checklist={FSA_EXCLUDED_OFFENSES} />
    </>
  );
}
