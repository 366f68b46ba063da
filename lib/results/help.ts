/**
 * "Who can help", once for the whole results page (issue 12), grouped by what each organisation helps
 * with (content/results/results.md `help.groups`). An organisation is shown when a path the person may act
 * on names it (`whoCanHelp` on the path's page) or is tagged in its entry (content/resources.md `paths`);
 * with no such path, the unlikely ones count instead, and with none of those, every organisation is shown.
 * Groups for non-citizens are left out for a US citizen.
 */
import type { PathResult } from "@/lib/engine/screen";
import type { PathId, Status } from "@/rules/types";

/** One entry of the resource directory (content/resources.md; lib/content/pages.ts `Resource` fits). */
export interface ResultResource {
  id: string;
  name: string;
  what: string;
  howToReach: string;
  url: string;
  paths: readonly PathId[];
}

/** A group of the directory as content names it: resource ids, in the order shown. */
export interface HelpGroupWords<H> {
  heading: H;
  resources: readonly string[];
  /** Only for someone who is not a US citizen, or is not sure. */
  nonCitizens?: boolean;
}

export interface HelpGroup<H> {
  heading: H;
  resources: ResultResource[];
}

const ACTIONABLE: readonly Status[] = ["likely", "possible", "not-yet"];

/** The paths whose organisations are shown: those the person may act on, else the unlikely ones. */
export function helpPaths(results: readonly PathResult[]): PathId[] {
  const open = results.filter((r) => ACTIONABLE.includes(r.status));
  return (open.length > 0 ? open : results.filter((r) => r.status === "unlikely")).map((r) => r.path);
}

/**
 * The groups with at least one organisation for `paths`, each organisation once (in its first group).
 * `named`: each path's `whoCanHelp` ids. An id content names that the directory lacks is skipped here
 * (a unit test checks every id against content/resources.md). `citizen`: leave out the groups for non-citizens.
 */
export function helpGroups<H>(
  paths: readonly PathId[],
  named: Readonly<Partial<Record<PathId, readonly string[]>>>,
  resources: readonly ResultResource[],
  groups: readonly HelpGroupWords<H>[],
  citizen: boolean,
): HelpGroup<H>[] {
  const wanted = new Set(paths.flatMap((path) => named[path] ?? []));
  for (const resource of resources) if (resource.paths.some((path) => paths.includes(path))) wanted.add(resource.id);
  const byId = new Map(resources.map((r) => [r.id, r]));
  const everyone = paths.length === 0;
  const seen = new Set<string>();
  return groups
    .filter((group) => !(citizen && group.nonCitizens))
    .map((group) => ({
      heading: group.heading,
      resources: group.resources
        .filter((id) => (everyone || wanted.has(id)) && byId.has(id) && !seen.has(id) && seen.add(id))
        .map((id) => byId.get(id)!),
    }))
    .filter((group) => group.resources.length > 0);
}
