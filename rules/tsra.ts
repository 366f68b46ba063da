/**
 * Trafficking Survivors Relief Act — 18 U.S.C. § 3771A "Motion to vacate; expungement; mitigating
 * factors" (Pub. L. 119-73, § 2(a), 139 Stat. 2003, approved 2026-01-23), and the duress defense it added,
 * 18 U.S.C. § 28.
 *
 * § 3771A(a) [V-off, enrolled text]: "level A offense" = a Federal offense that is not a violent crime;
 *   "level B offense" = a Federal offense that is a violent crime, excluding a violent crime of which a
 *   child was a victim; "violent crime" = "crime of violence" in 18 U.S.C. § 16(a); a "covered prisoner"
 *   "is, or was previously, imprisoned or incarcerated under such sentence".
 * § 3771A(b) and after [V-sec — the enacted text of (b)–(i) was not read; three summaries of the enacted
 *   law agree with the introduced bill; encoded AS STATED in rules/README.md § tsra]:
 *   vacatur of a level A conviction committed "as a direct result of" being trafficked; expungement of
 *   arrest records for a level A arrest, and for a level B arrest only after acquittal, dismissal or
 *   non-prosecution (or reduction to level A and then a favourable end); a sentence reduction for a level A
 *   or B offense upon a "covered prisoner" (in prison now or before, § 3771A(a));
 *   preponderance of the evidence, and a licensed service provider's or clinician's affidavit can be
 *   enough; no filing fees; filed under seal; no deadline.
 * § 28(b) [V-off]: "In a prosecution for a covered Federal offense, a defendant may establish duress by
 *   demonstrating that the defendant was a victim of trafficking at the time"; § 28(d): trafficking may
 *   still be raised as mitigation at sentencing or in any post-conviction proceeding.
 *
 * Source: https://www.congress.gov/119/plaws/publ73/PLAW-119publ73.htm ;
 * https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title18-section28 (rules/README.md § tsra).
 * Not modelled: the § 16(a) categorical approach itself (we ask whether the offense is violent; "unsure"
 * → `possible`); where each motion is filed (sentencing court vs the district of arrest) beyond the words;
 * the 30/15/45-day procedure; fines and restitution; several counts of different levels; what a court can
 * still reduce once the prison term is over (not settled: rules/README.md § tsra → `possible`, "ask a lawyer").
 */
import type { Facts } from "@/rules/facts/schema";
import { ask, defineReasons, isIncomplete, type Incomplete, likely, notApplicable, possible, unlikely } from "./kit";
import { federalCourtOnly } from "./shared/court";
import { prisonWasImposed } from "./shared/prison-imposed";
import type { Evaluation, IsoDate, Reason, Remedy, RuleModule } from "./types";

// The enacted subsection letters after (a) were not read (rules/README.md § tsra). Vacatur, arrest expungement and
// the standard of proof follow rules/README.md § tsra (§ 3771A(b)); sealing and fees are cited
// to the section. TODO(legal): confirm the letters against 18 U.S.C. § 3771A at uscode.house.gov.
const reason = defineReasons({
  notSurvivor: "18 U.S.C. § 3771A(a)",
  survivorUnsure: "18 U.S.C. § 3771A(a)",
  noNexus: "18 U.S.C. § 3771A(b)",
  unsureNexus: "18 U.S.C. § 3771A(b)",
  levelA: "18 U.S.C. § 3771A(a)",
  levelB: "18 U.S.C. § 3771A(a)",
  childVictimNoRelief: "18 U.S.C. § 3771A(a)",
  unsureViolent: "18 U.S.C. § 16(a)",
  unsureChildVictim: "18 U.S.C. § 3771A(a)",
  unsureCaseStatus: "18 U.S.C. § 3771A(b)",
  vacatur: "18 U.S.C. § 3771A(b)",
  arrestExpungement: "18 U.S.C. § 3771A(b)",
  levelBArrestExpungement: "18 U.S.C. § 3771A(b)",
  levelBConvictionNotCleared: "18 U.S.C. § 3771A(b)",
  alreadyVacated: "18 U.S.C. § 3771A(b)",
  vacatedLevelBDepends: "18 U.S.C. § 3771A(b)",
  unsureVacated: "18 U.S.C. § 3771A(b)",
  sentenceReduction: "18 U.S.C. § 3771A(a)",
  reductionAfterRelease: "18 U.S.C. § 3771A(a)",
  reductionNeedsPrisonSentence: "18 U.S.C. § 3771A(a)",
  duressDefense: "18 U.S.C. § 28(b)",
  mitigationAtSentencing: "18 U.S.C. § 28(d)",
  howCourtDecides: "18 U.S.C. § 3771A(b)",
  sealedNoFeesNoDeadline: "18 U.S.C. § 3771A",
  notYetLaw: "Pub. L. 119-73, § 2(a), 139 Stat. 2003 (approved Jan. 23, 2026)",
});

