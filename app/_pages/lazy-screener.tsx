"use client";
import { lazy, Suspense, type ReactNode } from "react";
import { LoadBoundary } from "@/components/screener/load-boundary";
import type { ScreenerProps } from "@/components/screener/screener";

/**
 * The screener's code (the machine, the routing rules, the form library, the question screens) out of the
 * page's first-load script. The first question is in the static page, so it shows with no script at all; this
 * chunk hydrates it after React has hydrated the rest of the page, in a task of its own. Its request starts as
 * soon as this module runs, not when React reaches the screener, so it downloads while the page hydrates.
 * Until it has run, "Continue" waits, as it waits for the screener to start. React.lazy, as app/start-actions.tsx.
 */
const load = () => import("@/components/screener/screener").then((module) => ({ default: module.Screener }));
const early = typeof window === "undefined" ? undefined : load();
// A failure is React's to show (below), once it renders the screener; not an unhandled rejection before.
early?.catch(() => undefined);
const Screener = lazy(() => early ?? load());

/** `failed` is shown when the code cannot load (a dropped connection before the service worker had it). */
export function LazyScreener({ failed, ...props }: ScreenerProps & { failed: ReactNode }) {
  return (
    <LoadBoundary fallback={failed}>
      <Suspense>
        <Screener {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
