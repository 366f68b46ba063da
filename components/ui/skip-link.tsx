"use client";

/**
 * GOV.UK skip link. With script it moves focus without adding a history entry, so the screener's back
 * button keeps meaning "the previous question"; without script it is a plain `#main` link.
 */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      onClick={(event) => {
        const main = document.getElementById("main");
        if (!main) return;
        event.preventDefault();
        main.focus();
      }}
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:p-2 focus:text-ink"
    >
      {label}
    </a>
  );
}
