/** One relief path's page, in either language (content/paths/<id>.md, or its Spanish mirror). */
import type { Metadata } from "next";
import { languages, LanguageLink } from "../language-link";
import { Prose } from "@/components/content/prose";
import { ResourceList } from "@/components/content/resource-list";
import { contentDir } from "@/lib/content/dir";
import { PATH_IDS, readPartial, readPathPage, readResources, resourcesFor, type PathId } from "@/lib/content/pages";
import { readSiteWords } from "@/lib/content/site";
import { longDate } from "@/lib/words/dates";
import { sitePath, type Lang } from "@/lib/words/lang";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { sayer } from "@/lib/words/say";

/** A path page speaks to everyone: its summary and steps in the default perspective ("you", "usted"). */
const t = sayer(DEFAULT_PERSPECTIVE);
const link = "text-brand underline underline-offset-2";

export const pathPageParams = () => PATH_IDS.map((id) => ({ id }));

export function pathPageMetadata(lang: Lang, id: string): Metadata {
  const page = readPathPage(id as PathId, contentDir(lang));
  return { title: page.title, description: t(page.summary), alternates: languages(`/paths/${page.path}/`) };
}

export function PathPage({ lang, id }: Readonly<{ lang: Lang; id: string }>) {
  const dir = contentDir(lang);
  const say = readSiteWords(lang);
  const page = readPathPage(id as PathId, dir);
  const helpers = resourcesFor(page, readResources(dir));
  const warning = page.immigrationWarning ? readPartial("immigration-warning", dir) : undefined;
  return (
    <article>
      <LanguageLink lang={lang} path={`/paths/${page.path}/`} />
      <p className="mb-2">
        <a href={sitePath(lang, "/paths/")} className={link}>
          {say("path.back")}
        </a>
      </p>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
      <p className="mt-4 text-xl">{t(page.summary)}</p>

      {warning ? (
        <aside aria-labelledby="immigration-warning" className="my-8 border-l-8 border-error bg-red-50 p-4">
          <h2 id="immigration-warning" className="text-xl font-bold">
            {warning.title}
          </h2>
          <Prose html={warning.html} />
        </aside>
      ) : null}

      <section aria-labelledby="next-steps" className="my-8 border-l-8 border-brand bg-blue-50 p-4">
        <h2 id="next-steps" className="text-2xl font-bold">
          {say("path.nextSteps")}
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-7">
          {page.nextSteps.map((step, index) => (
            <li key={index}>{t(step)}</li>
          ))}
        </ol>
      </section>

      <Prose html={page.html} />

      <section aria-labelledby="who-can-help" className="mt-10">
        <h2 id="who-can-help" className="text-2xl font-bold">
          {say("path.whoCanHelp")}
        </h2>
        <ResourceList resources={helpers} />
        <p>
          <a href={sitePath(lang, "/resources/")} className={link}>
            {say("path.allHelp")}
          </a>
        </p>
      </section>

      <p className="mt-10 text-base text-muted">
        {say("path.reviewed", { date: longDate(page.lastReviewed, lang) })}{" "}
        <a href={sitePath(lang, "/not-legal-advice/")} className={link}>
          {say("path.whatItMeans")}
        </a>
        .
      </p>
    </article>
  );
}
