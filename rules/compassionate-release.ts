/**
 * 18 U.S.C. § 3582(c)(1)(A) — reduction of a term of imprisonment ("compassionate release"); USSG § 1B1.13.
 *
 * § 3582(c)(1)(A): the court "may reduce the term of imprisonment … upon motion of the defendant after
 *   the defendant has fully exhausted all administrative rights to appeal a failure of the Bureau of
 *   Prisons to bring a motion on the defendant's behalf or the lapse of 30 days from the receipt of such a
 *   request by the warden of the defendant's facility, whichever is earlier", if it finds
 *   (i) "extraordinary and compelling reasons warrant such a reduction", or
 *   (ii) the defendant is at least 70 years of age, has served at least 30 years in prison under a
 *   sentence imposed under § 3559(c), and the BOP Director has found no danger (§ 3142(g)).
 * USSG § 1B1.13(b) lists the extraordinary and compelling reasons: (1) medical circumstances,
 *   (2) age, (3) family circumstances, (4) victim of abuse in custody, (5) other reasons, (6) unusually
 *   long sentence.
 *
 * Source: rules/README.md § compassionate-release (18 U.S.C. § 3582(c)(1)(A) [V-stat]; USSG § 1B1.13(a), (b)(1) [V-off];
 *   (b)(2)–(b)(5) wording UNVERIFIED, categories V-sec); https://www.law.cornell.edu/uscode/text/18/3582
 * Law as of 2026: Rutherford v. United States, No. 24-820 (U.S. May 28, 2026) — a nonretroactive change
 *   in law is not an extraordinary and compelling reason; § 1B1.13(b)(6) is invalid to that extent
 *   [V-sec: opinion text not read]. Fernandez v. United States, No. 24-556 (U.S. May 28, 2026) — attacks on
 *   the conviction's or sentence's validity belong in § 2255 [V-sec].
 * Not modelled: the danger finding (§ 1B1.13(a)(2)) and the § 3553(a) factors (the judge's discretion);
 * the BOP Director's no-danger determination that (c)(1)(A)(ii) requires (not asked: that prong is at most
 * `possible`, rules/README.md § compassionate-release);
 * full exhaustion of BOP appeals before day 30 (the 30-day lapse is "earlier" in practice); renewed motions
 * on changed facts; the (c)(1)(A)(ii) age-70 prong is not projected to a future day (that would ask
 * everyone about § 3559(c)).
 */
