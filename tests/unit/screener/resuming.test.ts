// @vitest-environment happy-dom
/**
 * The inline script that hides the static first question in a tab with kept answers, run as the browser
 * runs it (a plain string), and its in-app twin `resuming()`: marked only when a kept key is set, never
 * when storage is blocked; `resumed()` clears the mark.
 */
import { afterEach, describe, expect, test } from "vitest";
import { KEPT_KEYS, SCREENING_KEY } from "@/lib/browser/persist";
import { resumingScript, resumed, resuming } from "@/lib/browser/resuming";

const RESULTS_WORDS = "/es/screener/results.json";
const marked = () => document.documentElement.hasAttribute("data-resuming");
const runInlineScript = () => new Function(resumingScript(RESULTS_WORDS))();
const preloads = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];

/** Makes `sessionStorage` throw on access, on the global and on window, until `afterEach` puts it back. */
let unblock: (() => void) | undefined;
function blockStorage() {
  const targets = [globalThis, window].map((target) => [target, Object.getOwnPropertyDescriptor(target, "sessionStorage")] as const);
  for (const [target] of targets) {
    Object.defineProperty(target, "sessionStorage", {
      configurable: true,
      get: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  }
  unblock = () => {
    for (const [target, descriptor] of targets) if (descriptor) Object.defineProperty(target, "sessionStorage", descriptor);
  };
}

afterEach(() => {
  unblock?.();
  unblock = undefined;
  sessionStorage.clear();
  resumed();
  for (const link of preloads()) link.remove();
});

describe.each([
  ["the inline script", runInlineScript],
  ["resuming()", resuming],
])("%s", (_name, mark) => {
  test("marks the page when any kept key is set, and only then", () => {
    mark();
    expect(marked()).toBe(false);
    for (const key of KEPT_KEYS) {
      sessionStorage.setItem(key, "{}");
      mark();
      expect(marked(), key).toBe(true);
      resumed();
      expect(marked()).toBe(false);
      sessionStorage.clear();
    }
  });

  test("blocked storage (reading sessionStorage throws, as browsers do): nothing hidden, nothing thrown", () => {
    sessionStorage.setItem(KEPT_KEYS[0], "{}");
    blockStorage();
    expect(() => sessionStorage).toThrow();
    expect(mark).not.toThrow();
    expect(marked()).toBe(false);
  });
});

describe("the inline script, on a reload of the results", () => {
  test("starts the request for the results' words, as the screener will fetch them (same-origin CORS)", () => {
    sessionStorage.setItem(SCREENING_KEY, JSON.stringify({ status: "active", value: "results", context: { answers: {} } }));
    runInlineScript();
    expect(marked()).toBe(true);
    expect(preloads().map((link) => [link.getAttribute("href"), link.getAttribute("as"), link.crossOrigin])).toEqual([[RESULTS_WORDS, "fetch", "anonymous"]]);
  });

  test("on any other kept screen, or a stored value that is not JSON, it requests nothing", () => {
    for (const stored of [JSON.stringify({ value: "asking" }), JSON.stringify({ value: "review" }), "not json", "null"]) {
      sessionStorage.setItem(SCREENING_KEY, stored);
      runInlineScript();
      expect(marked(), stored).toBe(true);
      expect(preloads(), stored).toEqual([]);
      resumed();
    }
  });
});
