import type { Metadata } from "next";
import { languages } from "@/app/language-link";
import { ScreenerPage } from "@/app/_pages/screener-page";
import { readScreenerWords } from "@/lib/content/screener";
import { contentDir } from "@/lib/content/dir";
import { makeSay } from "@/lib/words/say";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";

export const metadata: Metadata = {
  title: makeSay(readScreenerWords(contentDir("es")), DEFAULT_PERSPECTIVE)("questions.pageTitle"),
  alternates: languages("/screener/", "/es/screener/"),
};

/** The screener in Spanish (app/_pages/screener-page.tsx). */
export default function Page() {
  return <ScreenerPage lang="es" />;
}
