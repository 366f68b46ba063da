"use client";

import type { HelpGroup } from "@/lib/results/help";
import type { ResultsWords } from "@/lib/results/words-schema";
import type { Say, Variant } from "@/lib/words/say";

/**
 * "Who can help", once for the page, grouped by what each organisation helps with. On paper each web
 * address is printed as text, so a printout mailed to someone in prison works without a click.
 */
export function WhoCanHelp({ groups, words, t }: { groups: readonly HelpGroup<Variant>[]; words: ResultsWords; t: Say }) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="results-help" data-help className="mt-10 print:mt-4 print:break-inside-avoid-page">
      <h2 id="results-help" className="text-3xl font-bold print:text-2xl">
        {t(words.help.heading)}
      </h2>
      <p className="mt-1">{t(words.help.intro)}</p>
      {groups.map((group, index) => (
        <div key={index} data-help-group className="mt-4 print:mt-2">
          <h3 className="text-xl font-bold">{t(group.heading)}</h3>
          <ul className="mt-1 space-y-2 print:space-y-1">
            {group.resources.map((resource) => (
              <li key={resource.id} data-resource={resource.id}>
                <a href={resource.url} className="font-bold text-brand underline" rel="noreferrer">
                  {resource.name}
                </a>
                <span className="hidden print:inline"> — {resource.url}</span>
                <span className="block text-base">
                  {resource.what} {resource.howToReach}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
