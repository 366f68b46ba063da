import type { Metadata, Viewport } from "next";
import "../globals.css";
import { SiteFrame } from "../site-frame";
import { SiteFooter } from "@/components/site-footer";
import { readSiteWords } from "@/lib/content/site";

export const metadata: Metadata = {
  title: { default: "Federal Relief Screener", template: "%s – Federal Relief Screener" },
  description:
    "Check which legal relief may be open after a US federal criminal case: expungement, sentence reductions, clemency and more. Free, private, no sign-up.",
  referrer: "no-referrer",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The root layout of the English pages: the site frame (../site-frame.tsx) in English. */
export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <SiteFrame lang="en" say={readSiteWords()} home="/" footer={<SiteFooter />}>
      {children}
    </SiteFrame>
  );
}
