/**
 * Who can help on one result card: the resources the path's page names (in its order), then any other
 * resource tagged with the path.
 */
import type { PathId } from "@/rules/types";

/** One entry of the resource directory (content/resources.md; lib/content/pages.ts `Resource` fits). */
export interface ResultResource {
  id: string;
  name: string;
  what: string;
  howToReach: string;
  url: string;
  paths: readonly PathId[];
}

export function helpFor(path: PathId, named: readonly string[], resources: readonly ResultResource[]): ResultResource[] {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const first = named.map((id) => byId.get(id)).filter((r): r is ResultResource => r !== undefined);
  const seen = new Set(first.map((r) => r.id));
  return [...first, ...resources.filter((r) => r.paths.includes(path) && !seen.has(r.id))];
}
