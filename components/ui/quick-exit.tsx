"use client";
import Link from "next/link";
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
 * GOV.UK "Exit this page": a button at the top of every page, and Shift pressed three times within
 * 5 seconds. It clears stored answers and uses `location.replace`, so Back does not return here.
 * It cannot erase browser history; the safety page says so.
 */
export function QuickExit({
  label,
  hidden,
  shiftHint,
  safetyLabel,
  leaving,
  destination,
}: {
  label: string;
  hidden: string;
  shiftHint: string;
  safetyLabel: string;
  leaving: string;
  destination: string;
}) {
  const [exiting, setExiting] = useState(false);
  const presses = useRef<number[]>([]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Shift" || event.repeat) return;
      const now = Date.now();
      presses.current = [...presses.current.filter((t) => now - t < 5000), now];
      if (presses.current.length >= 3) {
        setExiting(true);
        exitNow(destination);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [destination]);

  return (
    <div data-slot="quick-exit" className="border-b border-[#b1b4b6] bg-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/safety/" className="text-base text-brand underline">
          {safetyLabel}
        </Link>
        <a
          href={destination}
          rel="nofollow noreferrer"
          data-testid="quick-exit"
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
