/**
 * D.C. Code sentences served in Bureau of Prisons custody. D.C. Code § 24-101(a) sends people sentenced for
 * D.C. Code felonies to the Bureau; D.C. Code § 24-403.01(d-1): a person sentenced for a felony committed on
 * or after August 5, 2000 "may receive good time credit toward service of the sentence only as provided in
 * 18 U.S.C. § 3624(b)". Source: https://code.dccouncil.gov/us/dc/council/code/sections/24-403.01
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, isIncomplete, notApplicable, possible } from "../kit";
import type { Evaluation, IsoDate, Reason } from "../types";

/** D.C. Code § 24-403.01(d-1) reaches felonies committed on or after this day. */
export const DC_FEDERAL_GOOD_TIME_FROM: IsoDate = "2000-08-05";

/** The reasons a path gives about a D.C. Code sentence, built by the path itself (its own keys and words). */
export interface DcCodeReasons {
  beforeAugust2000: Reason;
  notFelony: Reason;
  unsureFelony: Reason;
}

/**
 * `undefined` when the D.C. Code sentence is for a felony committed on or after 2000-08-05 (so § 3624(b)
 * governs it); otherwise `incomplete`, `not-applicable` (an older offense, or a misdemeanor, which is not
 * served in the Bureau's custody) or `possible` (not sure it was a felony).
 */
export function dcCodeFelonyAfter2000(f: Facts, reasons: DcCodeReasons): Evaluation | undefined {
  const offense = ask(f, "offenseDate");
  if (isIncomplete(offense)) return offense;
  if (offense.offenseDate < DC_FEDERAL_GOOD_TIME_FROM) return notApplicable(reasons.beforeAugust2000);
  const felony = ask(f, "felony");
  if (isIncomplete(felony)) return felony;
  if (felony.felony === "no") return notApplicable(reasons.notFelony);
  if (felony.felony === "unsure") return possible(reasons.unsureFelony);
  return undefined;
}
