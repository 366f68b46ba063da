/**
 * One document's page, in either language, filled in the browser from this tab's answers
 * (components/letters/letter-view.tsx). A letter's reader (a warden, a court, the pardon office) reads
 * English, so on a Spanish page the document to sign stays English, with Spanish instructions and labels,
 * and a Spanish reading copy beneath it.
 */
import type { Metadata } from "next";
import { languages, LanguageLink } from "../language-link";
import { LazyLetter } from "./lazy-letter";
import { contentDir } from "@/lib/content/dir";
import { readPartial } from "@/lib/content/pages";
import { readSiteWords } from "@/lib/content/site";
import { LETTER_SLUGS, letterHref, type LetterSlug } from "@/lib/letters/documents";
import { readLetter, readLetterCommon } from "@/lib/letters/read-content";
import type { Lang } from "@/lib/words/lang";

export const letterPageParams = () => LETTER_SLUGS.map((slug) => ({ slug }));

export function letterPageMetadata(lang: Lang, slug: string): Metadata {
  const letter = readLetter(slug as LetterSlug, contentDir(lang));
  return { title: letter.title, description: letter.description, alternates: languages(letterHref(letter.slug)) };
}

/** The document as it is signed and sent, when the page is in another language. */
function signedInEnglish(slug: LetterSlug, lang: Lang) {
  if (lang === "en") return undefined;
  const say = readSiteWords(lang);
  const words = { documentHeading: say("letters.documentHeading"), documentNote: say("letters.documentNote"), copyHeading: say("letters.copyHeading"), copyNote: say("letters.copyNote") };
  return { spec: readLetter(slug), common: readLetterCommon(), lang: "en" as const, words };
}

export function LetterPage({ lang, slug }: Readonly<{ lang: Lang; slug: string }>) {
  const dir = contentDir(lang);
  const spec = readLetter(slug as LetterSlug, dir);
  const warningHtml = spec.immigrationWarning ? readPartial("immigration-warning", dir).html : undefined;
  return (
    <>
      <LanguageLink lang={lang} path={letterHref(spec.slug)} />
      <LazyLetter spec={spec} common={readLetterCommon(dir)} warningHtml={warningHtml} lang={lang} signed={signedInEnglish(spec.slug, lang)} />
    </>
  );
}
