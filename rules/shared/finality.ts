/**
 * When a federal judgment of conviction "becomes final" (28 U.S.C. § 2255(f)(1)), and the one-year
 * deadline that runs from it, computed as rules/README.md § finality sets out (28 U.S.C. § 2255(f)).
 *
 * | scenario                              | final on                                   | authority                     |
 * |---------------------------------------|--------------------------------------------|-------------------------------|
 * | no notice of appeal                   | judgment + 14 days (last day to appeal)    | Fed. R. App. P. 4(b)(1)(A)    |
 * | appeal decided, no certiorari petition | court of appeals' judgment + 90 days       | Clay v. United States (2003)  |
 * | certiorari denied                     | the day it is denied                       | [UNVERIFIED, standard rule]   |
 * | certiorari granted, Court decided     | the day of the Supreme Court's judgment    | [UNVERIFIED]                  |
 * | appeal or certiorari still pending    | not final yet: the year has not started    |                               |
 *
 * Day 14 and day 90 are periods in days, so a last day on a weekend or holiday runs to the next day the
 * rule counts (rules/calendar/court-days.ts): day 14 under FRAP 26(a)(1)(C), where a day the President
 * closed the executive departments counts as a holiday (FRAP 26(a)(6)(B)); day 90 under the Supreme
 * Court's own counting rule, Sup. Ct. R. 30.1, where it never does. The year is counted by the
 * anniversary method and rolled forward under FRCP 6(a)(1)(C), (a)(6)(B) [UNVERIFIED, "most courts"].
 * Because a court could decline any roll-forward, and whether an executive closure is a "day declared a
 * holiday by the President" is contested, the strictest reading — no roll-forward at all — is also
 * returned, and where an executive closure alone moved a day, the result names it (`contested`), so that a
 * person is never told a borderline date is safe.
 */
import type { Facts, FactName } from "@/rules/facts/schema";
import { rollForwardFrap26Frcp6, rollForwardSupremeCourtRule30, type CourtDayRoll } from "@/rules/calendar/court-days";
import { plusDays, plusYears, type IsoDate } from "@/rules/calendar/dates";
import type { ExecutiveClosure } from "@/rules/data/executive-closures";

/** How the judgment became final: names the rule the finality date rests on. */
export type FinalityKind = "no-appeal" | "no-certiorari" | "certiorari-denied" | "certiorari-decided";

export type Finality =
  /** Facts still needed to tell when the judgment became final. */
  | { state: "needs"; needs: FactName[] }
  /** A direct appeal or a certiorari petition is pending: the judgment is not final yet. */
  | { state: "pending"; stage: "appeal" | "certiorari" }
  /** The person is not sure whether an appeal was filed. */
  | { state: "unsure-appeal" }
  /**
   * Final on `final` (after any roll-forward); `unrolled` is the same day without the roll-forward;
   * `contested`, only when executive closures alone moved `final` (FRAP 26(a)(6)(B)).
   */
  | { state: "final"; kind: FinalityKind; final: IsoDate; unrolled: IsoDate; contested?: ClosureMoved };

/** Executive closures alone moved a last day: whether they count is contested (rules/calendar/court-days.ts). */
export interface ClosureMoved {
  /** The executive closures passed over. */
  closures: ExecutiveClosure[];
  /** The last day had they not counted (weekends and § 6103 holidays only). */
  withoutClosures: IsoDate;
}

/** Days to file a notice of appeal in a criminal case (Fed. R. App. P. 4(b)(1)(A)(i)). */
export const APPEAL_DAYS = 14;
/** Days to petition for certiorari after the court of appeals' judgment (Sup. Ct. R. 13.1; Clay). */
export const CERTIORARI_DAYS = 90;

/** What executive closures did in a FRAP 26 / FRCP 6 roll-forward, when they alone moved the day. */
const closuresAlone = (roll: CourtDayRoll): ClosureMoved | undefined =>
  roll.day !== roll.withoutClosures ? { closures: roll.closures, withoutClosures: roll.withoutClosures } : undefined;

