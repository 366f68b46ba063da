import type { Metadata } from "next";
import { languages, LanguageLink } from "../../../language-link";
import { Prose } from "@/components/content/prose";
import { PAGE_SLUGS, readPage, type PageSlug } from "@/lib/content/pages";
import { ES_CONTENT_DIR, readSpanishSiteWords } from "@/lib/content/spanish";

export const dynamicParams = false;

export function generateStaticParams() {
  return PAGE_SLUGS.map((page) => ({ page }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = readPage((await params).page as PageSlug, ES_CONTENT_DIR);
  return { title: page.title, description: page.description, alternates: languages(`/${page.slug}/`, `/es/${page.slug}/`) };
}

/** A content page in Spanish (content/es/pages/<slug>.md). The resource list is in English for now: linked. */
export default async function SpanishContentPage({ params }: Props) {
  const page = readPage((await params).page as PageSlug, ES_CONTENT_DIR);
  const say = readSpanishSiteWords();
  return (
    <article>
      <LanguageLink to="en" href={`/${page.slug}/`} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <Prose html={page.html} className="mt-6" />
      {page.slug === "resources" ? (
        <p className="mt-6">
          {say("resources.listInEnglish")}{" "}
          <a href="/resources/" hrefLang="en" className="text-brand underline underline-offset-2">
            {say("resources.toList")}
          </a>
        </p>
      ) : null}
    </article>
  );
}
