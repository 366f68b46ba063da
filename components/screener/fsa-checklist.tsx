"use client";
import { useId, useMemo, useState } from "react";
import type { Say } from "@/lib/words/say";

export interface ChecklistItem {
  clause: string;
  provision: string;
  plainName: string;
  condition?: string;
}

/**
 * Lower case, without accents, with "§" and punctuation turned to spaces, so "924(c)" finds "§ 924(c)" and
 * "vehiculo" finds "vehículo".
 */
const normalise = (text: string) =>
  text.toLowerCase().normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/[§.,;:"'()]/g, " ").replace(/\s+/g, " ").trim();

/** The items whose provision, name or condition hold every word of the query (all of them for an empty query). */
export function filterChecklist(items: readonly ChecklistItem[], query: string): readonly ChecklistItem[] {
  const words = normalise(query).split(" ").filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const haystack = normalise(`${item.provision} ${item.plainName} ${item.condition ?? ""}`);
    const compact = haystack.replace(/ /g, "");
    return words.every((word) => haystack.includes(word) || compact.includes(word.replace(/ /g, "")));
  });
}

/**
 * The 68 clauses of 18 U.S.C. § 3632(d)(4)(D) as a searchable list (data: rules/data/fsa-excluded-offenses.ts).
 * A plain text filter with a live count; the list is always in the page, so it works without script too.
 */
export function FsaChecklist({ items, say }: { items: readonly ChecklistItem[]; say: Say }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const shown = useMemo(() => filterChecklist(items, query), [items, query]);
  if (items.length === 0) return null;
  return (
    <details className="mb-6">
      <summary className="cursor-pointer text-brand underline underline-offset-2 focus-visible:bg-focus">{say("checklist.summary")}</summary>
      <div className="mt-3 border-l-4 border-[#b1b4b6] pl-4">
        <p className="mb-3">{say("checklist.intro")}</p>
        <label htmlFor={`${id}-search`} className="block font-bold">
          {say("checklist.search")}
        </label>
        <div id={`${id}-hint`} className="text-muted">
          {say("checklist.searchHint")}
        </div>
        <input
          id={`${id}-search`}
          type="search"
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter in the search box must not submit the question's form.
            if (event.key === "Enter") event.preventDefault();
          }}
          className="mt-1 h-12 w-full max-w-md border-2 border-ink px-2"
        />
        <p className="mt-2 text-muted" role="status">
          {shown.length === 0 ? say("checklist.none") : say("checklist.count", { count: shown.length, total: items.length })}
        </p>
        {/* The provisions are citations (as US law writes them); the names and conditions are in the page's language. */}
        <ul className="mt-2 space-y-2" data-testid="fsa-checklist">
          {shown.map((item) => (
            <li key={item.clause} className="border-b border-[#b1b4b6] pb-2">
              {/* The provision as US law writes it, on every page ("18 U.S.C. § 924(c)", "21 U.S.C. §§ 841–865 (any section)"). */}
              <span lang="en" className="font-bold">{item.provision}</span>: {item.plainName}
              {item.condition ? <span className="block text-muted">{item.condition}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
