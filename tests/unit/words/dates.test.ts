import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { longDate } from "@/lib/words/dates";
import type { IsoDate } from "@/rules/types";

/** What the browser's Intl writes for a date: `longDate` must read exactly the same, without paying for Intl. */
const intl = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
  );

const isoDates = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10) as IsoDate);

describe("longDate: a date in words, as Intl writes it in US English and US Spanish", () => {
  test("examples", () => {
    expect(longDate("2026-12-15", "en")).toBe("December 15, 2026");
    expect(longDate("2027-03-04", "es")).toBe("4 de marzo de 2027");
  });

  test("every date from 1900 to 2199 reads as Intl.DateTimeFormat('en-US') writes it", () => {
    fc.assert(fc.property(isoDates, (iso) => longDate(iso, "en") === intl(iso, "en-US")), { numRuns: 2000 });
  });

  test("and as Intl.DateTimeFormat('es-US') writes it", () => {
    fc.assert(fc.property(isoDates, (iso) => longDate(iso, "es") === intl(iso, "es-US")), { numRuns: 2000 });
  });

  test("each month by name, in both languages", () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, "0")}-01` as IsoDate;
      expect(longDate(iso, "en")).toBe(intl(iso, "en-US"));
      expect(longDate(iso, "es")).toBe(intl(iso, "es-US"));
    }
  });
});
