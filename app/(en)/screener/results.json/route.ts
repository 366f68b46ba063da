import { readAllPathPages, readResources } from "@/lib/content/pages";
import { readReasonWords } from "@/lib/content/reasons";
import { readResultsWords } from "@/lib/content/results";
import { readLetterTitles } from "@/lib/letters/read-content";
import { readQuestionTexts, readScreenerWords } from "@/lib/content/screener";
import type { ResultsContent } from "@/components/screener/results-view";

/** Written once at build time into the static export. */
export const dynamic = "force-static";

/**
 * The words of the results step (content/ read at build time), as a static file beside the screener. They
 * are not needed to ask questions, so they stay out of the screener's first load: the screener fetches
 * this file together with the results code once it is idle. The same file for everyone; nothing is sent.
 */
export function GET() {
  const questions = readQuestionTexts(readScreenerWords());
  const content: ResultsContent = {
    reasonWords: readReasonWords(),
    words: readResultsWords(),
    questions: Object.fromEntries(Object.entries(questions).map(([fact, q]) => [fact, { summary: q.summary, options: q.options }])),
    // Only the fields a card shows: the page bodies stay on the path pages.
    pathPages: readAllPathPages().map(({ path, title, summary, nextSteps, whoCanHelp }) => ({ path, title, summary, nextSteps, whoCanHelp })),
    letterTitles: readLetterTitles(),
    resources: readResources().map(({ id, name, what, howToReach, url, paths }) => ({ id, name, what, howToReach, url, paths })),
  };
  return Response.json(content);
}
