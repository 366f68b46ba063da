/** The metadata every page of a language shares (its root layout's): the site's name and description. */
import type { Metadata, Viewport } from "next";
import { readSiteWords } from "@/lib/content/site";
import type { Lang } from "@/lib/words/lang";

export function siteMetadata(lang: Lang): Metadata {
  const say = readSiteWords(lang);
  return {
    title: { default: say("site.name"), template: `%s – ${say("site.name")}` },
    description: say("meta.description"),
    referrer: "no-referrer",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };
