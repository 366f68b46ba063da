/**
 * Site footer, in the page's language: links to the explainer pages, their words from content/site.md. A
 * server component with plain links, so it works without JavaScript.
 */
import { readSiteWords } from "@/lib/content/site";
import { RULES_VERSION } from "@/lib/engine/screen";
import { longDate } from "@/lib/words/dates";
import { sitePath, type Lang } from "@/lib/words/lang";

/** The footer's links, in order: each an English path (`sitePath` gives the Spanish) and its words' key. */
export const FOOTER_LINKS: ReadonlyArray<{ href: string; key: string }> = [
  "paths",
  "expungement-myths",
  "records-guide",
  "resources",
  "letters",
  "safety",
  "about",
  "privacy",
  "accessibility",
  "legal-updates",
  "not-legal-advice",
].map((slug) => ({ href: `/${slug}/`, key: `footer.${slug}` }));

export function SiteFooter({ lang }: Readonly<{ lang: Lang }>) {
  const say = readSiteWords(lang);
  return (
    <footer className="mt-16 border-t-4 border-brand bg-gray-100">
      <div className="mx-auto max-w-3xl px-4 py-8">
        <nav aria-label={say("footer.nav")}>
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            {FOOTER_LINKS.map(({ href, key }) => (
              <li key={href}>
                <a href={sitePath(lang, href)} className="text-ink underline underline-offset-2 hover:decoration-2">
                  {say(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6 text-base text-muted">{say("footer.note", { date: longDate(RULES_VERSION, lang) })}</p>
      </div>
    </footer>
  );
}
