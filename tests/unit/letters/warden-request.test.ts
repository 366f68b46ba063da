/**
 * The request to the warden (issue #13, document 1): worked answers → the sentences and dates it prints.
 */
import { describe, expect, test } from "vitest";
import { letterData } from "@/lib/letters/compute";
import { documentText } from "./render";
import type { Facts } from "@/rules/facts/schema";
import { ASOF, wardenFamilyTerminal } from "./fixtures";

const inPrison: Facts = { ...wardenFamilyTerminal, perspective: undefined };

describe("request to the warden", () => {
  test("a family member, terminal illness: sent on the relative's behalf, citing § 3582(d)(2)(A) and § 571.61(b), 14 days", () => {
    const text = documentText("warden-request", { ...inPrison, perspective: "family" }, ASOF, { personName: "Ana Ruiz", preparerName: "Luis Ruiz", relationship: "brother" });
    expect(text).toContain("My name is Luis Ruiz. I am the brother of Ana Ruiz. I ask you to file a motion in the sentencing court to reduce the sentence of Ana Ruiz");
    expect(text).toContain("the law lets a family member send this request (18 U.S.C. § 3582(d)(2)(A))");
    expect(text).toContain("28 C.F.R. § 571.61(b)");
    expect(text).toContain("A terminal illness, one that will end in death");
    expect(text).toContain("the Bureau must process this request within 14 days");
    expect(text).toContain("Where medical care will be given");
    expect(text).toContain("Date: December 3, 2026");
    expect(text).not.toContain("I ask you to file a motion in my sentencing court");
  });

  test("a family member, no terminal illness: the relative's own letter, to sign", () => {
    const facts: Facts = { ...inPrison, perspective: "family", crReasons: ["caregiver-needed"] };
    const text = documentText("warden-request", facts, ASOF, { preparerName: "Luis Ruiz" });
    expect(text).toContain("I ask you to file a motion in my sentencing court to reduce my sentence.");
    expect(text).toContain("A family member who needs care, with no one else who can give it");
    expect(text).toContain("Written with help from Luis Ruiz.");
    expect(text).not.toContain("14 days");
    expect(text).not.toContain("Where medical care will be given");
  });

  test("the day the warden got it gives the day a motion may be filed, 30 days later", () => {
    const data = letterData("warden-request", { ...inPrison, perspective: "self" }, ASOF, { receivedDate: "2026-12-10" });
    expect(data.vars.motionDate).toBe("2027-01-09");
    const text = documentText("warden-request", { ...inPrison, perspective: "self" }, ASOF, { receivedDate: "2026-12-10" });
    expect(text).toContain("30 days after that day is January 9, 2027. From then on, if the Bureau has not filed a motion, you may file one in the sentencing court");
  });

  test("a request already made: the answers' date counts, not the page's", () => {
    const facts: Facts = { ...inPrison, perspective: "counselor", wardenRequest: "submitted", wardenRequestDate: "2026-11-20" };
    expect(letterData("warden-request", facts, ASOF, { receivedDate: "2026-12-01" }).vars.motionDate).toBe("2026-12-20");
    expect(documentText("warden-request", facts, ASOF)).toContain("your client may file one in the sentencing court");
  });

  test("no day yet: the motion date is a line to write on", () => {
    const text = documentText("warden-request", { ...inPrison, perspective: "self" }, ASOF);
    expect(text).toContain("That day is: ____");
    expect(text).toContain("Signed: ____");
  });
});