/** The day the Act was approved; no later effective date is stated (rules/README.md § tsra). */
const TSRA_ENACTED = "2026-01-23";

type Level = "A" | "B" | "none";
/** What one reading of the facts gives: the remedies open, why, and which of them are only a possibility. */
interface Finding {
  remedies: Remedy[];
  reasons: Reason[];
  /**
   * The remedies among `remedies` that are only a possibility; their words name the doubt. A finding is
   * `possible` only when every remedy in it is doubtful: a doubtful remedy beside a firm one (a sentence
   * reduction after release beside a level A vacatur) does not make the firm one doubtful.
   */
  doubtful: Remedy[];
}
/** A finding that opens nothing. */
const NOTHING: Finding = { remedies: [], reasons: [], doubtful: [] };
/** A finding none of whose remedies is certain. */
const uncertain = (remedies: Remedy[], reasons: Reason[]): Finding => ({ remedies, reasons, doubtful: remedies });
/** Whether a finding gives something, but all of it only possibly. */
const onlyPossible = (one: Finding): boolean =>
  one.remedies.length > 0 && one.remedies.every((remedy) => one.doubtful.includes(remedy));
const REMEDY_ORDER: readonly Remedy[] = ["vacatur", "arrest-expungement", "sentence-reduction"];

/**
 * The offense levels the facts allow (§ 3771A(a)), or the facts still needed. Level "none" is a violent
 * crime with a child victim: no TSRA relief of any kind (enacted law has no "level C", § 3771A(a)).
 */
function levels(f: Facts): { levels: Level[]; reasons: Reason[] } | Incomplete {
  const violent = ask(f, "violentOffense");
  if (isIncomplete(violent)) return violent;
  if (f.violentOffense === "no") return { levels: ["A"], reasons: [reason("levelA")] };
  const child = ask(f, "childVictim");
  if (isIncomplete(child)) return child;
  const doubts: Reason[] = [];
  if (f.violentOffense === "unsure") doubts.push(reason("unsureViolent"));
  if (f.childVictim === "unsure") doubts.push(reason("unsureChildVictim"));
  const violentLevels: Level[] = f.childVictim === "no" ? ["B"] : f.childVictim === "yes" ? ["none"] : ["B", "none"];
  if (f.violentOffense === "yes") {
    const named = violentLevels.length === 1 ? [reason(violentLevels[0] === "B" ? "levelB" : "childVictimNoRelief")] : [];
    return { levels: violentLevels, reasons: [...named, ...doubts] };
  }
  return { levels: ["A", ...violentLevels], reasons: doubts };
}

/**
 * § 3771A(a) "covered prisoner" [V-off]: convicted of a level A or B offense, "sentenced
 * to imprisonment" for it, and "is, or was previously, imprisoned or incarcerated under such sentence".
 * Where the person stands against that definition, or the facts still needed.
 */
function coveredPrisoner(f: Facts): "in-prison" | "was-in-prison" | "no-prison-sentence" | Incomplete {
  if (f.custody === "prison") return "in-prison";
  // Not sentenced yet: not "sentenced to imprisonment".
  if (f.custody === "not-sentenced") return "no-prison-sentence";
  const imposed = prisonWasImposed(f);
  if (isIncomplete(imposed)) return imposed;
  return imposed ? "was-in-prison" : "no-prison-sentence";
}

