/** Quick exit's Shift rule (GOV.UK "Exit this page"): three Shift presses in a row, nothing between. */
import { describe, expect, test } from "vitest";
import { NO_SHIFTS, nextShiftRun, SHIFT_WINDOW_MS, type ShiftRun } from "@/components/ui/quick-exit";

/** Key releases as [key, shiftKey held, time]; the largest run reached. */
function longestRun(keys: readonly [string, boolean, number][]): number {
  let run: ShiftRun = NO_SHIFTS;
  let most = 0;
  for (const [key, shift, at] of keys) {
    run = nextShiftRun(run, key, shift, at);
    most = Math.max(most, run.count);
  }
  return most;
}

/** Typing text the way a US keyboard does: Shift held for capitals and brackets, released after the key. */
function typed(text: string): [string, boolean, number][] {
  const keys: [string, boolean, number][] = [];
  let t = 1000;
  for (const char of text) {
    const shifted = /[A-Z()!@#$%^&*_+{}|:"<>?~]/.test(char);
    keys.push([char, shifted, (t += 100)]);
    if (shifted) keys.push(["Shift", false, (t += 50)]);
  }
  return keys;
}

describe("nextShiftRun", () => {
  test("three Shift presses in a row make a run of 3", () => {
    expect(longestRun([["Shift", false, 1000], ["Shift", false, 1300], ["Shift", false, 1600]])).toBe(3);
  });

  test("any other key between them starts again", () => {
    expect(longestRun([["Shift", false, 1000], ["Shift", false, 1300], ["a", false, 1400], ["Shift", false, 1600]])).toBe(2);
  });

  test("typing 924(c)(1) or a capitalized name never reaches 3", () => {
    expect(longestRun(typed("924(c)(1)"))).toBe(0);
    expect(longestRun(typed("Maria O'Neil-Smith (USA) OK"))).toBeLessThan(3);
  });

  test("a Shift released after a shifted key does not count", () => {
    expect(longestRun([["(", true, 1000], ["Shift", false, 1050], ["Shift", false, 1200], ["Shift", false, 1400]])).toBe(2);
  });

  test("a pause longer than the window starts again", () => {
    const two = nextShiftRun(nextShiftRun(NO_SHIFTS, "Shift", false, 1000), "Shift", false, 1300);
    expect(two.count).toBe(2);
    expect(nextShiftRun(two, "Shift", false, 1300 + SHIFT_WINDOW_MS + 1).count).toBe(1);
    expect(longestRun([["Shift", false, 1000], ["Shift", false, 1000 + SHIFT_WINDOW_MS], ["Shift", false, 1000 + 2 * SHIFT_WINDOW_MS]])).toBe(3);
  });
});
