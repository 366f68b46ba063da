import { describe, expect, test } from "vitest";
// @ts-expect-error -- a build script in plain JavaScript, without types
import { deferScripts } from "../../../scripts/defer-scripts.mjs";

/** The shape Next writes: async chunks and a preload in <head>, a noModule polyfill, inline bootstrap scripts. */
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/page.js"/>',
  '<script src="/_next/static/chunks/framework.js" async=""></script>',
  '<script src="/_next/static/chunks/runtime.js" async=""></script>',
  '<title>Start</title><script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main><h1>Start</h1></main><script>self.__next_f=[]</script>',
  '<script src="/_next/static/chunks/page.js" async=""></script><script src="/_next/static/chunks/runtime.js" async=""></script>',
  "</body></html>",
].join("");

/** Runs a page's inline loader against a stand-in document, returning what it appended and when. */
function runLoader(html: string, { resuming }: { resuming: boolean }) {
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body);
  const loader = inline.at(-1) ?? "";
  const appended: string[] = [];
  const frames: Array<() => void> = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  const document = {
    documentElement: { hasAttribute: (name: string) => resuming && name === "data-resuming" },
    head: { appendChild: (element: { src: string; async: boolean }) => appended.push(`${element.src}${element.async ? " async" : ""}`) },
    createElement: () => ({ src: "", async: false }),
  };
  new Function("document", "requestAnimationFrame", "setTimeout", loader)(
    document,
    (run: () => void) => frames.push(run),
    (run: () => void, ms: number) => timers.push({ run, ms }),
  );
  return { appended, frames, timers };
}

describe("scripts/defer-scripts.mjs: a page's scripts wait for its first paint", () => {
  const deferred = deferScripts(PAGE) as string;

  test("no script is requested from the head: the async chunks and the script preload are gone", () => {
    expect(deferred).not.toMatch(/async=""/);
    expect(deferred).not.toMatch(/rel="preload" as="script"/);
    expect(deferred).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
  });

  test("the noModule polyfill, the page's text and its inline bootstrap are untouched", () => {
    expect(deferred).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
    expect(deferred).toContain("<main><h1>Start</h1></main><script>self.__next_f=[]</script>");
  });

  test("running it again changes nothing", () => {
    expect(deferScripts(deferred)).toBe(deferred);
  });

  test("after the first frame and a task, the loader adds each chunk once, in the page's order, async", () => {
    const { appended, frames, timers } = runLoader(deferred, { resuming: false });
    expect(appended).toEqual([]);
    frames.forEach((run) => run());
    expect(appended).toEqual([]);
    timers.filter((timer) => timer.ms === 0).forEach((timer) => timer.run());
    const chunks = ["framework", "runtime", "page"].map((name) => `/_next/static/chunks/${name}.js async`);
    expect(appended).toEqual(chunks);
    // The fallback for a tab never shown (no frames) does not load them twice.
    timers.filter((timer) => timer.ms > 0).forEach((timer) => timer.run());
    expect(appended).toEqual(chunks);
  });

  test("a tab that never paints still loads them after a second", () => {
    const { appended, timers } = runLoader(deferred, { resuming: false });
    expect(timers.map((timer) => timer.ms)).toEqual([1000]);
    timers[0]?.run();
    expect(appended).toHaveLength(3);
  });

  test("a screener page bringing back kept answers (only a note on screen) loads them at once", () => {
    const { appended, frames, timers } = runLoader(deferred, { resuming: true });
    expect(appended).toHaveLength(3);
    expect(frames).toEqual([]);
    expect(timers).toEqual([]);
  });
});
