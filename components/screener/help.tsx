import { fill } from "@/lib/words/fill";
import type { QuestionText } from "@/lib/words/questions";
import { useSession } from "./session";

const BODY = "prose-content mt-2 border-l-4 border-[#b1b4b6] pl-4";

/**
 * Every `##` section of the question's help, in the content's order: a section the question points to
 * (a list, a hotline) open under its own heading; "Why we ask" and "Where to find this" folded in
 * `<details>`. The HTML is our own reviewed markdown, rendered at build time (lib/content/markdown.ts);
 * no answer or file content ever reaches it.
 */
export function QuestionHelp({ text }: { text?: QuestionText }) {
  const { perspective } = useSession();
  const sections = (text?.help ?? []).filter((section) => section.html);
  if (sections.length === 0) return null;
  return (
    <div className="mb-6 space-y-2" data-slot="question-help">
      {sections.map((section) =>
        section.folded ? (
          <details key={section.heading} className="group">
            <summary className="cursor-pointer text-brand underline underline-offset-2 focus-visible:bg-focus">{section.heading}</summary>
            <div className={BODY} dangerouslySetInnerHTML={{ __html: fill(section.html, perspective) }} />
          </details>
        ) : (
          <section key={section.heading} className="mb-6">
            <h2 className="text-xl font-bold">{section.heading}</h2>
            <div className={BODY} dangerouslySetInnerHTML={{ __html: fill(section.html, perspective) }} />
          </section>
        ),
      )}
    </div>
  );
}
