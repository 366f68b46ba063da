/** The US memorable date: month, day, year; each wrong part is named (components/form/memorable-date.ts). */
import { describe, expect, test } from "vitest";
import { daysInMonth, readMemorableDate } from "@/components/form/memorable-date";

const read = (month: string, day: string, year: string) => readMemorableDate({ month, day, year });

describe("readMemorableDate", () => {
  test("reads month first: 3 4 2025 is March 4, 2025; 11 18 2024 is November 18", () => {
    expect(read("3", "4", "2025")).toBe("2025-03-04");
    expect(read("11", "18", "2024")).toBe("2024-11-18");
    expect(read(" 03 ", "04", "2025")).toBe("2025-03-04");
  });

  test("accepts a month's name or its first three letters", () => {
    expect(read("March", "4", "2025")).toBe("2025-03-04");
    expect(read("mar", "4", "2025")).toBe("2025-03-04");
    expect(read("Sept", "4", "2025")).toMatchObject({ kind: "wrong", part: "month" });
  });

  test("nothing given, or one part missing, names the first empty part", () => {
    expect(read("", "", "")).toEqual({ kind: "empty", part: "month" });
    expect(read("3", "", "2025")).toEqual({ kind: "missing", part: "day" });
    expect(read("", "4", "")).toEqual({ kind: "missing", part: "month" });
  });

  test("names the wrong part: month 1 to 12, day within the month, year of 4 digits from 1900", () => {
    expect(read("13", "4", "2025")).toEqual({ kind: "wrong", part: "month", key: "error.dateMonth" });
    expect(read("0", "4", "2025")).toMatchObject({ part: "month" });
    expect(read("2", "29", "2025")).toEqual({ kind: "wrong", part: "day", key: "error.dateDay", vars: { last: 28 } });
    expect(read("2", "29", "2024")).toBe("2024-02-29");
    expect(read("4", "31", "2025")).toMatchObject({ part: "day", vars: { last: 30 } });
    expect(read("4", "x", "2025")).toMatchObject({ part: "day" });
    expect(read("4", "0", "2025")).toMatchObject({ part: "day" });
    expect(read("4", "1", "25")).toEqual({ kind: "wrong", part: "year", key: "error.dateYear" });
    expect(read("4", "1", "1899")).toEqual({ kind: "wrong", part: "year", key: "error.dateYearEarly", vars: { first: 1900 } });
  });

  test("knows the length of every month", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});