import type { Facts } from "@/rules/facts/schema";
import { ageOn, daysBetween, earlier, later, plusDays, plusMonths, plusYears } from "@/rules/calendar/dates";
import { FSA_ENACTED } from "@/rules/calculators/fsa-time-credits";
import { ask, defineReasons, isIncomplete, type Incomplete, likely, notYet, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import { servingPrisonTerm } from "./shared/sentence-reduction";
import type { Evaluation, IsoDate, Reason, RuleModule } from "./types";

const STATUTE = "18 U.S.C. § 3582(c)(1)(A)";

const reason = defineReasons({
  noPrisonTerm: STATUTE,
  onSupervision: STATUTE,
  terminalIllness: "USSG § 1B1.13(b)(1)(A)",
  seriousMedicalCondition: "USSG § 1B1.13(b)(1)(B)",
  careNotProvided: "USSG § 1B1.13(b)(1)(C)",
  agingMet: "USSG § 1B1.13(b)(2)",
  agingUnder65: "USSG § 1B1.13(b)(2)",
  agingTimeNotServed: "USSG § 1B1.13(b)(2)",
  agingTermEndsFirst: "USSG § 1B1.13(b)(2)",
  familyCaregiver: "USSG § 1B1.13(b)(3)",
  abuseInCustody: "USSG § 1B1.13(b)(4)",
  otherReasons: "USSG § 1B1.13(b)(5)",
  noListedReason: "USSG § 1B1.13(b)",
  age70Prong: "18 U.S.C. § 3582(c)(1)(A)(ii)",
  unsure3559c: "18 U.S.C. § 3582(c)(1)(A)(ii)",
  changeInLawNotAReason: "Rutherford v. United States, No. 24-820 (U.S. May 28, 2026)",
  validityClaimsGoTo2255: "Fernandez v. United States, No. 24-556 (U.S. May 28, 2026)",
  exhaustionMet: STATUTE,
  exhaustionWait: STATUTE,
  exhaustionEndsFirst: STATUTE,
  writeToWardenFirst: STATUTE,
  terminalIllnessFourteenDays: "18 U.S.C. § 3582(d)(2)(A)(iv)",
  unsureWardenRequest: STATUTE,
  unsureLifeSentence: "USSG § 1B1.13(b)(2)",
  bopMotionOnly: "First Step Act of 2018, Pub. L. 115-391, § 603(b), 132 Stat. 5194",
  judgeWeighsFactors: "18 U.S.C. § 3553(a)",
});

/** § 3582(c)(1)(A): "the lapse of 30 days from the receipt of such a request by the warden". */
const EXHAUSTION_DAYS = 30;

/** Where the extraordinary-and-compelling question stands. */
type Grounds =
  | Incomplete
  | { kind: "met"; reasons: Reason[] }
  /** (b)(2): the time-served threshold will be reached on `on`. */
  | { kind: "later"; on: IsoDate; reasons: Reason[] }
  | { kind: "possible"; reasons: Reason[] }
  | { kind: "unmet"; reasons: Reason[] };

/** Time served so far starts on the custody start date, moved back by credited jail days (18 U.S.C. § 3585(b)). */
const creditedStart = (start: IsoDate, f: Facts): IsoDate => plusDays(start, -(f.jailCreditDays ?? 0));

/**
 * The day `years` of the term will have been served, or the facts still needed. Jail credit is asked for
 * only when the time since the custody start date falls short: only then can it change the answer.
 */
function dayServed(f: Facts, asOf: IsoDate, years: number): { on: IsoDate } | Incomplete {
  const given = ask(f, "custodyStartDate");
  if (isIncomplete(given)) return given;
  const withoutCredit = plusYears(given.custodyStartDate, years);
  if (withoutCredit <= asOf) return { on: withoutCredit };
  const credit = ask(f, "jailCreditDays");
  if (isIncomplete(credit)) return credit;
  return { on: plusYears(creditedStart(given.custodyStartDate, f), years) };
}

/**
 * USSG § 1B1.13(b)(2) [V-sec; wording UNVERIFIED]: at least 65, serious deterioration because of aging
 * (the person's answer), and served "at least 10 years or 75 percent of his or her term of imprisonment,
 * whichever is less". Age and time served are met by time alone: when they are still ahead, the reason is
 * `later` on the day both are met (issue #18 item 1), unless the prison term ends first.
 */
function agingProng(f: Facts, asOf: IsoDate): Grounds {
  const born = ask(f, "birthDate");
  if (isIncomplete(born)) return born;
  const turns65 = plusYears(born.birthDate, 65);
  const tenYears = dayServed(f, asOf, 10);
  if (isIncomplete(tenYears)) return tenYears;
  if (turns65 <= asOf && tenYears.on <= asOf) return { kind: "met", reasons: [reason("agingMet")] };

  // Short of 10 years: 75 percent of the term may be less. A life term has no 75 percent and no end.
  const life = ask(f, "lifeSentence");
  if (isIncomplete(life)) return life;
  let threshold = tenYears.on;
  let termEnds: IsoDate | undefined;
  if (life.lifeSentence !== "yes") {
    const term = ask(f, "custodyStartDate", "prisonMonths", "prisonExtraDays");
    if (isIncomplete(term)) return term;
    const start = term.custodyStartDate;
    const termDays = daysBetween(start, plusDays(plusMonths(start, term.prisonMonths), term.prisonExtraDays));
    // A zero-length term in prison makes no sense as a 75 percent base; only the 10 years then count.
    if (termDays > 0) threshold = earlier(threshold, plusDays(creditedStart(start, f), Math.ceil(termDays * 0.75)));
    // Never before the term began: jail credit beyond the term leaves nothing to serve (issue #15 item 5).
    termEnds = later(start, plusDays(creditedStart(start, f), termDays));
  }
  const metOn = later(turns65, threshold);
  // Issue #15 item 5: a life term has no 75 percent, so where only the 75 percent is served, an unsure
  // answer about a life sentence decides the outcome: `possible`, naming it, never `likely`.
  const onlyBy75Percent = life.lifeSentence === "unsure" && threshold < tenYears.on;
  if (metOn <= asOf && onlyBy75Percent && later(turns65, tenYears.on) > asOf) {
    return { kind: "possible", reasons: [reason("agingMet"), reason("unsureLifeSentence")] };
  }
  if (metOn <= asOf) return { kind: "met", reasons: [reason("agingMet")] };
  // Interpretation: the full term (before good conduct time) ends first, so there is nothing left to reduce.
  if (termEnds !== undefined && termEnds <= metOn) {
    return { kind: "unmet", reasons: [reason("agingTermEndsFirst", { date: metOn, termEnds })] };
  }
  const reasons: Reason[] = [];
  if (turns65 > asOf) reasons.push(reason("agingUnder65", { date: turns65 }));
  if (threshold > asOf) reasons.push(reason("agingTimeNotServed", { date: threshold }));
  if (onlyBy75Percent) reasons.push(reason("unsureLifeSentence"));
  return { kind: "later", on: metOn, reasons };
}

/**
 * § 3582(c)(1)(A)(ii) [V-stat]: at least 70, at least 30 years served, on a § 3559(c) sentence. Checked
 * only when no (b) reason already settles the question, and its later facts are asked only of people it
 * could help, so almost nobody is asked about § 3559(c).
 */
function age70Prong(f: Facts, asOf: IsoDate): Grounds {
  const born = ask(f, "birthDate");
  if (isIncomplete(born)) return born;
  if (ageOn(born.birthDate, asOf) < 70) return { kind: "unmet", reasons: [] };
  const thirtyYears = dayServed(f, asOf, 30);
  if (isIncomplete(thirtyYears)) return thirtyYears;
  if (thirtyYears.on > asOf) return { kind: "unmet", reasons: [] };
  const given = ask(f, "sentenced3559c");
  if (isIncomplete(given)) return given;
  // D-ii-4: (ii) also needs "a determination … by the Director of the Bureau of Prisons" that the person is
  // not a danger (§ 3142(g)). The screener asks no fact about it and the person rarely knows, so the prong
  // is `possible`, never `likely` (18 U.S.C. § 3582(c)(1)(A)(ii); rules/README.md § statuses `possible`); the words say so.
  if (f.sentenced3559c === "yes") return { kind: "possible", reasons: [reason("age70Prong")] };
  if (f.sentenced3559c === "unsure") return { kind: "possible", reasons: [reason("unsure3559c")] };
  return { kind: "unmet", reasons: [] };
}

/** Rutherford and Fernandez: what no longer counts, said wherever a person might rely on it. */
const whatDoesNotCount = (): Reason[] => [reason("changeInLawNotAReason"), reason("validityClaimsGoTo2255")];

/** § 3582(c)(1)(A)(i) and (ii): is there an extraordinary and compelling reason, or the age-70 prong? */
function grounds(f: Facts, asOf: IsoDate): Grounds {
  const chosen = new Set(f.crReasons);
  // § 1B1.13(b)(1)(A)–(C) [V-off], (b)(3), (b)(4) [categories V-sec, wording UNVERIFIED]: the person's
  // answer is taken as the circumstance; the judge decides whether it is proved.
  const met: Reason[] = [];
  if (chosen.has("terminal-illness")) met.push(reason("terminalIllness"));
  if (chosen.has("serious-medical-condition")) met.push(reason("seriousMedicalCondition"));
  if (chosen.has("care-not-provided")) met.push(reason("careNotProvided"));
  if (chosen.has("caregiver-needed")) met.push(reason("familyCaregiver"));
  if (chosen.has("abuse-in-custody")) met.push(reason("abuseInCustody"));
  // A decided path asks nothing more: with one reason met, (b)(2) and (ii) cannot change the outcome.
  if (met.length > 0) return { kind: "met", reasons: met };

  const unmet: Reason[] = [];
  const maybe: Reason[] = [];
  let later: Extract<Grounds, { kind: "later" }> | undefined;
  if (chosen.has("aging-decline")) {
    const aging = agingProng(f, asOf);
    if (isIncomplete(aging) || aging.kind === "met") return aging;
    if (aging.kind === "later") later = aging;
    else if (aging.kind === "possible") maybe.push(...aging.reasons);
    else unmet.push(...aging.reasons);
  }

  const age70 = age70Prong(f, asOf);
  if (isIncomplete(age70) || age70.kind === "met") return age70;

  // § 1B1.13(b)(5) [wording UNVERIFIED]: "similar in gravity" to (1)–(4) — for the judge to weigh.
  if (chosen.has("other")) maybe.push(reason("otherReasons"), ...whatDoesNotCount());
  if (age70.kind === "possible") maybe.push(...age70.reasons);
  if (maybe.length > 0) return { kind: "possible", reasons: [...(later?.reasons ?? []), ...maybe] };
  if (later) return later;

  if (unmet.length === 0) unmet.push(reason("noListedReason"));
  return { kind: "unmet", reasons: [...unmet, ...whatDoesNotCount()] };
}

/**
 * No request to the warden yet: the request is the first step (§ 3582(c)(1)(A)); for a terminal illness the
 * Bureau must process it within 14 days (§ 3582(d)(2)(A)(iv)). No filing date can be computed before the
 * warden receives it, so a met reason is `likely` without one, and a reason met later is `not-yet` on its day.
 */
function beforeWardenRequest(f: Facts, found: Exclude<Grounds, Incomplete | { kind: "unmet" }>): Evaluation {
  const first = [reason("writeToWardenFirst")];
  if (f.crReasons?.includes("terminal-illness")) first.push(reason("terminalIllnessFourteenDays"));
  if (found.kind === "later") return notYet([...first, ...found.reasons], { availableFrom: found.on });
  if (found.kind === "possible") return possible([...first, ...found.reasons]);
  return likely([...first, ...found.reasons, reason("judgeWeighsFactors")]);
}

/**
 * Before the First Step Act (§ 603(b), in force 2018-12-21) only the Director of the Bureau of Prisons could
 * move for a reduction; the person could not file. So before that day the path is never `likely` (issue #15
 * item 5: no path is `likely` before the law that creates it): `possible`, naming the Bureau's motion.
 */
function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  const result = evaluateUnderFirstStepAct(f, asOf);
  if (asOf >= FSA_ENACTED || result.status !== "likely") return result;
  return possible([reason("bopMotionOnly"), ...result.reasons], { availableFrom: result.availableFrom });
}

