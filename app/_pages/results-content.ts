import type { ResultsContent } from "@/components/screener/results-view";
import { contentDir } from "@/lib/content/dir";
import { readAllPathPages, readResources } from "@/lib/content/pages";
import { readReasonWords } from "@/lib/content/reasons";
import { readResultsWords } from "@/lib/content/results";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import { readLetterTitles } from "@/lib/letters/read-content";
import type { Lang } from "@/lib/words/lang";

/**
 * The words of the results step in a language (the language's content folder, read at build time), written
 * as a static file beside its screener (app/(en)/screener/results.json/, app/(es)/es/screener/results.json/).
 * They are not needed to ask questions, so they stay out of the screener's first load: the screener fetches
 * this file together with the results code once it is idle. The same file for everyone; nothing is sent.
 */
export function resultsContent(lang: Lang): Response {
  const dir = contentDir(lang);
  const questions = readQuestionTexts(readScreenerWords(dir), dir);
  const content: ResultsContent = {
    reasonWords: readReasonWords(dir),
    words: readResultsWords(dir),
    questions: Object.fromEntries(Object.entries(questions).map(([fact, q]) => [fact, { summary: q.summary, options: q.options }])),
    // Only the fields a card shows: the page bodies stay on the path pages.
    pathPages: readAllPathPages(dir).map(({ path, title, summary, nextSteps, whoCanHelp }) => ({ path, title, summary, nextSteps, whoCanHelp })),
    letterTitles: readLetterTitles(dir),
    resources: readResources(dir).map(({ id, name, what, howToReach, url, paths }) => ({ id, name, what, howToReach, url, paths })),
  };
  return Response.json(content);
}
