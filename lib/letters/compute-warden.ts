/**
 * The request to the warden (18 U.S.C. § 3582(c)(1)(A); 28 C.F.R. § 571.61): filled from the answers and the
 * page's fields with no call to the engine — its only date is the statute's 30 days, counted from the day the
 * person writes on the page — so a warden request page loads none of the rules (issue 14).
 */
import { isIsoDate, plusDays } from "@/rules/calendar/dates";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import { withAnswers, type DocumentParts, type Fields, type LetterData } from "./letter-data";

/** § 3582(c)(1)(A): a motion may be filed once 30 days have passed since the warden received the request. */
export const WARDEN_DAYS = 30;

function wardenRequest(f: Facts, asOf: IsoDate, fields: Fields): DocumentParts {
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

/** Everything the warden request needs from the answers and the page's fields. */
export function wardenLetterData(facts: Facts, asOf: IsoDate, fields: Fields = {}): LetterData {
  return withAnswers(facts, wardenRequest(facts, asOf, fields), fields);
}
