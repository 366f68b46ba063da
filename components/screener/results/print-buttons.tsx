"use client";

import type { ResultsWords } from "@/lib/results/words-schema";
import type { Say } from "@/lib/words/say";

export const buttonStyle =
  "inline-block min-h-11 cursor-pointer bg-[#f3f2f1] px-3 py-1 text-base font-bold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9] focus-visible:bg-focus print:hidden";

/**
 * Prints everything: marks <html data-print="all"> (app/globals.css then prints the parts the summary leaves
 * out) and opens every fold, and puts both back once the print dialog closes.
 */
export function printAllDetails(): void {
  const root = document.documentElement;
  const closed = [...document.querySelectorAll<HTMLDetailsElement>("[data-results] details:not([open])")];
  const restore = () => {
    delete root.dataset.print;
    for (const details of closed) details.open = false;
    window.removeEventListener("afterprint", restore);
  };
  root.dataset.print = "all";
  for (const details of closed) details.open = true;
  window.addEventListener("afterprint", restore);
  window.print();
}

/** "Print this page" (the summary, app/globals.css) and "Print all details". */
export function PrintButtons({ words, t }: { words: ResultsWords; t: Say }) {
  return (
    <>
      <button type="button" className={buttonStyle} onClick={() => window.print()}>
        {t(words.page.printButton)}
      </button>
      <button type="button" className={buttonStyle} onClick={printAllDetails} data-print-all>
        {t(words.page.printAllButton)}
      </button>
    </>
  );
}
