/**
 * Early termination of supervised release — 18 U.S.C. § 3583(e)(1) — and of probation — 18 U.S.C. § 3564(c).
 *
 * § 3583(e)(1): the court may "terminate a term of supervised release and discharge the defendant released at
 * any time after the expiration of one year of supervised release … if it is satisfied that such action is
 * warranted by the conduct of the defendant released and the interest of justice".
 * § 3564(c): the court may terminate probation "at any time in the case of a misdemeanor or an infraction or
 * at any time after the expiration of one year of probation in the case of a felony", on the same test.
 * USSG § 5D1.4(b) (eff. 2025-11-01): after one year, "after an individualized assessment of the need for
 * ongoing supervision" and "following consultation with the government and the probation officer".
 *
 * Source: https://www.law.cornell.edu/uscode/text/18/3583 ; https://www.law.cornell.edu/uscode/text/18/3564
 * ([V-stat]; § 5D1.4 [V-off]; rules/README.md § early-termination).
 * Not modelled: time that does not count because the person was imprisoned 30 days or more for another crime
 * (§ 3624(e)); a pending violation; local early-termination programs (rules/README.md § early-termination, UNVERIFIED); mandatory
 * supervised-release terms (no bar after one year, rules/README.md § early-termination, UNVERIFIED).
 */
import type { Facts } from "@/rules/facts/schema";
import { plusDays, plusYears } from "@/rules/calendar/dates";
import { ask, defineReasons, isIncomplete, likely, notApplicable, notYet, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import type { Evaluation, IsoDate, Reason, RuleModule } from "./types";

const SR = "18 U.S.C. § 3583(e)(1)";
const PROBATION = "18 U.S.C. § 3564(c)";
const GUIDELINE = "USSG § 5D1.4(b)";

const reason = defineReasons({
  notOnSupervision: SR,
  inPrison: SR,
  srAfterOneYear: SR,
  srNotYet: SR,
  srTermTooShort: SR,
  individualizedAssessment: GUIDELINE,
  srViolations: GUIDELINE,
  misdemeanorProbationAnyTime: PROBATION,
  felonyProbationAfterOneYear: PROBATION,
  felonyProbationNotYet: PROBATION,
  probationTermTooShort: PROBATION,
  unsureFelony: PROBATION,
  probationViolations: PROBATION,
});

type Supervision = "supervised-release" | "probation";

/**
 * "After the expiration of one year": the safe reading (rules/README.md § early-termination) is the day after the one-year anniversary
 * of the start (released 2025-06-02 → 2026-06-03). [UNVERIFIED whether the anniversary itself
 * counts — the later day is used so that no one files a day early.]
 */
export function afterOneYear(start: IsoDate): { anniversary: IsoDate; availableFrom: IsoDate } {
  const anniversary = plusYears(start, 1);
  return { anniversary, availableFrom: plusDays(anniversary, 1) };
}

/** Violations weigh against early termination but do not bar it (§ 5D1.4 commentary; § 3564(c) "conduct"). */
function conduct(f: Facts, kind: Supervision): Reason[] {
  if (f.supervisionViolations !== "yes") return [];
  return [reason(kind === "supervised-release" ? "srViolations" : "probationViolations")];
}

/** Supervised release, or felony probation (`unsureFelony`: probation, not sure it was a felony). */
function oneYearRule(f: Facts, asOf: IsoDate, kind: Supervision, unsureFelony: boolean): Evaluation {
  const givenSupervisionStartDate = ask(f, "supervisionStartDate");
  if (isIncomplete(givenSupervisionStartDate)) return givenSupervisionStartDate;
  const { anniversary, availableFrom } = afterOneYear(givenSupervisionStartDate.supervisionStartDate);
  const sr = kind === "supervised-release";

  if (asOf >= availableFrom) {
    // One year is over: the felony question no longer matters.
    const open = sr
      ? [reason("srAfterOneYear", { availableFrom }), reason("individualizedAssessment")]
      : [reason("felonyProbationAfterOneYear", { availableFrom })];
    return likely([...open, ...conduct(f, kind)], { availableFrom });
  }
  // A misdemeanor could end any time; a felony only from availableFrom. The date stays in the words only:
  // rules/README.md § results gives a future `availableFrom` with `not-yet` alone.
  if (unsureFelony) return possible(reason("unsureFelony", { availableFrom }));

  const givenSupervisionMonths = ask(f, "supervisionMonths");
  if (isIncomplete(givenSupervisionMonths)) return givenSupervisionMonths;
  // A term of one year or less is over before "the expiration of one year" has passed.
  const months = givenSupervisionMonths.supervisionMonths;
  if (months <= 12) {
    return unlikely(reason(sr ? "srTermTooShort" : "probationTermTooShort", { months }));
  }
  return notYet(reason(sr ? "srNotYet" : "felonyProbationNotYet", { anniversary, availableFrom }), { availableFrom });
}

function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  const court = federalCourtOnly(f, SR);
  if (court) return court;

  const givenCustody = ask(f, "custody");
  if (isIncomplete(givenCustody)) return givenCustody;
  if (f.custody === "none" || f.custody === "not-sentenced") return notApplicable(reason("notOnSupervision"));
  // Interpretation: no supervision to end yet, and the day it will start is not a fact we have, so no
  // `not-yet` date can be computed; the words say it opens one year into supervised release.
  if (f.custody === "prison") return notApplicable(reason("inPrison"));
  if (f.custody === "supervised-release") return oneYearRule(f, asOf, "supervised-release", false);

  // Probation: § 3564(c) depends on the grade of the offense.
  const givenFelony = ask(f, "felony");
  if (isIncomplete(givenFelony)) return givenFelony;
  if (f.felony === "no") {
    // § 3564(c): a misdemeanor or infraction — "at any time".
    const since = f.supervisionStartDate !== undefined && f.supervisionStartDate <= asOf ? f.supervisionStartDate : undefined;
    return likely([reason("misdemeanorProbationAnyTime"), ...conduct(f, "probation")], { availableFrom: since });
  }
  return oneYearRule(f, asOf, "probation", f.felony === "unsure");
}

export const earlyTermination: RuleModule = {
  id: "early-termination",
  title: "Early termination of supervision",
  citation: SR,
  lawAsOf: "2026-11-23",
  reasons: reason.table,
  facts: ["court", "custody", "supervisionStartDate", "supervisionMonths", "supervisionViolations", "felony"],
  evaluate,
};
