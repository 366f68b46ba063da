import type { Metadata } from "next";
import { readPartial } from "@/lib/content/pages";
import { LETTER_SLUGS, type LetterSlug } from "@/lib/letters/documents";
import { readLetter, readLetterCommon } from "@/lib/letters/read-content";
import { LazyLetter } from "./lazy-letter";

export const dynamicParams = false;

export function generateStaticParams() {
  return LETTER_SLUGS.map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const letter = readLetter((await params).slug as LetterSlug);
  return { title: letter.title, description: letter.description };
}

/** One document, filled in the browser from this tab's answers (components/letters/letter-view.tsx). */
export default async function LetterPage({ params }: Props) {
  const spec = readLetter((await params).slug as LetterSlug);
  const warningHtml = spec.immigrationWarning ? readPartial("immigration-warning").html : undefined;
  return <LazyLetter spec={spec} common={readLetterCommon()} warningHtml={warningHtml} />;
}
