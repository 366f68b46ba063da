"use client";
import { lazy, Suspense } from "react";
import type { UiWords } from "@/lib/words/say";

/**
 * "Start now" and "Open answers file", out of the start page's first-load script: their HTML is in the static
 * page (a plain link and a button), and their code — the file reader, the session, the words — comes in a chunk
 * of its own that hydrates them after the rest of the page. React.lazy, not next/dynamic: that adds ~1.5 KiB.
 */
const StartNowLink = lazy(() => import("@/components/screener/start-open-file").then((module) => ({ default: module.StartNowLink })));
const StartOpenFile = lazy(() => import("@/components/screener/start-open-file").then((module) => ({ default: module.StartOpenFile })));

export function StartNow({ className, children }: { className: string; children: React.ReactNode }) {
  return (
    <Suspense>
      <StartNowLink className={className}>{children}</StartNowLink>
    </Suspense>
  );
}

export function OpenFile({ ui }: { ui: UiWords }) {
  return (
    <Suspense>
      <StartOpenFile ui={ui} />
    </Suspense>
  );
}