/** The 14 days to appeal: a period under FRAP 26(a), where executive closures count (contested). */
function afterAppealDays(start: IsoDate, kind: FinalityKind): Finality {
  const unrolled = plusDays(start, APPEAL_DAYS);
  const roll = rollForwardFrap26Frcp6(unrolled);
  const contested = closuresAlone(roll);
  return { state: "final", kind, final: roll.day, unrolled, ...(contested ? { contested } : {}) };
}

/** The 90 days to petition for certiorari: a period under Sup. Ct. R. 30.1, where executive closures never count. */
function afterCertiorariDays(start: IsoDate, kind: FinalityKind): Finality {
  const unrolled = plusDays(start, CERTIORARI_DAYS);
  return { state: "final", kind, final: rollForwardSupremeCourtRule30(unrolled), unrolled };
}

/**
 * When the judgment became final, from `appeal`, then the date facts that scenario needs. Asks for
 * `appeal` first, because it decides which date is needed: a decided appeal makes the judgment date moot.
 */
export function finality(f: Facts): Finality {
  if (f.appeal === undefined) return { state: "needs", needs: ["appeal"] };
  if (f.appeal === "pending") return { state: "pending", stage: "appeal" };
  if (f.appeal === "unsure") return { state: "unsure-appeal" };
  if (f.appeal === "none") {
    // § 2255(f)(1) with FRAP 4(b)(1)(A): final when the time to appeal ran out. The FRAP 4(b)(4)
    // extension does not extend finality (Sanchez-Castellano, 6th Cir. 2004).
    if (f.judgmentDate === undefined) return { state: "needs", needs: ["judgmentDate"] };
    return afterAppealDays(f.judgmentDate, "no-appeal");
  }
  // Appeal decided.
  if (f.appealDecisionDate === undefined) return { state: "needs", needs: ["appealDecisionDate"] };
  if (f.certiorari === undefined) return { state: "needs", needs: ["certiorari"] };
  if (f.certiorari === "pending") return { state: "pending", stage: "certiorari" };
  // Clay v. United States, 537 U.S. 522 (2003): 90 days from the court of appeals' judgment, not the mandate.
  if (f.certiorari === "none") return afterCertiorariDays(f.appealDecisionDate, "no-certiorari");
  if (f.certiorariDate === undefined) return { state: "needs", needs: ["certiorariDate"] };
  // A date set by the Court itself is not a period to count, so it is never rolled forward.
  const kind = f.certiorari === "denied" ? "certiorari-denied" : "certiorari-decided";
  return { state: "final", kind, final: f.certiorariDate, unrolled: f.certiorariDate };
}

/** The last day of the one-year period, and the strictest reading a court could take of it. */
export interface OneYearDeadline {
  /** Anniversary of the (rolled) finality date, rolled forward past a weekend or holiday (FRCP 6(a)). */
  deadline: IsoDate;
  /** Anniversary of the un-rolled finality date, with no roll-forward: present only when earlier. */
  earliestDeadline?: IsoDate;
  /** The anniversary before its own roll-forward, when the roll-forward moved it. */
  anniversary?: IsoDate;
  /** Present only when executive closures alone moved the deadline (FRCP 6(a)(6)(B), contested). */
  contested?: ClosureMoved;
}

/**
 * § 2255(f): one year from finality, anniversary method, rolled forward under FRCP 6(a) (rules/README.md § finality).
 * `earliestDeadline` keeps the strict day — no roll-forward of either date — whatever moved the deadline.
 */
export function oneYearDeadline(final: IsoDate, unrolled: IsoDate): OneYearDeadline {
  const anniversary = plusYears(final, 1);
  const roll = rollForwardFrap26Frcp6(anniversary);
  const deadline = roll.day;
  const strictest = plusYears(unrolled, 1);
  const result: OneYearDeadline = { deadline };
  if (strictest < deadline) result.earliestDeadline = strictest;
  if (anniversary !== deadline) result.anniversary = anniversary;
  const contested = closuresAlone(roll);
  if (contested) result.contested = contested;
  return result;
}
