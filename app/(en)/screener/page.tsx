import { readLawChanges } from "@/lib/content/law-changes";
import type { Metadata } from "next";
import { LoadFailed } from "@/components/screener/load-failed";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { RESUMING_SCRIPT } from "@/lib/browser/resuming";
import { readFsaChecklist } from "@/lib/content/checklist";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay } from "@/lib/words/say";
import { LazyScreener } from "./lazy-screener";

export const metadata: Metadata = { title: "Questions" };

/**
 * The screener: one constant URL. The words of its questions are read from content/ at build time and
 * passed to the client as plain props, so no markdown or file reading ships to the browser; the words of
 * the results come later, from ./results.json/route.ts; the screener's code comes in a chunk of its own
 * (./lazy-screener.tsx), as the static first question needs none to show. A tab with kept answers hides
 * the static first question behind a short note until they are back (lib/browser/resuming.ts).
 */
export default function ScreenerPage() {
  const ui = readScreenerWords();
  const questions = readQuestionTexts(ui);
  const say = makeSay(ui, DEFAULT_PERSPECTIVE);
  return (
    <>
      <noscript>
        <p className="font-bold">{say("page.noScript")}</p>
      </noscript>
      <script dangerouslySetInnerHTML={{ __html: RESUMING_SCRIPT }} />
      <div className="relative">
        <p data-resuming-note className="absolute top-0 left-0 text-muted">
          {say("start.resuming")}
        </p>
        <div data-screener>
          <LazyScreener
            ui={ui}
            questions={questions}
            checklist={readFsaChecklist()}
            lawChanges={readLawChanges()}
            failed={<LoadFailed title={say("questions.failedTitle")} body={say("load.failed")} retry={say("nav.tryAgain")} />}
          />
        </div>
      </div>
    </>
  );
}
