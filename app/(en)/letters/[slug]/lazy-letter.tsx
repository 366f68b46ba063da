"use client";
import { lazy, Suspense, type ComponentProps } from "react";
import type { LetterView as LetterViewType } from "@/components/letters/letter-view";

/**
 * The document's code (tab storage, its words and fields) out of the page's first-load script, as
 * app/screener/lazy-screener.tsx does for the screener: the static page shows the document's frame at once,
 * and this chunk, requested as soon as this module runs, hydrates it in a task of its own.
 */
const load = () => import("@/components/letters/letter-view").then((module) => ({ default: module.LetterView }));
const early = typeof window === "undefined" ? undefined : load();
early?.catch(() => undefined);
const LetterView = lazy(() => early ?? load());

export function LazyLetter(props: ComponentProps<typeof LetterViewType>) {
  return (
    <Suspense>
      <LetterView {...props} />
    </Suspense>
  );
}
