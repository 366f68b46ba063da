"use client";
import { useEffect, useMemo, useState } from "react";
import { asOfFrom, localToday, parseIsoDate } from "@/lib/browser/as-of";
import { setPendingFacts } from "@/lib/browser/persist";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay, type UiWords } from "@/lib/words/say";
import { OpenAnswersFile } from "./open-answers-file";
import { SessionProvider } from "./session";

/**
 * The screener's URL (`base`: the screener of the page's language, `/screener/` or `/es/screener/`), carrying
 * `asOf` on when the start page had one (the only parameter).
 */
function withAsOf(base: string): string {
  const asOf = parseIsoDate(new URLSearchParams(window.location.search).get("asOf"));
  return asOf ? `${base}?asOf=${asOf}` : base;
}

/** "Open answers file" on the start page: a valid file is handed to the screener, which opens at check your answers. */
export function StartOpenFile({ ui, screenerHref = "/screener/" }: { ui: UiWords; screenerHref?: string }) {
  const say = useMemo(() => makeSay(ui, DEFAULT_PERSPECTIVE), [ui]);
  const [asOf, setAsOf] = useState(localToday());
  // Until the page's script has run, "Open this file" waits (a press then would do nothing).
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL exists only in the browser
    setAsOf(asOfFrom(window.location.search));
    setReady(true);
  }, []);
  // No machine runs on the start page: the session is the URL's date, spoken to "you".
  const session = useMemo(() => ({ asOf, perspective: DEFAULT_PERSPECTIVE }), [asOf]);
  return (
    <SessionProvider value={session}>
      <OpenAnswersFile
        say={say}
        disabled={!ready}
        onOpen={(facts, saved) => {
          // The screener says what changed since the file was saved, as when a file is opened there.
          setPendingFacts(facts, saved);
          window.location.assign(withAsOf(screenerHref));
        }}
      />
    </SessionProvider>
  );
}

/** "Start now": keeps `asOf` when the start page was opened with one. */
export function StartNowLink({ className, screenerHref = "/screener/", children }: { className: string; screenerHref?: string; children: React.ReactNode }) {
  const [href, setHref] = useState(screenerHref);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL exists only in the browser
  useEffect(() => setHref(withAsOf(screenerHref)), [screenerHref]);
  return (
    <a href={href} role="button" draggable={false} className={className}>
      {children}
    </a>
  );
}