function evaluateUnderFirstStepAct(f: Facts, asOf: IsoDate): Evaluation {
  const court = federalCourtOnly(f, STATUTE);
  if (court) return court;
  // § 3582(c)(1)(A) reduces "the term of imprisonment": supervision alone has none (rules/README.md § compassionate-release).
  const term = servingPrisonTerm(f, { noPrisonTerm: reason("noPrisonTerm"), onSupervision: reason("onSupervision") });
  if (term) return term;

  const givenCrReasons = ask(f, "crReasons");
  if (isIncomplete(givenCrReasons)) return givenCrReasons;
  const found = grounds(f, asOf);
  if (isIncomplete(found)) return found;
  if (found.kind === "unmet") return unlikely(found.reasons);

  // Exhaustion (18 U.S.C. § 3582(c)(1)(A)): a mandatory claim-processing rule (United States v. Alam, 960 F.3d 831 (6th Cir. 2020)).
  const givenWardenRequest = ask(f, "wardenRequest");
  if (isIncomplete(givenWardenRequest)) return givenWardenRequest;
  if (f.wardenRequest === "unsure") return possible([...found.reasons, reason("unsureWardenRequest")]);
  // Issue #18 item 1: exhaustion is a step the person can take today, never a criterion left unmet. With no
  // request yet, the status follows the reason, and the first reason is the request to the warden.
  if (f.wardenRequest === "not-submitted") return beforeWardenRequest(f, found);

  const givenWardenRequestDate = ask(f, "wardenRequestDate");
  if (isIncomplete(givenWardenRequestDate)) return givenWardenRequestDate;
  const exhausted = plusDays(givenWardenRequestDate.wardenRequestDate, EXHAUSTION_DAYS);

  if (found.kind === "possible") {
    // A date in the future goes only with `not-yet` (rules/README.md § results); here it is in the words.
    return exhausted <= asOf
      ? possible([...found.reasons, reason("exhaustionMet", { date: exhausted })], { availableFrom: exhausted })
      : possible([...found.reasons, reason("exhaustionWait", { date: exhausted })]);
  }
  if (found.kind === "later") {
    // Both must be met: the filing date is the later of the two. When the 30 days end first, the words must
    // not offer their end as the filing date (it may be long past); they say the other date counts.
    const wait = exhausted >= found.on ? reason("exhaustionWait", { date: exhausted }) : reason("exhaustionEndsFirst", { date: exhausted });
    return notYet([...found.reasons, wait], { availableFrom: later(found.on, exhausted) });
  }
  if (exhausted > asOf) return notYet([...found.reasons, reason("exhaustionWait", { date: exhausted })], { availableFrom: exhausted });
  return likely([...found.reasons, reason("exhaustionMet", { date: exhausted }), reason("judgeWeighsFactors")], { availableFrom: exhausted });
}

export const compassionateRelease: RuleModule = {
  id: "compassionate-release",
  title: "Compassionate release",
  citation: STATUTE,
  lawAsOf: "2026-12-03",
  reasons: reason.table,
  facts: [
    "court", "birthDate", "caseStatus", "prisonMonths", "prisonExtraDays", "lifeSentence", "custody",
    "custodyStartDate", "jailCreditDays", "crReasons", "wardenRequest", "wardenRequestDate", "sentenced3559c",
  ],
  evaluate,
};
