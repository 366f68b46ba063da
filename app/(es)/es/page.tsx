import type { Metadata } from "next";
import { languages, LanguageLink } from "../../language-link";
import { buttonClasses } from "@/components/ui/button";
import { PAGE_SLUGS, readPage } from "@/lib/content/pages";
import { ES_CONTENT_DIR, readSpanishSiteWords } from "@/lib/content/spanish";

export const metadata: Metadata = { alternates: languages("/", "/es/") };

/** The Spanish start page: the screener's questions are in English for now, so it says so and links there. */
export default function SpanishStartPage() {
  const say = readSpanishSiteWords();
  const pages = PAGE_SLUGS.map((slug) => readPage(slug, ES_CONTENT_DIR));
  return (
    <>
      <LanguageLink to="en" href="/" />
      <h1 className="mb-4 text-[1.625rem] font-bold leading-tight sm:mb-6 sm:text-5xl">{say("start.title")}</h1>
      <p className="mb-4 sm:text-xl">{say("start.lead")}</p>
      <p className="mb-6">{say("start.englishOnly")}</p>
      <p className="mb-10">
        <a href="/screener/" hrefLang="en" className={buttonClasses("primary", "inline-flex items-center gap-2 px-6 py-3 text-xl")}>
          {say("start.toScreener")}
          <span aria-hidden="true">›</span>
        </a>
      </p>
      <h2 className="mb-3 text-2xl font-bold">{say("start.readHeading")}</h2>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        <li>
          <a href="/es/paths/" className="text-brand underline underline-offset-2">
            {say("start.pathsLink")}
          </a>
        </li>
        {pages.map((page) => (
          <li key={page.slug}>
            <a href={`/es/${page.slug}/`} className="text-brand underline underline-offset-2">
              {page.title}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
