/**
 * Site footer: links to the explainer pages. A server component with plain links, so it works without
 * JavaScript. Placed in the layout by the UI engineer.
 */
import { RULES_VERSION } from "@/lib/engine/screen";
import { longDate } from "@/lib/words/dates";

const LINKS: ReadonlyArray<{ href: string; label: string }> = [
  { href: "/paths/", label: "All relief paths" },
  { href: "/expungement-myths/", label: "Can a federal record be expunged?" },
  { href: "/records-guide/", label: "Get your records first" },
  { href: "/resources/", label: "Where to get help" },
  { href: "/letters/", label: "Letters and checklists" },
  { href: "/safety/", label: "Staying safe" },
  { href: "/about/", label: "About" },
  { href: "/privacy/", label: "Privacy" },
  { href: "/accessibility/", label: "Accessibility" },
  { href: "/legal-updates/", label: "Legal updates" },
  { href: "/not-legal-advice/", label: "Not legal advice" },
];

export const FOOTER_LINKS = LINKS;

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-gray-100">
      <div className="mx-auto max-w-3xl px-4 py-8">
        <nav aria-label="Site pages">
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
            {LINKS.map(({ href, label }) => (
              <li key={href}>
                <a href={href} className="text-ink underline underline-offset-2 hover:decoration-2">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6 text-base text-muted">
          This site gives legal information, not legal advice. Law current as of {longDate(RULES_VERSION)}.
        </p>
      </div>
    </footer>
  );
}
