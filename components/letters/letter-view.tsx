"use client";
/**
 * A document's page in the browser: reads this tab's answers (lib/browser/persist.ts, checked as the
 * screener checks them) and the fields typed on the letters' pages, and fills the document in. Nothing is
 * sent anywhere: the answers stay in the tab, and the fields too (and in an answers file, if one is saved).
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { Prose } from "@/components/content/prose";
import { asOfFrom } from "@/lib/browser/as-of";
import { readLetterFields, restore, saveLetterFields } from "@/lib/browser/persist";
import { sitePath, type Lang } from "@/lib/words/lang";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { wordsFor, type CommonWords, type LetterSpec } from "@/lib/letters/spec";
import type { Facts } from "@/rules/facts/schema";
import { loadFill, type Fill } from "@/lib/letters/load-fill";
import type { IsoDate } from "@/rules/types";
import { PrintButton } from "./print-button";
import type { Signed } from "./signed-letter";

/** The document, with its words and dates code, loads with the answers' code, after the page shows. */
const LetterBody = lazy(() => import("./letter-body").then((m) => ({ default: m.LetterBody })));
const SignedLetter = lazy(() => import("./signed-letter").then((m) => ({ default: m.SignedLetter })));

interface Loaded {
  facts: Facts;
  asOf: IsoDate;
  found: boolean;
  fill: Fill;
}

/** The answers this tab keeps: the screening in progress, or facts opened from a file. */
async function keptFacts(asOf: IsoDate): Promise<Facts | undefined> {
  const { snapshot, pending } = await restore(asOf);
  const context = (snapshot as { context?: { answers?: Facts } } | undefined)?.context;
  return context?.answers ?? pending;
}

interface Props {
  /** The document and the page's words, in the page's language. */
  spec: LetterSpec;
  common: CommonWords;
  warningHtml?: string;
  lang?: Lang;
  /** When the document is sent in another language (a Spanish page): that document, shown before a reading copy. */
  signed?: Signed;
}

export function LetterView({ spec, common, warningHtml, lang = "en", signed }: Props) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [fields, setFields] = useState<Record<string, string>>({});

  useEffect(() => {
    const asOf = asOfFrom(window.location.search);
    void Promise.all([keptFacts(asOf), loadFill(spec.slug)]).then(([facts, fill]) => {
      setFields(readLetterFields());
      setLoaded({ facts: facts ?? {}, asOf, found: facts !== undefined && Object.keys(facts).length > 0, fill });
    });
  }, [spec.slug]);

  function onField(id: string, value: string) {
    const next = { ...fields, [id]: value };
    setFields(next);
    saveLetterFields(next);
  }

  const data = loaded && loaded.fill(loaded.facts, loaded.asOf, fields);
  const perspective = data?.perspective ?? DEFAULT_PERSPECTIVE;
  // On paper, a signed document in another language starts the page with its own title and notice.
  const screenOnly = signed ? "print:hidden" : "";
  /** The immigration warning; on paper, a signed document's page prints it with the reading copy, in the page's language. */
  const warning = (where: string) =>
    warningHtml ? (
      <aside aria-label={common.warningLabel} className={`mt-6 border-4 border-error p-3 print:border-2 print:p-2 ${where}`}>
        <Prose html={warningHtml} />
      </aside>
    ) : null;
  return (
    <article>
      <h1 className={`text-3xl font-bold leading-tight sm:text-4xl print:text-[16pt] ${screenOnly}`}>{spec.title}</h1>
      <p role="note" className={`mt-4 border-l-8 border-brand bg-gray-100 p-3 print:mt-2 print:border-l-4 print:p-2 ${screenOnly}`}>
        <strong>{common.templateNotice}</strong> {common.ruleLead} {spec.rule}.
      </p>
      <div className="print:hidden">
        <p className="my-4">{wordsFor(spec.intro, perspective)}</p>
        <p className="my-4">{common.privacy}</p>
        {loaded && !loaded.found ? (
          <p className="my-4 border-l-4 border-ink pl-3">
            {common.noAnswers} <a href={sitePath(lang, "/screener/")} className="text-brand underline underline-offset-2">{common.startScreener}</a>
          </p>
        ) : null}
        <PrintButton label={common.print} />
      </div>
      {warning(screenOnly)}
      <Suspense fallback={<p className="mt-6">{common.loading}</p>}>
        {!data ? (
          <p className="mt-6">{common.loading}</p>
        ) : signed ? (
          <SignedLetter signed={signed} spec={spec} lang={lang} warning={warning("hidden print:block")} data={data} blankLabel={common.blank} fields={fields} onField={onField} />
        ) : (
          <LetterBody spec={spec} data={data} blankLabel={common.blank} fields={fields} onField={onField} />
        )}
      </Suspense>
    </article>
  );
}
