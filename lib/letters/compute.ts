/**
 * What each document takes from the answers: values for its blanks, flags for its optional lines, and
 * lists (keys said in words by the document's `lists`). Dates the law sets come from the engine's results
 * (lib/engine/screen.ts); the only date counted here is the warden request's 30 days, which the statute
 * counts from a day the person writes on the page (18 U.S.C. § 3582(c)(1)(A): "the lapse of 30 days from the
 * receipt of such a request by the warden"). Pure: `asOf` is "today", `fields` what the person typed.
 * Flags: the perspective, each filled-in field's id, and the document's own (below).
 */
import { evaluatePath } from "@/lib/engine/screen";
import { perspectiveOf, type Perspective } from "@/lib/words/perspective";
import { isIsoDate, plusDays } from "@/rules/calendar/dates";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import type { LetterSlug } from "./documents";
import { courtDocuments } from "./compute-court";

export type Fields = Readonly<Record<string, string>>;

export interface LetterData {
  perspective: Perspective;
  vars: Record<string, string | number>;
  flags: Set<string>;
  lists: Record<string, string[]>;
}

/** § 3582(c)(1)(A): a motion may be filed once 30 days have passed since the warden received the request. */
export const WARDEN_DAYS = 30;

function wardenRequest(f: Facts, asOf: IsoDate, fields: Fields): Omit<LetterData, "perspective"> {
  const reasons = (f.crReasons ?? []).filter((r) => r !== "none");
  const flags = new Set<string>();
  const medical = ["terminal-illness", "serious-medical-condition", "care-not-provided", "aging-decline"];
  if (reasons.includes("terminal-illness")) flags.add("terminal");
  // A family member may send the request for a relative with a terminal illness (18 U.S.C. § 3582(d)(2)(A)(i),
  // (iv)); otherwise the letter is the relative's own, to sign (28 C.F.R. § 571.61(a): "submitted by the inmate").
  if (flags.has("terminal") && f.perspective === "family") flags.add("onBehalf");
  if (reasons.some((r) => medical.includes(r))) flags.add("medical");
  if (reasons.length === 0) flags.add("noReasons");
  // The day the warden received it: the answers' date when a request was already made, else the page's field.
  const received = f.wardenRequest === "submitted" && f.wardenRequestDate ? f.wardenRequestDate : fields.receivedDate;
  const vars: Record<string, string | number> = { today: asOf };
  if (isIsoDate(received)) {
    vars.receivedDate = received;
    vars.motionDate = plusDays(received, WARDEN_DAYS);
    flags.add("received");
  }
  return { vars, flags, lists: { reasons } };
}

function timeCreditsRequest(f: Facts, asOf: IsoDate): Omit<LetterData, "perspective"> {
  const gct = evaluatePath(f, asOf, "good-conduct-time").evaluation.estimate ?? {};
  const fsa = evaluatePath(f, asOf, "fsa-time-credits").evaluation.estimate ?? {};
  const flags = new Set<string>();
  const vars: Record<string, string | number> = { today: asOf };
  for (const key of ["gctDays", "gctRelease", "fullTermRelease", "gctReleaseAt54"] as const) if (gct[key] !== undefined) vars[key] = gct[key];
  for (const key of ["earliestPrerelease", "supervisedReleaseTransfer"] as const) if (fsa[key] !== undefined) vars[key] = fsa[key];
  if (fsa.creditRatePer30 !== undefined) vars.creditRate = fsa.creditRatePer30;
  if (vars.gctRelease !== undefined) flags.add("gct");
  if (vars.gctReleaseAt54 !== undefined) flags.add("gctAt54");
  if (vars.earliestPrerelease !== undefined) flags.add("fsa");
  if (vars.supervisedReleaseTransfer !== undefined) flags.add("fsaTransfer");
  if (f.custodyStartDate) vars.custodyStartDate = f.custodyStartDate;
  if (f.jailCreditDays !== undefined) vars.jailCreditDays = f.jailCreditDays;
  if (!flags.has("gct") && !flags.has("fsa")) flags.add("noEstimate");
  return { vars, flags, lists: {} };
}

/** Everything one document needs from the answers and the page's fields. */
export function letterData(slug: LetterSlug, facts: Facts, asOf: IsoDate, fields: Fields = {}): LetterData {
  const perspective = perspectiveOf(facts);
  const base =
    slug === "warden-request" ? wardenRequest(facts, asOf, fields) : slug === "time-credits-request" ? timeCreditsRequest(facts, asOf) : courtDocuments(slug, facts, asOf);
  base.flags.add(perspective);
  // The fields the person typed fill blanks of the same name (a name, a register number…).
  const typed = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ""));
  // …and set a flag of that name, for a line that shows only once the field is filled in.
  for (const id of Object.keys(typed)) base.flags.add(id);
  return { perspective, ...base, vars: { ...typed, ...base.vars } };
}
