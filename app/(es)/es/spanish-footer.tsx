/** The footer of the Spanish pages: links to the Spanish pages (site-footer.tsx's order), plain links. */
import { PAGE_SLUGS, readPage } from "@/lib/content/pages";
import { ES_CONTENT_DIR, spanishDate } from "@/lib/content/spanish";
import { RULES_VERSION } from "@/lib/engine/screen";
import type { Say } from "@/lib/words/say";

const link = "text-ink underline underline-offset-2 hover:decoration-2";

export function SpanishFooter({ say }: Readonly<{ say: Say }>) {
  const pages = PAGE_SLUGS.map((slug) => readPage(slug, ES_CONTENT_DIR));
  return (
    <footer className="mt-16 border-t-4 border-brand bg-gray-100">
      <div className="mx-auto max-w-3xl px-4 py-8">
        <nav aria-label={say("footer.nav")}>
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <li>
              <a href="/es/paths/" className={link}>
                {say("footer.paths")}
              </a>
            </li>
            {pages.map((page) => (
              <li key={page.slug}>
                <a href={`/es/${page.slug}/`} className={link}>
                  {page.title}
                </a>
              </li>
            ))}
            <li>
              <a href="/letters/" hrefLang="en" className={link}>
                {say("footer.lettersEnglish")}
              </a>
            </li>
          </ul>
        </nav>
        <p className="mt-6 text-base text-muted">{say("footer.note", { date: spanishDate(RULES_VERSION) })}</p>
      </div>
    </footer>
  );
}
