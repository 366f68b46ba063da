/**
 * The site's own words: the frame of every page, the start page and "page not found"
 * (content/screener/flow.md, `site.*`, `quickExit.*`, `start.*`, `notFound.*`, `page.*`). Spoken to "you":
 * nobody has said yet who is answering. Node only: runs at build time.
 */
import "server-only";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay, type Say } from "@/lib/words/say";
import { CONTENT_DIR } from "./reasons";
import { readScreenerWords } from "./screener";

/** A `say` for the site-wide words. */
export function readSiteWords(contentDir = CONTENT_DIR): Say {
  return makeSay(readScreenerWords(contentDir), DEFAULT_PERSPECTIVE);
}
