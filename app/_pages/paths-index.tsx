/** Every relief path, in either language (content/paths/, or its Spanish mirror). */
import type { Metadata } from "next";
import { languages, LanguageLink } from "../language-link";
import { contentDir } from "@/lib/content/dir";
import { readAllPathPages } from "@/lib/content/pages";
import { readSiteWords } from "@/lib/content/site";
import { sitePath, type Lang } from "@/lib/words/lang";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { say as sayFor } from "@/lib/words/say";

export function pathsIndexMetadata(lang: Lang): Metadata {
  const say = readSiteWords(lang);
  return { title: say("paths.metaTitle"), description: say("paths.description"), alternates: languages("/paths/") };
}

export function PathsIndex({ lang }: Readonly<{ lang: Lang }>) {
  const say = readSiteWords(lang);
  return (
    <>
      <LanguageLink lang={lang} path="/paths/" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{say("paths.title")}</h1>
      <p className="mt-4">
        {say("paths.lead")}{" "}
        <a href={sitePath(lang, "/expungement-myths/")} className="text-brand underline underline-offset-2">
          {say("paths.mythsLink")}
        </a>
      </p>
      <ul className="mt-8 space-y-6">
        {readAllPathPages(contentDir(lang)).map((p) => (
          <li key={p.path}>
            <h2 className="text-xl font-bold">
              <a href={sitePath(lang, `/paths/${p.path}/`)} className="text-brand underline underline-offset-2 hover:decoration-2">
                {p.title}
              </a>
            </h2>
            <p className="mt-1">{sayFor(p.summary, DEFAULT_PERSPECTIVE)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
