import { fill } from "@/lib/words/fill";
import type { QuestionText } from "@/lib/words/questions";
import { useSession } from "./session";

/**
 * "Why we ask" and "Where to find this", folded in `<details>`. The HTML is our own reviewed markdown,
 * rendered at build time (lib/content/markdown.ts); no answer or file content ever reaches it.
 */
export function QuestionHelp({ text, labels }: { text?: QuestionText; labels: { why: string; where: string } }) {
  const { perspective } = useSession();
  if (!text) return null;
  const parts = [
    { key: "why", label: labels.why, html: text.help.why },
    { key: "where", label: labels.where, html: text.help.where },
  ].filter((part) => part.html);
  if (parts.length === 0) return null;
  return (
    <div className="mb-6 space-y-2">
      {parts.map((part) => (
        <details key={part.key} className="group">
          <summary className="cursor-pointer text-brand underline underline-offset-2 focus-visible:bg-focus">{part.label}</summary>
          <div
            className="prose-content mt-2 border-l-4 border-[#b1b4b6] pl-4"
            dangerouslySetInnerHTML={{ __html: fill(part.html!, perspective) }}
          />
        </details>
      ))}
    </div>
  );
}
