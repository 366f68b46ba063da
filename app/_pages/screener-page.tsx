import { LoadFailed } from "@/components/screener/load-failed";
import { resumingScript } from "@/lib/browser/resuming";
import { readFsaChecklist } from "@/lib/content/checklist";
import { contentDir } from "@/lib/content/dir";
import { readLawChanges } from "@/lib/content/law-changes";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { resultsWordsUrl, type Lang } from "@/lib/words/lang";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay } from "@/lib/words/say";
import { LanguageLink } from "../language-link";
import { LazyScreener } from "./lazy-screener";

/**
 * The screener, in either language (app/(en)/screener/, app/(es)/es/screener/): one constant URL. The words
 * of its questions are read from the language's content folder at build time and passed to the client as
 * plain props, so no markdown or file reading ships to the browser; the words of the results come later,
 * from the language's results.json (./results-content.ts); the screener's code comes in a chunk of its own
 * (./lazy-screener.tsx), as the static first question needs none to show. A tab with kept answers hides
 * the static first question behind a short note until they are back (lib/browser/resuming.ts). The
 * answers are kept in the tab, not by language, so the language link keeps them and the screen.
 */
export function ScreenerPage({ lang }: Readonly<{ lang: Lang }>) {
  const dir = contentDir(lang);
  const ui = readScreenerWords(dir);
  const questions = readQuestionTexts(ui, dir);
  const say = makeSay(ui, DEFAULT_PERSPECTIVE);
  return (
    <>
      <LanguageLink lang={lang} path="/screener/" />
      <noscript>
        <p className="font-bold">{say("page.noScript")}</p>
      </noscript>
      <script dangerouslySetInnerHTML={{ __html: resumingScript(resultsWordsUrl(lang)) }} />
      <div className="relative">
        <p data-resuming-note className="absolute top-0 left-0 text-muted">
          {say("start.resuming")}
        </p>
        <div data-screener>
          <LazyScreener
            ui={ui}
            questions={questions}
            checklist={readFsaChecklist(dir)}
            lawChanges={readLawChanges(dir)}
            lang={lang}
            failed={<LoadFailed title={say("questions.failedTitle")} body={say("load.failed")} retry={say("nav.tryAgain")} />}
          />
        </div>
      </div>
    </>
  );
}
