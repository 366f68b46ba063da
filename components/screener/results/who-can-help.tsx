"use client";

import type { HelpGroup } from "@/lib/results/help";
import type { ResultsWords } from "@/lib/results/words-schema";
import type { Say, Variant } from "@/lib/words/say";

/**
 * "Who can help", once for the page, grouped by what each organisation helps with, each group folded. The
 * printed summary lists every organisation with its web address as text, so a printout mailed to someone
 * in prison works without a click.
 */
export function WhoCanHelp({ groups, words, t }: { groups: readonly HelpGroup<Variant>[]; words: ResultsWords; t: Say }) {
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="results-help" data-help className="mt-8 print:mt-4 print:break-inside-avoid-page">
      <h2 id="results-help" className="text-xl font-bold sm:text-2xl print:text-xl">
        {t(words.help.heading)}
      </h2>
      <p className="mt-1 text-base print:hidden">{t(words.help.intro)}</p>
      {groups.map((group, index) => (
        <details key={index} data-help-group data-print-detail className="mt-1 border-b border-[#b1b4b6] pb-1">
          <summary className="cursor-pointer font-bold text-brand underline">
            {t(group.heading)} ({group.resources.length})
          </summary>
          <ul className="mt-1 space-y-2">
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
        </details>
      ))}
      <ul data-print-summary className="mt-1 hidden space-y-1 print:block">
        {groups.map((group, index) => (
          <li key={index} className="text-base">
            <strong>{t(group.heading)}:</strong>{" "}
            {group.resources.map((resource, at) => (
              <span key={resource.id} data-resource-print={resource.id}>
                {at > 0 && "; "}
                {resource.name} — {resource.url}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
