/** A content page (content/pages/<slug>.md, or its Spanish mirror), in either language. */
import type { Metadata } from "next";
import { languages, LanguageLink } from "../language-link";
import { Prose } from "@/components/content/prose";
import { ResourceList } from "@/components/content/resource-list";
import { contentDir } from "@/lib/content/dir";
import { PAGE_SLUGS, readPage, readResources, type PageSlug } from "@/lib/content/pages";
import type { Lang } from "@/lib/words/lang";

export const contentPageParams = () => PAGE_SLUGS.map((page) => ({ page }));

export function contentPageMetadata(lang: Lang, slug: string): Metadata {
  const page = readPage(slug as PageSlug, contentDir(lang));
  return { title: page.title, description: page.description, alternates: languages(`/${page.slug}/`) };
}

export function ContentPage({ lang, slug }: Readonly<{ lang: Lang; slug: string }>) {
  const page = readPage(slug as PageSlug, contentDir(lang));
  return (
    <article>
      <LanguageLink lang={lang} path={`/${page.slug}/`} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <Prose html={page.html} className="mt-6" />
      {page.slug === "resources" ? <ResourceList resources={readResources(contentDir(lang))} headingLevel={2} /> : null}
    </article>
  );
}
