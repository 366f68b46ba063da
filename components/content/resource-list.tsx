/** A list of resources from the directory (content/resources.md): name, what they do, how to reach them. */
import type { Resource } from "@/lib/content/pages";

export function ResourceList({ resources, headingLevel = 3 }: { resources: readonly Resource[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="my-4 space-y-6">
      {resources.map((r) => (
        <li key={r.id} id={r.id}>
          <Heading className="text-xl font-bold">
            <a href={r.url} className="text-brand underline underline-offset-2 hover:decoration-2" rel="noreferrer">
              {r.name}
            </a>
          </Heading>
          <p className="mt-1">{r.what}</p>
          <p className="mt-1 text-muted">{r.howToReach}</p>
        </li>
      ))}
    </ul>
  );
}
