import type { Metadata, Viewport } from "next";
import "../../globals.css";
import { SiteFrame } from "../../site-frame";
import { SpanishFooter } from "./spanish-footer";
import { readSpanishSiteWords } from "@/lib/content/spanish";

const say = readSpanishSiteWords();

export const metadata: Metadata = {
  title: { default: say("start.title"), template: `%s – ${say("site.name")}` },
  description: say("start.lead"),
  referrer: "no-referrer",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The root layout of the Spanish pages (/es/…): the site frame (../../site-frame.tsx) in Spanish. */
export default function SpanishLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <SiteFrame lang="es" say={say} home="/es/" footer={<SpanishFooter say={say} />}>
      {children}
    </SiteFrame>
  );
}
