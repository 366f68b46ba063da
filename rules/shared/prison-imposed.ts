/**
 * Whether the sentence included a prison term, for paths that turn on it after the term is over: the
 * pardon waiting period (28 C.F.R. § 1.2: five years from release, or from conviction when no prison
 * sentence was imposed) and the TSRA's "covered prisoner" (18 U.S.C. § 3771A(a): sentenced to
 * imprisonment and "is, or was previously, imprisoned"). Asks for the term only when where the person is
 * now does not settle it.
 */
import type { Facts, FactName } from "@/rules/facts/schema";
import { missing } from "../kit";

/** `true`/`false`, or the facts still needed to tell. */
export function prisonWasImposed(f: Facts): boolean | FactName[] {
  // Supervised release is a term "after imprisonment" (18 U.S.C. § 3583(a)); probation is a sentence
  // instead of prison.
  if (f.custody === "prison" || f.custody === "supervised-release") return true;
  if (f.custody === "probation") return false;
  if (f.lifeSentence === "yes") return true;
  let need = missing(f, "prisonMonths");
  if (need.length > 0) return need;
  if (f.prisonMonths! > 0) return true;
  need = missing(f, "prisonExtraDays");
  if (need.length > 0) return need;
  return f.prisonExtraDays! > 0;
}
