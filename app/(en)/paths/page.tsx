import type { Metadata } from "next";
import { languages, LanguageLink } from "../../language-link";
import { readAllPathPages } from "@/lib/content/pages";
import { DEFAULT_PERSPECTIVE } from "@/lib/words/perspective";
import { say } from "@/lib/words/say";

export const metadata: Metadata = {
  title: "All relief paths",
  description: "Every kind of federal record relief this screener checks, in plain words.",
  alternates: languages("/paths/", "/es/paths/"),
};

export default function PathsIndex() {
  const pages = readAllPathPages();
  return (
    <>
      <LanguageLink to="es" href="/es/paths/" />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Kinds of relief for a federal record</h1>
      <p className="mt-4">
        These are the 13 kinds of relief this screener checks. Each page says what it is, who may qualify, and what
        to do next. Not sure where to start? Read{" "}
        <a href="/expungement-myths/" className="text-brand underline underline-offset-2">
          Can a federal record be expunged?
        </a>
      </p>
      <ul className="mt-8 space-y-6">
        {pages.map((p) => (
          <li key={p.path}>
            <h2 className="text-xl font-bold">
              <a href={`/paths/${p.path}/`} className="text-brand underline underline-offset-2 hover:decoration-2">
                {p.title}
              </a>
            </h2>
            <p className="mt-1">{say(p.summary, DEFAULT_PERSPECTIVE)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
