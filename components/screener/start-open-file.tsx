"use client";
import { useEffect, useMemo, useState } from "react";
import { asOfFrom, localToday, parseIsoDate } from "@/lib/browser/as-of";
import { setPendingFacts } from "@/lib/browser/persist";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { makeSay, type UiWords } from "@/lib/words/say";
import { OpenAnswersFile } from "./open-answers-file";
import { SessionProvider } from "./session";

/** The screener's URL, carrying `asOf` on when the start page had one (the only parameter). */
function screenerHref(): string {
  const asOf = parseIsoDate(new URLSearchParams(window.location.search).get("asOf"));
  return asOf ? `/screener/?asOf=${asOf}` : "/screener/";
}

/** "Open answers file" on the start page: a valid file is handed to the screener, which opens at check your answers. */
export function StartOpenFile({ ui }: { ui: UiWords }) {
  const say = useMemo(() => makeSay(ui, DEFAULT_PERSPECTIVE), [ui]);
  const [asOf, setAsOf] = useState(localToday());
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL exists only in the browser
  useEffect(() => setAsOf(asOfFrom(window.location.search)), []);
  // No machine runs on the start page: the session is the URL's date, spoken to "you".
  const session = useMemo(() => ({ asOf, perspective: DEFAULT_PERSPECTIVE }), [asOf]);
  return (
    <SessionProvider value={session}>
      <OpenAnswersFile
        say={say}
        onOpen={(facts, saved) => {
          // The screener says what changed since the file was saved, as when a file is opened there.
          setPendingFacts(facts, saved);
          window.location.assign(screenerHref());
        }}
      />
    </SessionProvider>
  );
}

/** "Start now": keeps `asOf` when the start page was opened with one. */
export function StartNowLink({ className, children }: { className: string; children: React.ReactNode }) {
  const [href, setHref] = useState("/screener/");
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL exists only in the browser
  useEffect(() => setHref(screenerHref()), []);
  return (
    <a href={href} role="button" draggable={false} className={className}>
      {children}
    </a>
  );
}