/**
 * A conviction with judgment entered, not vacated: § 3771A vacatur (level A) and sentence reduction, or
 * the facts still needed.
 */
function convicted(level: Level, f: Facts): Finding | Incomplete {
  if (level === "none") return NOTHING;
  const remedies: Remedy[] = level === "A" ? ["vacatur", "arrest-expungement"] : [];
  const reasons: Reason[] = level === "A" ? [reason("vacatur"), reason("arrestExpungement")] : [reason("levelBConvictionNotCleared")];
  const doubtful: Remedy[] = [];
  // Sentence reduction (rules/README.md § tsra: for a covered prisoner). The enrolled
  // definition in § 3771A(a) (enrolled text, confirmed) reaches a person who "is, or was previously,
  // imprisoned" under the sentence, so it is not limited to the prison term being served. The reduction
  // itself is V-sec (rules/README.md § tsra) and encoded as stated: `likely` while in prison, at either level.
  // TODO(legal): what a court can still reduce once the prison term is over (supervised release? nothing?)
  // is not settled (rules/README.md § tsra), so that reduction is only a possibility and its words say to ask a lawyer.
  const covered = coveredPrisoner(f);
  if (isIncomplete(covered)) return covered;
  if (covered === "in-prison") {
    remedies.push("sentence-reduction");
    reasons.push(reason("sentenceReduction"));
  } else if (covered === "was-in-prison") {
    remedies.push("sentence-reduction");
    doubtful.push("sentence-reduction");
    reasons.push(reason("reductionAfterRelease"));
  } else {
    // Probation, or no sentence yet: not "sentenced to imprisonment".
    reasons.push(reason("reductionNeedsPrisonSentence"));
  }
  return { remedies, reasons, doubtful };
}

/** The conviction was vacated already (on any ground). */
function vacated(level: Level): Finding {
  if (level === "A") return { remedies: ["arrest-expungement"], reasons: [reason("alreadyVacated")], doubtful: [] };
  // Level B arrest records: only after acquittal, dismissal or non-prosecution (or reduction to level A and a
  // favourable end) — what happened after the vacatur decides it.
  if (level === "B") return uncertain(["arrest-expungement"], [reason("vacatedLevelBDepends")]);
  return NOTHING;
}

/** One level, one case status: what is open, or the `incomplete` evaluation asking for the facts still needed. */
function finding(level: Level, f: Facts): Finding | Incomplete {
  if (level === "none") return NOTHING;
  switch (f.caseStatus) {
    case "acquitted":
    case "dismissed":
    case "arrested-not-charged":
      // Level A: any arrest; level B: acquittal, dismissal or charges not pursued.
      return {
        remedies: ["arrest-expungement"],
        reasons: [reason(level === "A" ? "arrestExpungement" : "levelBArrestExpungement")],
        doubtful: [],
      };
    case "charged":
      // § 28(b) at trial; arrest expungement once the case ends well (level B), or for a level A arrest.
      return uncertain(
        ["arrest-expungement"],
        [reason("duressDefense"), reason(level === "A" ? "arrestExpungement" : "levelBArrestExpungement")],
      );
    case "found-guilty":
      // No judgment yet to vacate; § 28(d) lets trafficking be raised at sentencing. Level B: a sentence
      // reduction if the sentence imposes prison (a covered prisoner, § 3771A(a)).
      return uncertain(
        level === "A" ? ["vacatur", "arrest-expungement"] : ["sentence-reduction"],
        [reason("mitigationAtSentencing"), ...(level === "A" ? [reason("vacatur")] : [])],
      );
    case "unsure":
      return uncertain(level === "A" ? ["vacatur", "arrest-expungement"] : ["arrest-expungement"], [reason("unsureCaseStatus")]);
    default: {
      // "sentenced": a judgment of conviction.
      const givenVacated = ask(f, "convictionVacated");
      if (isIncomplete(givenVacated)) return givenVacated;
      if (f.convictionVacated === "yes") return vacated(level);
      const givenCustody = ask(f, "custody");
      if (isIncomplete(givenCustody)) return givenCustody;
      const now = convicted(level, f);
      if (isIncomplete(now) || f.convictionVacated === "no") return now;
      const before = vacated(level);
      return uncertain([...now.remedies, ...before.remedies], [reason("unsureVacated"), ...now.reasons]);
    }
  }
}

