import type { Metadata } from "next";
import { readSiteWords } from "@/lib/content/site";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  const say = readSiteWords();
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{say("notFound.title")}</h1>
      <p className="mb-4">{say("notFound.body")}</p>
      <p>
        <a href="/" className="text-brand underline">
          {say("notFound.home")}
        </a>
      </p>
    </>
  );
}
