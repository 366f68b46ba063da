/** "Who can help", once for the page (lib/results/help.ts), and its groups in content/results/results.md. */
import { describe, expect, test } from "vitest";
import { helpGroups, helpPaths } from "@/lib/results/help";
import { readResultsWords } from "@/lib/content/results";
import { readAllPathPages, readResources } from "@/lib/content/pages";
import type { PathResult } from "@/lib/engine/screen";
import { resourcesFixture, resultsFixture } from "./fixtures";

const groups = [
  { heading: "Lawyers", resources: ["defenders", "missing"] },
  { heading: "Survivors", resources: ["hotline", "defenders"] },
  { heading: "Immigration", resources: ["hotline"], nonCitizens: true },
];
const headings = (result: { heading: string; resources: { id: string }[] }[]) => result.map((g) => [g.heading, g.resources.map((r) => r.id)]);

describe("who can help", () => {
  test("an organisation shows once, in its first group, when a path it helps with is named or tagged", () => {
    expect(headings(helpGroups(["2255"], { "2255": ["defenders"] }, resourcesFixture, groups, true))).toEqual([["Lawyers", ["defenders"]]]);
    expect(headings(helpGroups(["tsra"], {}, resourcesFixture, groups, true))).toEqual([["Survivors", ["hotline"]]]);
    expect(headings(helpGroups(["pardon"], { pardon: ["hotline"] }, resourcesFixture, groups, true))).toEqual([["Survivors", ["hotline"]]]);
    expect(headings(helpGroups(["compassionate-release", "tsra"], {}, resourcesFixture, groups, true))).toEqual([
      ["Lawyers", ["defenders"]],
      ["Survivors", ["hotline"]],
    ]);
  });

  test("groups for non-citizens show only to someone who is not a citizen or is not sure", () => {
    const noDefenders = groups.map((g) => ({ ...g, resources: g.resources.filter((id) => id !== "defenders") })).slice(1);
    expect(headings(helpGroups(["tsra"], {}, resourcesFixture, noDefenders.reverse(), false))).toEqual([["Immigration", ["hotline"]]]);
    expect(headings(helpGroups(["tsra"], {}, resourcesFixture, noDefenders, true))).toEqual([["Survivors", ["hotline"]]]);
  });

  test("the paths that count: those the person may act on, else the unlikely ones, else none (then everyone shows)", () => {
    expect(helpPaths(resultsFixture())).toEqual(["2255", "compassionate-release", "fsa-time-credits", "good-conduct-time", "tsra", "commutation"]);
    const unlikely = resultsFixture().map((r): PathResult => ({ ...r, status: r.status === "unlikely" ? "unlikely" : "not-applicable" }));
    expect(helpPaths(unlikely)).toEqual(["retroactive-amendment", "judicial-expungement", "pardon"]);
    const none = resultsFixture().map((r): PathResult => ({ ...r, status: "not-applicable" }));
    expect(helpPaths(none)).toEqual([]);
    expect(headings(helpGroups([], {}, resourcesFixture, groups, true))).toEqual([
      ["Lawyers", ["defenders"]],
      ["Survivors", ["hotline"]],
    ]);
  });

  test("content puts every organisation of the directory in exactly one group, and names no other", () => {
    const ids = readResources().map((r) => r.id);
    const grouped = readResultsWords().help.groups.flatMap((g) => g.resources);
    expect([...grouped].sort()).toEqual([...ids].sort());
  });

  test("with the real content, each path's organisations show when it is the only path open", () => {
    const resources = readResources();
    const pages = readAllPathPages();
    const { groups: content } = readResultsWords().help;
    const named = Object.fromEntries(pages.map((page) => [page.path, page.whoCanHelp]));
    for (const page of pages) {
      const shown = helpGroups([page.path], named, resources, content, false).flatMap((g) => g.resources.map((r) => r.id));
      expect(shown, page.path).toEqual(expect.arrayContaining([...page.whoCanHelp]));
    }
  });
});
