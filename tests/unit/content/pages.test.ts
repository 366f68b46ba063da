/**
 * Parity between the rules and the words: every relief path has a page, no page is an orphan, every
 * `whoCanHelp` id names a resource, and every resource's `paths` tag is a real path id.
 */
import { describe, expect, test } from "vitest";
import {
  PAGE_SLUGS,
  listPageFiles,
  listPathFiles,
  readAllPages,
  readAllPathPages,
  readPartial,
  readResources,
} from "@/lib/content/pages";
import { PATH_IDS } from "@/rules/types";

const pathPages = readAllPathPages();
const resources = readResources();
const resourceIds = new Set(resources.map((r) => r.id));

describe("path pages", () => {
  test("every path id has content/paths/<id>.md and there are no orphans", () => {
    expect([...listPathFiles()].sort()).toEqual([...PATH_IDS].sort());
  });

  test.for(pathPages)("$path: every whoCanHelp id is in the resource directory", (page) => {
    for (const id of page.whoCanHelp) expect(resourceIds, `unknown resource "${id}"`).toContain(id);
  });

  test.for(pathPages)("$path: has the sections the house style asks for, ending in Sources", (page) => {
    const headings = [...page.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe("What it is");
    expect(headings.some((h) => h.startsWith("Who may qualify"))).toBe(true);
    expect(headings).toContain("What it does not do");
    expect(headings).toContain("Common myths");
    expect(headings.at(-1)).toBe("Sources");
  });

  test.for(pathPages)("$path: never says \"eligible\" (we say \"may qualify\")", (page) => {
    const variants = [page.summary, ...page.nextSteps].flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)));
    const text = [page.title, ...variants, page.body].join("\n");
    expect(text).not.toMatch(/\beligib/i);
  });

  test.for(pathPages)("$path: no page lists the same resource twice", (page) => {
    expect(new Set(page.whoCanHelp).size).toBe(page.whoCanHelp.length);
  });
});

describe("resource directory", () => {
  test("every resource's paths tag is a real path id", () => {
    for (const r of resources) for (const p of r.paths) expect(PATH_IDS).toContain(p);
  });

  test("every path is tagged by at least one resource", () => {
    const tagged = new Set(resources.flatMap((r) => r.paths));
    for (const id of PATH_IDS) expect(tagged, id).toContain(id);
  });

  test("names the resources issue 5 asks for", () => {
    for (const id of [
      "federal-defenders",
      "compassionate-release-clearinghouse",
      "office-of-the-pardon-attorney",
      "collateral-consequences-resource-center",
      "trafficking-hotline",
      "nacdl-expungement",
      "immigration-legal-directory",
    ])
      expect(resourceIds).toContain(id);
  });

  test("lists no phone numbers (contact details live on each group's own website)", () => {
    for (const r of resources) expect(`${r.what} ${r.howToReach}`).not.toMatch(/\d{3}[-.\s)]\s?\d{3}[-.\s]\d{4}/);
  });
});

describe("site pages", () => {
  test("every page slug has content/pages/<slug>.md and there are no orphans", () => {
    expect([...listPageFiles()].sort()).toEqual([...PAGE_SLUGS].sort());
  });

  test("every page and the immigration warning parse", () => {
    expect(readAllPages()).toHaveLength(PAGE_SLUGS.length);
    expect(readPartial("immigration-warning").body).toMatch(/immigration lawyer/);
  });

  test("the myths page states each correction issue 5 asks for", () => {
    const myths = readAllPages().find((p) => p.slug === "expungement-myths")!.body;
    expect(myths).toMatch(/§ 3607/);
    expect(myths).toMatch(/under 21/);
    expect(myths).toMatch(/Trafficking Survivors Relief Act/);
    expect(myths).toMatch(/1st through the 11th Circuits/);
    expect(myths).toMatch(/D\.C\. Circuit/);
    expect(myths).toMatch(/pardon forgives, but does not erase/i);
    expect(myths).toMatch(/does not clear a state record/);
    expect(myths).not.toMatch(/federal convictions cannot be expunged\./i);
  });

  test("legal updates give the as-of date and the change log", () => {
    const updates = readAllPages().find((p) => p.slug === "legal-updates")!.body;
    expect(updates).toMatch(/current as of November 23, 2026/);
    expect(updates).toMatch(/January 23, 2026/);
    expect(updates).toMatch(/May 28, 2026/);
    expect(updates).toMatch(/Rutherford/);
    expect(updates).toMatch(/Fernandez/);
    expect(updates).toMatch(/Batmasian/);
  });

  test("pages that show the immigration warning are the ones relief can touch for non-citizens", () => {
    const flagged = pathPages.filter((p) => p.immigrationWarning).map((p) => p.path);
    expect(flagged).toEqual(expect.arrayContaining(["3607", "2255", "coram-nobis", "tsra", "fsa-time-credits"]));
  });
});
