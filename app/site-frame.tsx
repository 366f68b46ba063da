/**
 * The frame of every page, in either language: skip link, quick exit (first, so it is the first thing a
 * keyboard reaches after the skip link), header, the phase and "not legal advice" banner, main, footer.
 * Each root layout (app/(en)/layout.tsx, app/(es)/es/layout.tsx) passes its language, words and footer.
 */
import { RegisterServiceWorker } from "@/components/offline/register-service-worker";
import { QuickExit } from "@/components/ui/quick-exit";
import { SkipLink } from "@/components/ui/skip-link";
import type { Say } from "@/lib/words/say";

interface Props {
  lang: "en" | "es";
  /** The site words: `site.*` and `quickExit.*`. */
  say: Say;
  /** Where the site name in the header goes: the start page of this language. */
  home: string;
  footer: React.ReactNode;
  children: React.ReactNode;
}

export function SiteFrame({ lang, say, home, footer, children }: Readonly<Props>) {
  return (
    // The screener's inline script may mark <html data-resuming> before hydration (lib/browser/resuming.ts).
    <html lang={lang} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col bg-white font-sans text-lg leading-relaxed">
        <SkipLink label={say("site.skipLink")} />
        <QuickExit
          label={say("quickExit.button")}
          hidden={say("quickExit.hidden")}
          shiftHint={say("quickExit.shiftHint")}
          safetyLabel={say("quickExit.safety")}
          leaving={say("quickExit.leaving")}
          destination={say("quickExit.destination")}
          safetyHref={`${home}safety/`}
        />
        <header className="border-b-8 border-brand bg-ink text-white">
          <div className="mx-auto max-w-3xl px-4 py-3">
            <a href={home} lang={lang === "en" ? undefined : "en"} className="inline-block py-1 text-xl font-bold text-white no-underline hover:underline focus-visible:text-ink">
              {say("site.name")}
            </a>
          </div>
        </header>
        <div className="mx-auto w-full max-w-3xl px-4">
          <p className="border-b border-[#b1b4b6] py-2 text-base">
            <strong className="mr-2 inline-block bg-brand px-2 py-0.5 text-sm font-bold uppercase tracking-wide text-white">{say("site.phase")}</strong>
            {say("site.banner")}
          </p>
        </div>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        {footer}
        <RegisterServiceWorker />
      </body>
    </html>
  );
}
