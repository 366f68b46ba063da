"use client";
import { useEffect, useMemo, useState } from "react";
import { asOfFrom, localToday, parseIsoDate } from "@/lib/browser/as-of";
import { setPendingFacts } from "@/lib/browser/persist";
import { makeSay, type UiWords } from "@/lib/words/say";
import { OpenAnswersFile } from "./open-answers-file";

/** The screener's URL, carrying `asOf` on when the start page had one (the only parameter). */
function screenerHref(): string {
  const asOf = parseIsoDate(new URLSearchParams(window.location.search).get("asOf"));
  return asOf ? `/screener/?asOf=${asOf}` : "/screener/";
}

/** "Open answers file" on the start page: a valid file is handed to the screener, which opens at check your answers. */
export function StartOpenFile({ ui }: { ui: UiWords }) {
  const say = useMemo(() => makeSay(ui, "self"), [ui]);
  const [asOf, setAsOf] = useState(localToday());
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL exists only in the browser
  useEffect(() => setAsOf(asOfFrom(window.location.search)), []);
  return (
    <OpenAnswersFile
      say={say}
      asOf={asOf}
      onOpen={(facts) => {
        setPendingFacts(facts);
        window.location.assign(screenerHref());
      }}
    />
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
