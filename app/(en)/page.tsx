import type { Metadata } from "next";
import { languages, LanguageLink } from "../language-link";
import { OpenFile, StartNow } from "./start-actions";
import { buttonClasses } from "@/components/ui/button";
import { readScreenerWords } from "@/lib/content/screener";
import { readSiteWords } from "@/lib/content/site";

export const metadata: Metadata = { alternates: languages("/", "/es/") };

/** The start page (GOV.UK start page pattern): "Start now" on the first screen, the details below it. */
export default function StartPage() {
  const ui = readScreenerWords();
  const say = readSiteWords();
  const list = (key: string) => say(key).split("\n").filter(Boolean);
  return (
    <>
      <LanguageLink to="es" href="/es/" />
      <h1 className="mb-4 text-[1.625rem] font-bold leading-tight sm:mb-6 sm:text-5xl">{say("start.title")}</h1>
      <p className="mb-4 sm:text-xl">{say("start.lead")}</p>
      {/* How long it takes and what papers help, then "Start now": all within a phone's first screen. */}
      <p className="mb-2">{say("start.time")}</p>
      <p className="mb-6">{say("start.papers")}</p>
      <p className="mb-10">
        <StartNow className={buttonClasses("primary", "inline-flex items-center gap-2 px-6 py-3 text-xl")}>
          {say("start.startNow")}
          <span aria-hidden="true">›</span>
        </StartNow>
      </p>
      <h2 className="mb-3 text-2xl font-bold">{say("start.checksHeading")}</h2>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        {list("start.checks").map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2 className="mb-3 text-2xl font-bold">{say("start.cannotHeading")}</h2>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        {list("start.cannot").map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mb-6">{say("start.forWho")}</p>
      <h2 className="mb-3 text-2xl font-bold">{say("start.privacyHeading")}</h2>
      <p className="mb-8">{say("start.privacy")}</p>
      <section className="border-t border-[#b1b4b6] pt-6">
        <p className="mb-4 font-bold">{say("start.resumeHeading")}</p>
        <OpenFile ui={ui} />
      </section>
    </>
  );
}
