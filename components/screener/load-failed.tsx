"use client";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/**
 * Something the screener needed did not arrive (a connection that dropped before the service worker had
 * it). Says so as the page's heading, which takes focus like any new screen, and offers "Try again":
 * loading the page again, which restores everything from this tab's answers.
 */
export function LoadFailed({ title, body, retry }: { title: string; body: string; retry: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="alert">
      <h1 ref={heading} tabIndex={-1} className="mb-6 text-3xl font-bold leading-tight sm:text-4xl">
        {title}
      </h1>
      <p className="mb-6">{body}</p>
      <Button onClick={() => window.location.reload()}>{retry}</Button>
    </div>
  );
}
