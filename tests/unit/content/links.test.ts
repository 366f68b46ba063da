/**
 * Links in the words: every external URL is https on an allow-list of official or recognised legal
 * sources; every internal link resolves to a route this app builds. When a static export exists in
 * out/ and includes the content routes, internal links are also checked against the built files.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { FOOTER_LINKS } from "@/components/site-footer";
import { PAGE_SLUGS, readAllPages, readAllPathPages, readPartial, readResources } from "@/lib/content/pages";
import { PATH_IDS } from "@/rules/types";

/** Government sources for law, and the recognised legal-help organisations in the resource directory. */
const ALLOWED_HOSTS = [
  // law and official text
  "uscode.house.gov",
  "law.cornell.edu",
  "ussc.gov",
  "justice.gov",
  "congress.gov",
  "ecfr.gov",
  "supremecourt.gov",
  "uscourts.gov",
  "govinfo.gov",
  "federalregister.gov",
  "bop.gov",
  // recognised legal-help organisations
  "fd.org",
  "nacdl.org",
  "famm.org",
  "ccresourcecenter.org",
  "cleanslateinitiative.org",
  "humantraffickinghotline.org",
  "freedomnetworkusa.org",
  "immigrationadvocates.org",
  "lawhelp.org",
  "pdsdc.org",
];

function isAllowedHost(host: string): boolean {
  return ALLOWED_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** Every link target in a markdown body: `[text](target)` and bare URLs. */
function markdownLinks(markdown: string): string[] {
  const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  const bare = [...markdown.replace(/\]\([^)]*\)/g, "]").matchAll(/https?:\/\/[^\s)>\]]+/g)].map((m) => m[0]);
  return [...links, ...bare];
}

/** Hrefs written in our own TSX (footer, route files). */
function tsxLinks(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
}

const sources: Array<{ where: string; url: string }> = [
  ...readAllPathPages().flatMap((p) => markdownLinks(p.body).map((url) => ({ where: `content/paths/${p.path}.md`, url }))),
  ...readAllPages().flatMap((p) => markdownLinks(p.body).map((url) => ({ where: `content/pages/${p.slug}.md`, url }))),
  ...markdownLinks(readPartial("immigration-warning").body).map((url) => ({ where: "content/partials", url })),
  ...readResources().map((r) => ({ where: `content/resources.md#${r.id}`, url: r.url })),
  ...FOOTER_LINKS.map(({ href }) => ({ where: "components/site-footer.tsx", url: href })),
  ...[
    "app/(en)/paths/[id]/page.tsx",
    "app/(en)/paths/page.tsx",
    "app/(en)/[page]/page.tsx",
    "app/(es)/es/page.tsx",
    "app/(es)/es/paths/[id]/page.tsx",
    "app/(es)/es/paths/page.tsx",
    "app/(es)/es/[page]/page.tsx",
    "app/(es)/es/spanish-footer.tsx",
  ].flatMap((f) =>
    tsxLinks(path.join(process.cwd(), f)).map((url) => ({ where: f, url })),
  ),
];

const external = sources.filter((s) => /^[a-z]+:/i.test(s.url));
const internal = sources.filter((s) => s.url.startsWith("/"));

/** The routes this app builds that content may link to. */
function routeExists(pathname: string): boolean {
  const clean = pathname.split("#")[0];
  // A Spanish page (app/(es)/es/): the start page, the paths and the content pages; no letters yet.
  const spanish = /^\/es(\/.*)$/.exec(clean);
  if (spanish) return existsSync(path.join(process.cwd(), "app/(es)/es/page.tsx")) && spanish[1] !== "/letters/" && routeExists(spanish[1]);
  if (clean === "/") return existsSync(path.join(process.cwd(), "app/(en)/page.tsx"));
  if (clean === "/paths/") return existsSync(path.join(process.cwd(), "app/(en)/paths/page.tsx"));
  if (clean === "/screener/") return existsSync(path.join(process.cwd(), "app/(en)/screener/page.tsx"));
  if (clean === "/letters/") return existsSync(path.join(process.cwd(), "app/(en)/letters/page.tsx"));
  const pathMatch = /^\/paths\/([^/]+)\/$/.exec(clean);
  if (pathMatch) return (PATH_IDS as readonly string[]).includes(pathMatch[1]);
  const pageMatch = /^\/([^/]+)\/$/.exec(clean);
  if (pageMatch) return (PAGE_SLUGS as readonly string[]).includes(pageMatch[1]);
  return false;
}

describe("external links", () => {
  test("there are some to check", () => expect(external.length).toBeGreaterThan(40));

  test.for(external)("$where → $url is https on the allow-list", ({ url }) => {
    const parsed = new URL(url);
    expect(parsed.protocol).toBe("https:");
    expect(isAllowedHost(parsed.hostname), `${parsed.hostname} is not on the allow-list`).toBe(true);
  });
});

describe("internal links", () => {
  test("there are some to check", () => expect(internal.length).toBeGreaterThan(10));

  test.for(internal)("$where → $url resolves to a route", ({ url }) => {
    expect(url, "internal links end in / (trailingSlash: true)").toMatch(/\/(#.*)?$/);
    expect(routeExists(url)).toBe(true);
  });

  const out = path.join(process.cwd(), "out");
  const built = existsSync(path.join(out, "paths")) && readdirSync(path.join(out, "paths")).length > 0;
  test.skipIf(!built).for(internal)("$where → $url exists in the static export (out/)", ({ url }) => {
    const clean = url.split("#")[0];
    expect(existsSync(path.join(out, clean, "index.html")), `out${clean}index.html`).toBe(true);
  });
});
