/** Every letter and checklist, most used first, in either language. Plain links: works without JavaScript. */
import type { Metadata } from "next";
import { languages, LanguageLink } from "../language-link";
import { contentDir } from "@/lib/content/dir";
import { letterHref } from "@/lib/letters/documents";
import { readAllLetters, readLetterCommon } from "@/lib/letters/read-content";
import { sitePath, type Lang } from "@/lib/words/lang";

export function lettersIndexMetadata(lang: Lang): Metadata {
  const common = readLetterCommon(contentDir(lang));
  return { title: common.indexTitle, description: common.indexDescription, alternates: languages("/letters/") };
}

export function LettersIndex({ lang }: Readonly<{ lang: Lang }>) {
  const common = readLetterCommon(contentDir(lang));
  return (
    <article>
      <LanguageLink lang={lang} path="/letters/" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{common.indexTitle}</h1>
      <p className="my-4">{common.indexIntro}</p>
      <p className="my-4">{common.privacy}</p>
      <ul className="mt-6 space-y-5">
        {readAllLetters(contentDir(lang)).map((letter) => (
          <li key={letter.slug}>
            <a href={sitePath(lang, letterHref(letter.slug))} className="text-xl font-bold text-brand underline underline-offset-2 hover:decoration-2">
              {letter.title}
            </a>
            <p className="mt-1">{letter.description}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
