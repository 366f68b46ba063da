import type { Metadata } from "next";
import { languages, LanguageLink } from "../../../language-link";
import { readAllSpanishPathPages, readSpanishSiteWords } from "@/lib/content/spanish";

const say = readSpanishSiteWords();

export const metadata: Metadata = {
  title: say("paths.title"),
  description: say("start.lead"),
  alternates: languages("/paths/", "/es/paths/"),
};

/** Every relief path, in Spanish (content/es/paths/). */
export default function SpanishPathsIndex() {
  return (
    <>
      <LanguageLink to="en" href="/paths/" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{say("paths.title")}</h1>
      <p className="mt-4">
        {say("paths.lead")}{" "}
        <a href="/es/expungement-myths/" className="text-brand underline underline-offset-2">
          {say("paths.mythsLink")}
        </a>
      </p>
      <ul className="mt-8 space-y-6">
        {readAllSpanishPathPages().map((p) => (
          <li key={p.path}>
            <h2 className="text-xl font-bold">
              <a href={`/es/paths/${p.path}/`} className="text-brand underline underline-offset-2 hover:decoration-2">
                {p.title}
              </a>
            </h2>
            <p className="mt-1">{p.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
