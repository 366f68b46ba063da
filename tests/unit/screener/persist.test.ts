// @vitest-environment happy-dom
/**
 * What a tab keeps between reloads (lib/browser/persist.ts): sessionStorage only, and everything read
 * back is checked as untrusted input before the screener trusts it.
 */
import { beforeEach, describe, expect, test } from "vitest";
import { clearStored, forgetPending, keptScreen, restore, saveSnapshot, setPendingFacts } from "@/lib/browser/persist";

const AS_OF = "2026-11-23";
const snapshot = (context: Record<string, unknown>, value = "asking") => ({ status: "active", value, context });
const goodContext = { asOf: "2026-01-01", answers: { perspective: "family", court: "federal" }, stash: {}, cursor: 2, changeFrom: null };

beforeEach(() => window.sessionStorage.clear());

describe("restore", () => {
  test("a tab with nothing kept starts afresh", async () => {
    expect(await restore(AS_OF)).toEqual({ snapshot: undefined, pending: undefined });
  });

  test("a kept screening comes back with today's date, answers checked", async () => {
    saveSnapshot(snapshot(goodContext, "review"));
    const { snapshot: restored } = await restore(AS_OF);
    expect(restored).toMatchObject({ value: "review", context: { asOf: AS_OF, answers: goodContext.answers, stash: {}, cursor: 2, changeFrom: null } });
  });

  test.each([
    ["an unknown fact", { ...goodContext, answers: { court: "federal", shoeSize: 9 } }, "asking"],
    ["a value the fact does not take", { ...goodContext, answers: { court: "moon" } }, "asking"],
    ["a date after today", { ...goodContext, answers: { judgmentDate: "2027-01-01" } }, "asking"],
    ["a negative cursor", { ...goodContext, cursor: -1 }, "asking"],
    ["a state the machine does not have", goodContext, "hacked"],
  ])("a kept screening with %s is dropped", async (_, context, value) => {
    saveSnapshot(snapshot(context, value));
    expect((await restore(AS_OF)).snapshot).toBeUndefined();
  });

  test("a kept screening that is not JSON is dropped", async () => {
    window.sessionStorage.setItem("federal-relief-screener", "{not json");
    expect((await restore(AS_OF)).snapshot).toBeUndefined();
  });

  test("facts opened on the start page arrive checked, and are kept until the screener has taken them", async () => {
    setPendingFacts({ perspective: "self", court: "federal" });
    expect((await restore(AS_OF)).pending).toEqual({ perspective: "self", court: "federal" });
    expect((await restore(AS_OF)).pending).toEqual({ perspective: "self", court: "federal" });
    forgetPending();
    expect((await restore(AS_OF)).pending).toBeUndefined();
  });

  test("a version-2 file opened on the start page hands over what it recorded, checked (issue 18: 'since you saved')", async () => {
    const saved = { asOf: "2026-11-20", rulesVersion: "2026-11-20", statuses: { "compassionate-release": "unlikely" as const } };
    setPendingFacts({ perspective: "self", court: "federal" }, saved);
    expect(await restore(AS_OF)).toMatchObject({ pending: { perspective: "self", court: "federal" }, pendingSaved: saved });
    setPendingFacts({ perspective: "self" }, { ...saved, statuses: { "compassionate-release": "granted" } } as never);
    expect(await restore(AS_OF)).toMatchObject({ pending: { perspective: "self" }, pendingSaved: undefined });
    setPendingFacts({ perspective: "self" });
    expect((await restore(AS_OF)).pendingSaved).toBeUndefined();
  });

  test("pending facts that do not check out are not handed over", async () => {
    setPendingFacts({ court: "moon" } as never);
    expect((await restore(AS_OF)).pending).toBeUndefined();
  });
});

test("the kept screen is read as a hint only: the screen's name, or nothing", () => {
  expect(keptScreen()).toBeUndefined();
  saveSnapshot(snapshot(goodContext, "results"));
  expect(keptScreen()).toBe("results");
  window.sessionStorage.setItem("federal-relief-screener", "{not json");
  expect(keptScreen()).toBeUndefined();
});

test("start again leaves nothing of the screening in the tab", () => {
  saveSnapshot(snapshot(goodContext));
  setPendingFacts({ court: "federal" });
  clearStored();
  expect(window.sessionStorage.length).toBe(0);
});
