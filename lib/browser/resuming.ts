/**
 * A tab with kept answers (a reload, or a file opened on the start page) should go straight to its
 * screen, not show the static first question while the answers are checked. This inline script runs as
 * the screener page is parsed, before its first paint: it marks <html data-resuming> when sessionStorage
 * holds any kept key, and app/globals.css hides the static screen behind a short note until
 * <Screener> has restored the screening and calls `resumed()`. It reads no answer, only whether a key is set.
 * A visit within the app runs no inline script, so <Screener> calls `resuming()` before its first paint.
 * The Content-Security-Policy allows it by its hash (scripts/csp.mjs).
 */
import { hasKeptAnswers, KEPT_KEYS, SCREENING_KEY } from "./persist";

const ATTRIBUTE = "data-resuming";

/**
 * The inline script for a full page load: the same test as `hasKeptAnswers()`, in plain ES5 so it runs
 * before any bundle. A sessionStorage that throws (storage blocked) means nothing is kept: the first
 * question shows. When the kept screening is on its results (a reload there), it also starts the request
 * for the results' words (`resultsUrl`, the file `loadResults` fetches, requested the same way so the
 * browser uses this response), so they arrive beside the page's scripts rather than after them. It reads
 * which screen was kept (as `keptScreen()` does), never an answer.
 */
export const resumingScript = (resultsUrl: string) =>
  `try{var s=sessionStorage;if(${JSON.stringify(KEPT_KEYS)}.some(function(k){return s.getItem(k)!==null})){document.documentElement.setAttribute("${ATTRIBUTE}","");var v=JSON.parse(s.getItem(${JSON.stringify(SCREENING_KEY)})||"null");if(v&&v.value==="results"){var l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=${JSON.stringify(resultsUrl)};document.head.appendChild(l)}}}catch(e){}`;

/**
 * For a visit within the app (a link or Back from another page), where the inline script does not run:
 * called before the first paint of the screener, it hides the first question the same way.
 */
export function resuming(): void {
  if (hasKeptAnswers()) document.documentElement.setAttribute(ATTRIBUTE, "");
}

/** The restored screen (or the message that it could not be restored) is on the page: show it. */
export function resumed(): void {
  document.documentElement.removeAttribute(ATTRIBUTE);
}
