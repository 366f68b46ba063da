/**
 * Rendered markdown from content/, styled with utility classes on one wrapper (app/globals.css is not
 * ours to change). A server component: the HTML is our own reviewed markdown rendered at build time.
 */
import type { ComponentPropsWithoutRef } from "react";

const PROSE = [
  "max-w-none",
  "[&_h2]:mt-10 [&_h2]:mb-3 [&_h2]:text-2xl [&_h2]:font-bold [&_h2]:leading-tight",
  "[&_h3]:mt-8 [&_h3]:mb-2 [&_h3]:text-xl [&_h3]:font-bold",
  "[&_p]:my-4",
  "[&_ul]:my-4 [&_ul]:list-disc [&_ul]:pl-7 [&_ol]:my-4 [&_ol]:list-decimal [&_ol]:pl-7 [&_li]:my-1.5",
  "[&_a]:text-brand [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:decoration-2",
  "[&_strong]:font-bold",
  "[&_code]:font-mono [&_code]:text-base",
].join(" ");

export function Prose({ html, className, ...rest }: { html: string } & ComponentPropsWithoutRef<"div">) {
  return (
    <div {...rest} className={className ? `${PROSE} ${className}` : PROSE} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
