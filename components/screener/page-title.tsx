"use client";
import { useEffect } from "react";
import type { Say } from "@/lib/words/say";

/** Keeps `document.title` as "<heading> – <site>", with GOV.UK's "Error: " prefix while errors show. */
export function usePageTitle(heading: string, error: boolean, say: Say): void {
  useEffect(() => {
    document.title = `${error ? say("error.titlePrefix") : ""}${heading} – ${say("site.name")}`;
  }, [heading, error, say]);
}
