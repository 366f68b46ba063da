"use client";
/**
 * The document itself: its sections, each line shown or not by the flags the answers set. On a Spanish page
 * it shows twice: the English document to sign, its boxes labelled on screen in the page's language
 * (`labels`: the same document in that language, line for line), and the Spanish reading copy (`copy`: the
 * fields as typed, no boxes).
 */
import { fill } from "@/lib/words/fill";
import type { LetterData } from "@/lib/letters/compute";
import { shows, wordsFor, type Item, type LetterSpec } from "@/lib/letters/spec";
import type { Lang } from "@/lib/words/lang";
import { FieldCopy } from "./field-copy";
import { LetterField } from "./letter-field";
import { LetterText } from "./letter-text";

interface Props {
  spec: LetterSpec;
  data: LetterData;
  blankLabel: string;
  fields: Readonly<Record<string, string>>;
  onField: (id: string, value: string) => void;
  /** The language the document is written in, for its dates (the page's unless given). */
  lang?: Lang;
  /** The boxes' labels on screen: this document in the page's language. */
  labels?: { spec: LetterSpec; lang: Lang };
  /** A copy to read: each field shows what was typed, with no box. */
  copy?: boolean;
}

export function LetterBody({ spec, data, blankLabel, fields, onField, lang, labels, copy = false }: Props) {
  const { perspective, vars, flags } = data;
  const say = (template: string) => <LetterText template={template} perspective={perspective} vars={vars} blankLabel={blankLabel} lang={lang} />;
  const screenLabel = (i: number, j: number) => {
    const item = labels?.spec.sections[i]?.items[j];
    return item && "label" in item ? fill(wordsFor(item.label, perspective), perspective) : undefined;
  };

  function line(item: Item, i: number, j: number) {
    const key = i * 100 + j;
    if ("text" in item) return <p key={key} className="my-3 print:my-1.5">{say(wordsFor(item.text, perspective))}</p>;
    if ("field" in item && copy) {
      const label = fill(wordsFor(item.label, perspective), perspective);
      return <FieldCopy key={key} label={label} type={item.type ?? "text"} screenOnly={item.screenOnly ?? false} value={fields[item.field] ?? ""} blankLabel={blankLabel} lang={lang} />;
    }
    if ("field" in item) {
      return (
        <LetterField
          key={key}
          id={item.field}
          label={fill(wordsFor(item.label, perspective), perspective)}
          screenLabel={labels && { text: screenLabel(i, j) ?? "", lang: labels.lang }}
          lang={lang}
          lines={item.lines ?? 1}
          type={item.type ?? "text"}
          screenOnly={item.screenOnly ?? false}
          value={fields[item.field] ?? ""}
          onChange={(value) => onField(item.field, value)}
        />
      );
    }
    if ("list" in item) {
      const words = spec.lists[item.list] ?? {};
      return (
        <ul key={key} className="my-3 list-disc pl-7">
          {(data.lists[item.list] ?? []).filter((k) => words[k]).map((k) => (
            <li key={k} className="my-1">{say(wordsFor(words[k], perspective))}</li>
          ))}
        </ul>
      );
    }
    const id = `${copy ? "copy-" : ""}check-${spec.slug}-${key}`;
    return (
      <p key={key} className="my-2 flex items-start gap-3">
        <input id={id} type="checkbox" className="mt-1.5 size-5 shrink-0 accent-ink" />
        <label htmlFor={id}>{say(wordsFor(item.check, perspective))}</label>
      </p>
    );
  }

  return (
    <>
      {spec.sections.filter((section) => shows(section, flags)).map((section, i) => (
        <section key={i} className="mt-6 print:mt-3">
          <h2 className="text-2xl font-bold print:text-[13pt]">{fill(wordsFor(section.heading, perspective), perspective)}</h2>
          {section.items.map((item, j) => (shows(item, flags) ? line(item, i, j) : null))}
        </section>
      ))}
    </>
  );
}
