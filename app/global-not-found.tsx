import type { Metadata } from "next";
import "./globals.css";
import { SiteFrame } from "./site-frame";
import { SiteFooter } from "@/components/site-footer";
import { readSiteWords } from "@/lib/content/site";

export const metadata: Metadata = { title: "Page not found – Federal Relief Screener", referrer: "no-referrer" };

/**
 * The page for a URL no route matches. With two root layouts (app/(en), app/(es)) there is no single
 * layout to wrap a not-found page, so this one (next.config.ts `experimental.globalNotFound`) draws the
 * English frame itself.
 */
export default function GlobalNotFound() {
  const say = readSiteWords();
  return (
    <SiteFrame lang="en" say={say} home="/" footer={<SiteFooter />}>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{say("notFound.title")}</h1>
      <p className="mb-4">{say("notFound.body")}</p>
      <p>
        <a href="/" className="text-brand underline">
          {say("notFound.home")}
        </a>
      </p>
    </SiteFrame>
  );
}
