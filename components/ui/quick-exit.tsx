"use client";
import { useEffect, useRef, useState } from "react";

/** Clears every stored answer, then replaces this history entry with a neutral site. */
export function exitNow(destination: string): void {
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage may be blocked; leaving matters more.
  }
  window.location.replace(destination);
}

/**
 * The Exit button before the page's script has run (it comes after the first paint: scripts/defer-scripts.mjs):
 * a plain link would leave this page in the history and the answers in the tab. This inline script, right
 * after the button, does what `exitNow` does for a press until <QuickExit> marks the button `data-ready`.
 */
export const EARLY_EXIT_SCRIPT = `document.addEventListener("click",function(e){var a=e.target&&e.target.closest?e.target.closest("[data-quick-exit]"):null;if(!a||a.hasAttribute("data-ready"))return;e.preventDefault();try{sessionStorage.clear()}catch(x){}location.replace(a.href)},true)`;

/** How long a run of Shift presses stays alive after the last one (GOV.UK: 5 seconds). */
export const SHIFT_WINDOW_MS = 5000;

/** The Shift presses in a row so far, when the last one was, and whether the last key came with Shift held. */
export interface ShiftRun {
  count: number;
  at: number;
  lastModified: boolean;
}
export const NO_SHIFTS: ShiftRun = { count: 0, at: 0, lastModified: false };

/**
 * The run after one key is released (GOV.UK's rule): Shift counts only when it follows another Shift (or
 * nothing) within the window; any other key ends the run; and Shift let go after typing a capital or a
 * bracket does not count, so typing `924(c)(1)` or a name never leaves the page.
 */
export function nextShiftRun(run: ShiftRun, key: string, shiftKey: boolean, now: number): ShiftRun {
  if (key !== "Shift" || run.lastModified) return { count: 0, at: run.at, lastModified: shiftKey };
  const before = now - run.at <= SHIFT_WINDOW_MS ? run.count : 0;
  return { count: before + 1, at: now, lastModified: shiftKey };
}

/**
 * GOV.UK "Exit this page": a button at the top of every page, and Shift pressed three times in a row,
 * each within 5 seconds of the last. It clears stored answers and uses `location.replace`, so Back does
 * not return here. It cannot erase browser history; the safety page says so.
 */
export function QuickExit({
  label,
  hidden,
  shiftHint,
  safetyLabel,
  leaving,
  destination,
  safetyHref = "/safety/",
}: {
  label: string;
  hidden: string;
  shiftHint: string;
  safetyLabel: string;
  leaving: string;
  destination: string;
  /** The safety page in the page's language. */
  safetyHref?: string;
}) {
  const [exiting, setExiting] = useState(false);
  // Once mounted, the button's own handler takes over from the early one (EARLY_EXIT_SCRIPT).
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- marks the button as handled once this code runs
  useEffect(() => setReady(true), []);
  const run = useRef<ShiftRun>(NO_SHIFTS);

  useEffect(() => {
    const onKeyUp = (event: KeyboardEvent) => {
      run.current = nextShiftRun(run.current, event.key, event.shiftKey, Date.now());
      if (run.current.count >= 3) {
        run.current = NO_SHIFTS;
        setExiting(true);
        exitNow(destination);
      }
    };
    document.addEventListener("keyup", onKeyUp, true);
    return () => document.removeEventListener("keyup", onKeyUp, true);
  }, [destination]);

  return (
    <div data-slot="quick-exit" className="border-b border-[#b1b4b6] bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <a href={safetyHref} className="text-base text-brand underline">
          {safetyLabel}
        </a>
        <a
          href={destination}
          rel="nofollow noreferrer"
          data-testid="quick-exit"
          data-quick-exit
          data-ready={ready ? "" : undefined}
          onClick={(event) => {
            event.preventDefault();
            setExiting(true);
            exitNow(destination);
          }}
          className="inline-block min-h-11 bg-error px-4 py-2 text-lg font-bold text-white no-underline shadow-[0_2px_0_#55150b] focus-visible:bg-focus focus-visible:text-ink"
        >
          <span className="sr-only">{hidden}: </span>
          {label}
        </a>
        <script dangerouslySetInnerHTML={{ __html: EARLY_EXIT_SCRIPT }} />
        <p className="sr-only">{shiftHint}</p>
      </div>
      {exiting ? (
        <div className="fixed inset-0 z-50 flex items-center justify-center bg-white text-2xl" role="status">
          {leaving}
        </div>
      ) : null}
    </div>
  );
}
