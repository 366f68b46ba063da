import type { Metadata } from "next";
import { letterHref } from "@/lib/letters/documents";
import { readAllLetters, readLetterCommon } from "@/lib/letters/read-content";

export function generateMetadata(): Metadata {
  const common = readLetterCommon();
  return { title: common.indexTitle, description: common.indexDescription };
}

/** Every letter and checklist, most used first. Plain links: works without JavaScript. */
export default function LettersIndex() {
  const common = readLetterCommon();
  return (
    <article>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{common.indexTitle}</h1>
      <p className="my-4">{common.indexIntro}</p>
      <p className="my-4">{common.privacy}</p>
      <ul className="mt-6 space-y-5">
        {readAllLetters().map((letter) => (
          <li key={letter.slug}>
            <a href={letterHref(letter.slug)} className="text-xl font-bold text-brand underline underline-offset-2 hover:decoration-2">
              {letter.title}
            </a>
            <p className="mt-1">{letter.description}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
