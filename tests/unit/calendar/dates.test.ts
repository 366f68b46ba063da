/**
 * The calendar (rules/calendar/dates.ts) against date-fns, the reference it replaced: every function, on
 * random dates, gives date-fns's answer. Moved here from tests/unit/calculators/good-conduct-time.test.ts
 * ("the fast day arithmetic agrees with rules/calendar/dates.ts"), now that the fast arithmetic IS the calendar.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { addDays, addMonths, addYears, differenceInCalendarDays, getDay } from "date-fns";
import {
  ageOn, dayOfWeek, daysBetween, earlier, fromIso, isIsoDate, later, parseIsoDate, plusDays, plusMonths, plusYears,
} from "@/rules/calendar/dates";

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const iso = (d: Date) => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
const date = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("agrees with date-fns", () => {
  test("plusDays, plusMonths, plusYears, daysBetween, dayOfWeek", () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: -40_000, max: 40_000 }), fc.integer({ min: -1200, max: 1200 }), (a, b, days, months) => {
        expect(plusDays(a, days)).toBe(iso(addDays(fromIso(a), days)));
        expect(plusMonths(a, months)).toBe(iso(addMonths(fromIso(a), months)));
        expect(plusYears(a, Math.trunc(months / 12))).toBe(iso(addYears(fromIso(a), Math.trunc(months / 12))));
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(fromIso(b), fromIso(a)));
        expect(dayOfWeek(a)).toBe(getDay(fromIso(a)));
      }),
      { numRuns: 2000 },
    );
  });
  test("month ends clamp: 31 January + 1 month in leap, common and century years", () => {
    expect(plusMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(plusMonths("2100-01-31", 1)).toBe("2100-02-28");
    expect(plusMonths("2000-01-31", 1)).toBe("2000-02-29");
    expect(plusYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(plusYears("2024-02-29", 4)).toBe("2028-02-29");
  });
});

describe("age on a date", () => {
  test.for([
    ["1960-06-15", "2025-06-14", 64],
    ["1960-06-15", "2025-06-15", 65],
    ["1960-06-15", "2025-06-16", 65],
    ["2004-02-29", "2025-02-27", 20],
    ["2004-02-29", "2025-02-28", 21],
    ["2004-02-29", "2028-02-28", 23],
    ["2004-02-29", "2028-02-29", 24],
  ] as const)("born %s, on %s → %i", ([birth, on, age]) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe("what a date is: YYYY-MM-DD, a real day, years 1900–2100", () => {
  test.for([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2100-02-29", false],
    ["2000-02-29", true],
    ["1900-01-01", true],
    ["1899-12-31", false],
    ["2100-12-31", true],
    ["2101-01-01", false],
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["2025-01-00", false],
    ["2025-1-01", false],
    ["2025-01-01T00:00", false],
    [" 2025-01-01", false],
  ] as const)("%s → %s", ([value, valid]) => {
    expect(isIsoDate(value)).toBe(valid);
    expect(parseIsoDate(value)).toBe(valid ? value : undefined);
  });
  test("not a string → not a date", () => {
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe("earlier and later", () => {
  test("pick by calendar order", () => {
    expect(earlier("2025-01-02", "2024-12-31")).toBe("2024-12-31");
    expect(later("2025-01-02", "2024-12-31")).toBe("2025-01-02");
    expect(earlier("2025-01-02", "2025-01-02")).toBe("2025-01-02");
  });
});
