"use client";
/**
 * A letter on a page in another language than the letter's reader reads (a Spanish page): the document to
 * sign and send, in its own language (`lang="en"`), its boxes labelled on screen in the page's language;
 * then a reading copy in the page's language, the same lines with the same values, marked as a copy not
 * to sign or send. On paper: the document, then the reading copy from a new page, in two columns.
 */
import type { LetterData } from "@/lib/letters/compute";
import type { CommonWords, LetterSpec } from "@/lib/letters/spec";
import type { Lang } from "@/lib/words/lang";
import { LetterBody } from "./letter-body";

export interface Signed {
  /** The document as it is sent, and its own notice's words. */
  spec: LetterSpec;
  common: CommonWords;
  lang: Lang;
  /** The page's words about it: content/site.md `letters.*`. */
  words: { documentHeading: string; documentNote: string; copyHeading: string; copyNote: string };
}

interface Props {
  signed: Signed;
  /** The document in the page's language. */
  spec: LetterSpec;
  /** Printed with the reading copy: the notice the page shows above the document on screen. */
  warning: React.ReactNode;
  lang: Lang;
  data: LetterData;
  blankLabel: string;
  fields: Readonly<Record<string, string>>;
  onField: (id: string, value: string) => void;
}

export function SignedLetter({ signed, spec, lang, warning, data, blankLabel, fields, onField }: Props) {
  const { words } = signed;
  return (
    <>
      <section aria-labelledby="signed-letter" className="mt-8 print:mt-0">
        <h2 id="signed-letter" className="text-2xl font-bold print:hidden">{words.documentHeading}</h2>
        <p className="my-3 print:hidden">{words.documentNote}</p>
        <div lang={signed.lang} className="border-2 border-ink p-4 print:border-0 print:p-0">
          <p className="text-2xl font-bold print:text-[16pt]">{signed.spec.title}</p>
          <p className="mt-3 border-l-8 border-brand bg-gray-100 p-3 print:mt-2 print:border-l-4 print:p-2">
            <strong>{signed.common.templateNotice}</strong> {signed.common.ruleLead} {signed.spec.rule}.
          </p>
          <LetterBody spec={signed.spec} data={data} blankLabel={signed.common.blank} fields={fields} onField={onField} lang={signed.lang} labels={{ spec, lang }} />
        </div>
      </section>
      <section aria-labelledby="reading-copy" className="mt-10 border-t-4 border-ink pt-6 print:mt-0 print:break-before-page print:border-0 print:pt-0">
        <h2 id="reading-copy" className="text-2xl font-bold print:text-[16pt]">{words.copyHeading}</h2>
        <p role="note" className="mt-3 border-l-8 border-error bg-red-50 p-3 font-bold print:border-l-4 print:p-2">{words.copyNote}</p>
        {warning}
        <p className="mt-4 text-xl font-bold print:mt-2 print:text-[12pt]">{spec.title}</p>
        {/* On paper, small and in two columns: the copy fits one page after the document's two. */}
        <div className="print:columns-2 print:gap-6 print:text-[9pt] print:leading-snug">
          <LetterBody spec={spec} data={data} blankLabel={blankLabel} fields={fields} onField={onField} lang={lang} copy />
        </div>
      </section>
    </>
  );
}
