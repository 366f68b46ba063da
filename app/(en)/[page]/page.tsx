import type { Metadata } from "next";
import { languages, LanguageLink } from "../../language-link";
import { Prose } from "@/components/content/prose";
import { ResourceList } from "@/components/content/resource-list";
import { PAGE_SLUGS, readPage, readResources, type PageSlug } from "@/lib/content/pages";

export const dynamicParams = false;

export function generateStaticParams() {
  return PAGE_SLUGS.map((page) => ({ page }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = readPage((await params).page as PageSlug);
  return { title: page.title, description: page.description, alternates: languages(`/${page.slug}/`, `/es/${page.slug}/`) };
}

export default async function ContentPage({ params }: Props) {
  const page = readPage((await params).page as PageSlug);
  return (
    <article>
      <LanguageLink to="es" href={`/es/${page.slug}/`} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <Prose html={page.html} className="mt-6" />
      {page.slug === "resources" ? <ResourceList resources={readResources()} headingLevel={2} /> : null}
    </article>
  );
}
