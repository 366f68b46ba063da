"use client";
import { useEffect, useRef } from "react";

export interface SummaryError {
  /** The id of the control to focus. */
  href: string;
  text: string;
}

/**
 * GOV.UK error summary: takes focus when it appears; each link scrolls the question's legend or label into
 * view, then focuses the control without scrolling again (ported from govuk-frontend error-summary.mjs).
 * `role="alert"` sits on an inner container to avoid a race with the focus (GOV.UK template note).
 */
export function ErrorSummary({ title, errors, attempt }: { title: string; errors: readonly SummaryError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} data-slot="error-summary" className="mb-8 border-4 border-error p-4">
      <div role="alert">
        <h2 id="error-summary-title" className="text-2xl font-bold">
          {title}
        </h2>
        <ul className="mt-3 space-y-2">
          {errors.map((error) => (
            <li key={error.href}>
              <a
                href={`#${error.href}`}
                className="font-bold text-error underline"
                onClick={(event) => {
                  const input = document.getElementById(error.href);
                  if (!input) return;
                  event.preventDefault();
                  const target = input.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${error.href}"]`) ?? input;
                  target.scrollIntoView();
                  input.focus({ preventScroll: true });
                }}
              >
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
