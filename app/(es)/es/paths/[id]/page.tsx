import type { Metadata } from "next";
import { languages, LanguageLink } from "../../../../language-link";
import { Prose } from "@/components/content/prose";
import { PATH_IDS, readPathPage, type PathId } from "@/lib/content/pages";
import { readSpanishPathPage, readSpanishSiteWords, spanishDate } from "@/lib/content/spanish";

const say = readSpanishSiteWords();
const link = "text-brand underline underline-offset-2";

export const dynamicParams = false;

export function generateStaticParams() {
  return PATH_IDS.map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = readSpanishPathPage((await params).id as PathId);
  return { title: page.title, description: page.summary, alternates: languages(`/paths/${page.path}/`, `/es/paths/${page.path}/`) };
}

/**
 * A relief path in Spanish: title, summary and body (content/es/paths/<id>.md). The English page's next
 * steps and its list of helpers are not translated yet, so this page says the steps are on the English
 * page and links to the Spanish "where to get help" page; the immigration notice is the sentence the
 * Spanish resources page already has.
 */
export default async function SpanishPathPage({ params }: Props) {
  const id = (await params).id as PathId;
  const page = readSpanishPathPage(id);
  const english = `/paths/${id}/`;
  return (
    <article>
      <LanguageLink to="en" href={english} />
      <p className="mb-2">
        <a href="/es/paths/" className={link}>
          {say("paths.back")}
        </a>
      </p>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <p className="mt-4 text-xl">{page.summary}</p>

      {readPathPage(id).immigrationWarning ? (
        <aside className="my-8 border-l-8 border-error bg-red-50 p-4">
          <p>{say("paths.immigration")}</p>
        </aside>
      ) : null}

      <p className="my-8 border-l-8 border-brand bg-blue-50 p-4">
        {say("paths.stepsInEnglish")}{" "}
        <a href={english} hrefLang="en" className={link}>
          {say("paths.stepsLink")}
        </a>
      </p>

      <Prose html={page.html} />

      <section aria-labelledby="who-can-help" className="mt-10">
        <h2 id="who-can-help" className="text-2xl font-bold">
          {say("paths.whoCanHelp")}
        </h2>
        <p>
          <a href="/es/resources/" className={link}>
            {say("paths.allHelp")}
          </a>
        </p>
      </section>

      <p className="mt-10 text-base text-muted">
        {say("paths.reviewed", { date: spanishDate(page.lastReviewed) })}{" "}
        <a href="/es/not-legal-advice/" className={link}>
          {say("paths.whatItMeans")}
        </a>
        .
      </p>
    </article>
  );
}
