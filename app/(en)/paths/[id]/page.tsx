import type { Metadata } from "next";
import { languages, LanguageLink } from "../../../language-link";
import { Prose } from "@/components/content/prose";
import { ResourceList } from "@/components/content/resource-list";
import { PATH_IDS, readPartial, readPathPage, resourcesFor, type PathId } from "@/lib/content/pages";
import { longDate } from "@/lib/words/dates";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { sayer } from "@/lib/words/say";

/** A path page speaks to everyone: its summary and steps in the default perspective ("you"). */
const t = sayer(DEFAULT_PERSPECTIVE);

export const dynamicParams = false;

export function generateStaticParams() {
  return PATH_IDS.map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = readPathPage((await params).id as PathId);
  return { title: page.title, description: t(page.summary), alternates: languages(`/paths/${page.path}/`, `/es/paths/${page.path}/`) };
}

export default async function PathPage({ params }: Props) {
  const page = readPathPage((await params).id as PathId);
  const helpers = resourcesFor(page);
  const warning = page.immigrationWarning ? readPartial("immigration-warning") : undefined;
  return (
    <article>
      <LanguageLink to="es" href={`/es/paths/${page.path}/`} />
      <p className="mb-2">
        <a href="/paths/" className="text-brand underline underline-offset-2">
          All relief paths
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
          What to do next
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
          Who can help
        </h2>
        <ResourceList resources={helpers} />
        <p>
          <a href="/resources/" className="text-brand underline underline-offset-2">
            See all places to get help
          </a>
        </p>
      </section>

      <p className="mt-10 text-base text-muted">
        Last reviewed {longDate(page.lastReviewed)}. This is legal information, not legal advice.{" "}
        <a href="/not-legal-advice/" className="text-brand underline underline-offset-2">
          What this means
        </a>
        .
      </p>
    </article>
  );
}