/**
 * Issue #15 item 5: no path is open before the law that creates it. Screened as of a day before the Act,
 * what the facts would open is `unlikely`, with the day the law began.
 */
function evaluate(f: Facts, asOf: IsoDate): Evaluation {
  const result = evaluateUnderAct(f);
  if (asOf >= TSRA_ENACTED || (result.status !== "likely" && result.status !== "possible")) return result;
  return unlikely(reason("notYetLaw", { date: TSRA_ENACTED }));
}

function evaluateUnderAct(f: Facts): Evaluation {
  const court = federalCourtOnly(f, "18 U.S.C. § 3771A(a)");
  if (court) return court;

  // T1 — § 3771A(a), 22 U.S.C. § 7102. "prefer-not-to-say" is treated like "unsure" and asks nothing further:
  // the person still learns the law exists (rules/README.md § facts).
  const givenTraffickingSurvivor = ask(f, "traffickingSurvivor");
  if (isIncomplete(givenTraffickingSurvivor)) return givenTraffickingSurvivor;
  if (f.traffickingSurvivor === "no") return notApplicable(reason("notSurvivor"));
  if (f.traffickingSurvivor !== "yes") return possible([reason("survivorUnsure"), reason("sealedNoFeesNoDeadline")]);

  // T2 — "as a direct result of" (conviction) / "directly related to" (arrest) being trafficked.
  const givenTraffickingNexus = ask(f, "traffickingNexus");
  if (isIncomplete(givenTraffickingNexus)) return givenTraffickingNexus;
  if (f.traffickingNexus === "no") return unlikely(reason("noNexus"));
  const doubts: Reason[] = f.traffickingNexus === "unsure" ? [reason("unsureNexus")] : [];

  // T3/T4 — the level.
  const found = levels(f);
  if (isIncomplete(found)) return found;
  if (found.levels.length === 1 && found.levels[0] === "none") return unlikely(found.reasons);

  const givenCaseStatus = ask(f, "caseStatus");
  if (isIncomplete(givenCaseStatus)) return givenCaseStatus;

  // T5–T7 — what each possible level opens.
  const findings: Finding[] = [];
  for (const level of found.levels) {
    const one = finding(level, f);
    if (isIncomplete(one)) return one;
    findings.push(one);
  }
  const remedies = REMEDY_ORDER.filter((remedy) => findings.some((one) => one.remedies.includes(remedy)));
  const caseReasons = unique(findings.flatMap((one) => one.reasons));
  const reasons = [...doubts, ...found.reasons, ...caseReasons];
  if (remedies.length === 0) return unlikely(reasons);

  reasons.push(reason("howCourtDecides"), reason("sealedNoFeesNoDeadline"));
  const maybe = doubts.length > 0 || found.levels.length > 1 || findings.some(onlyPossible);
  if (maybe) return possible(reasons, { remedies });
  // rules/README.md § statuses: `likely` means the facts meet the criteria, so it lists only the remedies they meet; a
  // doubtful one (a sentence reduction after release, beside a level A vacatur) stays in the words.
  const firm = remedies.filter((remedy) => findings.some((one) => one.remedies.includes(remedy) && !one.doubtful.includes(remedy)));
  return likely(reasons, { remedies: firm });
}

/** Reasons without repeats (two levels may give the same one), first occurrence kept. */
function unique(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((one) => (seen.has(one.key) ? false : (seen.add(one.key), true)));
}

export const tsra: RuleModule = {
  id: "tsra",
  title: "Trafficking Survivors Relief Act",
  citation: "18 U.S.C. § 3771A",
  lawAsOf: "2026-12-03",
  reasons: reason.table,
  facts: [
    "court", "traffickingSurvivor", "traffickingNexus", "violentOffense", "childVictim", "caseStatus",
    "convictionVacated", "custody", "lifeSentence", "prisonMonths", "prisonExtraDays",
  ],
  evaluate,
};
