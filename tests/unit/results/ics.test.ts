import { describe, expect, test } from "vitest";
import { buildIcs, icsFileName } from "@/lib/results/ics";

describe("the calendar file", () => {
  const ics = buildIcs({ date: "2026-12-15", title: "Legal deadline", asOf: "2026-11-23" });
  const lines = ics.split("\r\n");

  test("is one all-day event on the date, ending the next day", () => {
    expect(lines).toContain("BEGIN:VEVENT");
    expect(lines).toContain("DTSTART;VALUE=DATE:20261215");
    expect(lines).toContain("DTEND;VALUE=DATE:20261216");
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
  });

  test("has a plain title and nothing else about the person", () => {
    expect(lines).toContain("SUMMARY:Legal deadline");
    for (const field of ["LOCATION", "URL", "ORGANIZER", "ATTENDEE", "GEO", "CATEGORIES"]) {
      expect(lines.some((line) => line.startsWith(field))).toBe(false);
    }
    // The only DESCRIPTION is the reminder's, which repeats the title.
    expect(lines.filter((line) => line.startsWith("DESCRIPTION"))).toEqual(["DESCRIPTION:Legal deadline"]);
  });

  test("does not read the clock: the stamp is the as-of date, and the same input gives the same file", () => {
    expect(lines).toContain("DTSTAMP:20261123T000000Z");
    expect(buildIcs({ date: "2026-12-15", title: "Legal deadline", asOf: "2026-11-23" })).toBe(ics);
  });

  test("reminds a week before, with a valid duration", () => {
    expect(lines).toContain("TRIGGER:-PT168H");
  });

  test("the file name says nothing about the case", () => {
    expect(icsFileName("2026-12-15")).toBe("legal-date-2026-12-15.ics");
  });
});
