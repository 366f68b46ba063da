/**
 * Whether the sentence included a prison term, for paths that turn on it after the term is over: the
 * pardon waiting period (28 C.F.R. § 1.2: five years from release, or from conviction when no prison
 * sentence was imposed) and the TSRA's "covered prisoner" (18 U.S.C. § 3771A(a): sentenced to
 * imprisonment and "is, or was previously, imprisoned"). Asks for the term only when where the person is
 * now does not settle it.
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, isIncomplete, type Incomplete } from "../kit";

/** `true`/`false`, or the `incomplete` evaluation asking for the facts still needed to tell. */
export function prisonWasImposed(f: Facts): boolean | Incomplete {
  // Supervised release is a term "after imprisonment" (18 U.S.C. § 3583(a)); probation is a sentence
  // instead of prison.
  if (f.custody === "prison" || f.custody === "supervised-release") return true;
  if (f.custody === "probation") return false;
  if (f.lifeSentence === "yes") return true;
  const months = ask(f, "prisonMonths");
  if (isIncomplete(months)) return months;
  if (months.prisonMonths > 0) return true;
  const days = ask(f, "prisonExtraDays");
  if (isIncomplete(days)) return days;
  return days.prisonExtraDays > 0;
}
