"use client";

import type { IsoDate } from "@/rules/types";
import { useSession } from "../session";

export interface CalendarButtonProps {
  date: IsoDate;
  /** The event's title: plain, nothing about the case. */
  eventTitle: string;
  /** The button's visible words. */
  label: string;
  /** Words for screen readers that say which date this is. */
  context: string;
}

/**
 * Downloads an .ics file for one date, made in the browser (Blob + object URL): nothing is sent anywhere.
 * The `ics` package loads only when a person asks for a file.
 */
export function CalendarButton({ date, eventTitle, label, context }: CalendarButtonProps) {
  const { asOf } = useSession();
  async function download() {
    const { buildIcs, icsFileName } = await import("@/lib/results/ics");
    const blob = new Blob([buildIcs({ date, title: eventTitle, asOf })], { type: "text/calendar;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = icsFileName(date);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <button
      type="button"
      onClick={download}
      data-calendar-date={date}
      className="mt-1 min-h-11 cursor-pointer border-2 border-brand bg-white px-3 py-1 text-base font-bold text-brand underline-offset-2 hover:underline focus-visible:bg-focus focus-visible:text-ink print:hidden"
    >
      {label}
      <span className="sr-only">: {context}</span>
    </button>
  );
}
