"use client";
/**
 * A field the person fills in on a document's page. On screen, a text box (or a date); on paper, what was
 * typed, or lines to write on when it was left blank (a `screenOnly` field prints only where a sentence uses it).
 */
import type { Lang } from "@/lib/words/lang";
import { typedText } from "@/lib/letters/blanks";

interface Props {
  id: string;
  label: string;
  lines: number;
  type: "text" | "date";
  value: string;
  onChange: (value: string) => void;
  /** Typed on screen, printed only where a sentence uses it. */
  screenOnly: boolean;
  /** The document's language, for a date's words (the page's unless given). */
  lang?: Lang;
  /** The label on screen when the page's language is not the document's; `label` then shows on paper only. */
  screenLabel?: { text: string; lang: Lang };
}

const BOX = "mt-1 block w-full border-2 border-ink px-2 py-1 text-lg focus-visible:outline-3 focus-visible:outline-focus";

export function LetterField({ id, label, lines, type, value, onChange, screenOnly, lang, screenLabel }: Props) {
  const inputId = `field-${id}`;
  const printed = typedText(type, value, lang);
  // One line prints beside its label; more print under it.
  const row = lines === 1 ? "print:flex print:items-end print:gap-2" : "";
  return (
    <div className={`my-3 break-inside-avoid print:my-1 ${row} ${screenOnly ? "print:hidden" : ""}`}>
      <label htmlFor={inputId} className="block font-bold print:shrink-0 print:font-normal">
        {screenLabel ? (
          <>
            <span lang={screenLabel.lang} className="print:hidden">{screenLabel.text}</span>
            <span className="hidden print:inline">{label}</span>
          </>
        ) : (
          label
        )}
      </label>
      {type === "text" && lines > 1 ? (
        <textarea id={inputId} rows={lines} value={value} onChange={(e) => onChange(e.target.value)} className={`${BOX} print:hidden`} />
      ) : (
        <input id={inputId} type={type} value={value} onChange={(e) => onChange(e.target.value)} className={`${BOX} max-w-md print:hidden`} />
      )}
      {printed ? (
        <p className="hidden whitespace-pre-wrap print:block print:flex-1">{printed}</p>
      ) : (
        <div data-lines={lines} aria-hidden="true" className="hidden print:block print:flex-1">
          {Array.from({ length: lines }, (_, i) => (
            <div key={i} className="h-6 border-b border-black" />
          ))}
        </div>
      )}
    </div>
  );
}
