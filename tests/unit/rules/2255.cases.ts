import type { Facts } from "@/rules/facts/schema";
import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
/** Sentenced in federal court, in prison, no earlier § 2255 motion, names an ineffective-lawyer claim. */
const base = {
  court: "federal",
  caseStatus: "sentenced",
  custody: "prison",
  prior2255: "no",
  legalError: ["ineffective-lawyer"],
} satisfies Facts;
const noAppeal = (judgmentDate: string): Facts => ({ ...base, appeal: "none", judgmentDate });
const noCert = (appealDecisionDate: string): Facts => ({ ...base, appeal: "decided", appealDecisionDate, certiorari: "none" });

const F1 = "28 U.S.C. § 2255(f)(1)";
const F = "28 U.S.C. § 2255(f)";
const A = "28 U.S.C. § 2255(a)";
const H = "28 U.S.C. § 2255(h)";
const FRAP4 = "Fed. R. App. P. 4(b)(1)(A)";
const FRAP26 = "Fed. R. App. P. 26(a)(1)(C)";
const SCR30 = "Sup. Ct. R. 30.1";
const FRCP6 = "Fed. R. Civ. P. 6(a)(1)(C)";
const CLAY = "Clay v. United States, 537 U.S. 522 (2003)";
const HOLLAND = "Holland v. Florida, 560 U.S. 631 (2010)";
const JONES = "Jones v. Cunningham, 371 U.S. 236 (1963)";
const WORKED = "rules/README.md § finality, worked examples (as of 2026-11-23)";

export const cases2255: WorkedCase[] = [
  // 28 U.S.C. § 2255(f); rules/README.md § finality: every worked example, as of 2026-11-23.
  {
    name: "judgment 2025-12-01, no appeal → final 2025-12-15, deadline 2026-12-15 (22 days left: act now) under § 2255(f)(1)",
    source: `${WORKED}; FRAP 4(b)(1)(A)`,
    asOf: AS_OF,
    facts: noAppeal("2025-12-01"),
    expected: { status: "likely", cites: [F1, F, A, FRAP4], deadline: "2026-12-15", earliestDeadline: undefined },
  },
  {
    name: "judgment 2025-10-27, no appeal → deadline 2026-11-10 passed 13 days ago → unlikely, equitable tolling named (Holland)",
    source: `${WORKED}; Holland v. Florida (2010)`,
    asOf: AS_OF,
    facts: noAppeal("2025-10-27"),
    expected: { status: "unlikely", cites: [F1, HOLLAND, FRAP4], deadline: "2026-11-10" },
  },
  {
    name: "court of appeals affirmed 2025-08-20, no certiorari → final 2025-11-18 (Clay), deadline 2026-11-18 passed → unlikely",
    source: `${WORKED}; Clay v. United States (2003)`,
    asOf: AS_OF,
    facts: noCert("2025-08-20"),
    expected: { status: "unlikely", cites: [F1, HOLLAND, CLAY], deadline: "2026-11-18" },
  },
  {
    name: "affirmed 2025-08-25, no certiorari → day 90 is Sunday 2025-11-23, rolls to 2025-11-24 → deadline 2026-11-24, earliest 2026-11-23 (today): act now",
    source: `${WORKED}; Clay; Sup. Ct. R. 30.1 [UNVERIFIED: not quoted in the research sources]`,
    asOf: AS_OF,
    facts: noCert("2025-08-25"),
    expected: {
      status: "likely",
      cites: [F1, F1, F, A, CLAY, SCR30],
      deadline: "2026-11-24",
      earliestDeadline: "2026-11-23",
    },
  },
  {
    name: "certiorari denied 2026-01-12 → final that day, deadline 2027-01-12 (50 days: no act-now warning)",
    source: `${WORKED}; rules/README.md § finality [UNVERIFIED standard rule]`,
    asOf: AS_OF,
    facts: { ...noCert("2025-09-01"), certiorari: "denied", certiorariDate: "2026-01-12" },
    expected: { status: "likely", cites: [F1, A, F1], deadline: "2027-01-12", earliestDeadline: undefined },
  },
  // Edge dates around the 2026-12-15 deadline of the first worked example.
  {
    name: "deadline is today (2026-12-15) → still likely: the motion can be filed today; act now",
    source: "28 U.S.C. § 2255(f)(1); rules/README.md § finality",
    asOf: "2026-12-15",
    facts: noAppeal("2025-12-01"),
    expected: { status: "likely", cites: [F1, F, A, FRAP4], deadline: "2026-12-15" },
  },
  {
    name: "deadline is tomorrow (2026-12-15 as of 2026-12-14) → likely with the act-now warning",
    source: "28 U.S.C. § 2255(f)(1); rules/README.md § finality",
    asOf: "2026-12-14",
    facts: noAppeal("2025-12-01"),
    expected: { status: "likely", cites: [F1, F, A, FRAP4], deadline: "2026-12-15" },
  },
  {
    name: "deadline was yesterday (2026-12-15 as of 2026-12-16) → unlikely under § 2255(f)(1), tolling named",
    source: "Holland v. Florida, 560 U.S. 631 (2010); rules/README.md § 2255",
    asOf: "2026-12-16",
    facts: noAppeal("2025-12-01"),
    expected: { status: "unlikely", cites: [F1, HOLLAND, FRAP4], deadline: "2026-12-15" },
  },
  {
    name: "affirmed 2025-09-26: day 90 is Christmas 2025 → final 2025-12-26; the anniversary is Saturday → deadline Monday 2026-12-28, earliest Christmas 2026-12-25",
    source: "Fed. R. Civ. P. 6(a) [UNVERIFIED]; rules/README.md § calendar; Sup. Ct. R. 30.1 [UNVERIFIED: not in the research sources]; 5 U.S.C. § 6103 holidays",
    asOf: AS_OF,
    facts: noCert("2025-09-26"),
    expected: {
      status: "likely",
      cites: [F1, F1, A, CLAY, SCR30, FRCP6],
      deadline: "2026-12-28",
      earliestDeadline: "2026-12-25",
    },
  },
  {
    name: "affirmed 2025-11-17: day 90 is Sunday 2026-02-15, then Monday Presidents' Day → final 2026-02-17; deadline 2027-02-17, earliest 2027-02-15",
    source: "rules/README.md § calendar; 5 U.S.C. § 6103 (Washington's Birthday, a Monday holiday)",
    asOf: AS_OF,
    facts: noCert("2025-11-17"),
    expected: {
      status: "likely",
      cites: [F1, F1, A, CLAY, SCR30],
      deadline: "2027-02-17",
      earliestDeadline: "2027-02-15",
    },
  },
  {
    name: "judgment 2026-06-04, no appeal → final 2026-06-18; the anniversary is the observed Juneteenth holiday → deadline 2027-06-21, earliest 2027-06-18",
    source: "rules/README.md § calendar (anniversary method + Fed. R. Civ. P. 6(a) roll-forward [UNVERIFIED])",
    asOf: AS_OF,
    facts: noAppeal("2026-06-04"),
    expected: { status: "likely", cites: [F1, F1, A, FRAP4, FRCP6], deadline: "2027-06-21", earliestDeadline: "2027-06-18" },
  },
  {
    name: "as of 2026-11-24 (worked example 4): the strict day 2026-11-23 has passed, 2026-11-24 is the last day only with the weekend roll-forward → possible (never likely), both dates, act today",
    source: `${WORKED}: "the screener must show both and urge immediate filing"; rules/README.md § calendar (roll-forward unverified); rules/README.md § statuses (possible: unsettled law)`,
    asOf: "2026-11-24",
    facts: noCert("2025-08-25"),
    expected: { status: "possible", cites: [F1, F1, F, A, CLAY, SCR30], deadline: "2026-11-24", earliestDeadline: "2026-11-23" },
  },
  {
    name: "affirmed 2025-09-26, as of Saturday 2026-12-26: the strict day (Christmas 2026-12-25) has passed, the rolled deadline Monday 2026-12-28 is ahead → possible, both dates, act now",
    source: "rules/README.md §§ finality, calendar (never \"safe\" on a borderline date; weekend roll-forward); rules/README.md § statuses (possible)",
    asOf: "2026-12-26",
    facts: noCert("2025-09-26"),
    expected: { status: "possible", cites: [F1, F1, F, A, CLAY, SCR30, FRCP6], deadline: "2026-12-28", earliestDeadline: "2026-12-25" },
  },
  {
    name: "judgment 2025-12-11, no appeal: day 14 is Christmas 2025, and 2025-12-26 was closed by Exec. Order No. 14371 → final 2025-12-29 (FRAP 26(a)(6)(B), contested) → deadline 2026-12-29, earliest 2026-12-25",
    source: "Fed. R. App. P. 26(a); Fed. R. Civ. P. 6(a) [UNVERIFIED]; rules/README.md § calendar; 5 U.S.C. § 6103 holidays; FRAP 26(a)(6)(B); rules/data/executive-closures.ts",
    asOf: AS_OF,
    facts: noAppeal("2025-12-11"),
    expected: { status: "likely", cites: [F1, F1, A, FRAP4, FRAP26, "Fed. R. App. P. 26(a)(6)(B)"], deadline: "2026-12-29", earliestDeadline: "2026-12-25" },
  },
  {
    name: "judgment 2024-12-10, no appeal: day 14 is 2024-12-24, closed by executive order → final 2024-12-26; the anniversary 2025-12-26 is closed too → deadline 2025-12-29; on 2025-12-27 only the contested closures keep the motion on time → possible",
    source: "FRAP 26(a)(6)(B); FRCP 6(a)(6)(B); rules/data/executive-closures.ts (Exec. Order No. 14371); 28 U.S.C. § 2255(f); rules/README.md § finality (never tell a person a borderline date is safe)",
    asOf: "2025-12-27",
    facts: noAppeal("2024-12-10"),
    expected: {
      status: "possible",
      cites: [F1, F1, F, A, FRAP4, FRAP26, "Fed. R. App. P. 26(a)(6)(B)", FRCP6, "Fed. R. Civ. P. 6(a)(6)(B)"],
      deadline: "2025-12-29",
      earliestDeadline: "2025-12-24",
    },
  },
  // Pending appeal or certiorari: the year has not started.
  {
    name: "direct appeal still pending → possible: not final, the one-year clock has not started (§ 2255(f)(1))",
    source: "rules/README.md § finality; issue #3 decision (no date for not-yet)",
    asOf: AS_OF,
    facts: { ...base, appeal: "pending" },
    expected: { status: "possible", cites: [F1], deadline: undefined },
  },
  {
    name: "certiorari petition pending → possible: final only when the Court acts (§ 2255(f)(1))",
    source: "rules/README.md § finality",
    asOf: AS_OF,
    facts: { ...base, appeal: "decided", appealDecisionDate: "2026-06-01", certiorari: "pending" },
    expected: { status: "possible", cites: [F1] },
  },
  {
    name: "not sure whether an appeal was filed → possible, showing the no-appeal deadline 2026-12-15 as the date to act by",
    source: "rules/README.md § finality (never tell a person a borderline date is safe); Fed. R. App. P. 4(b)(1)(A)",
    asOf: AS_OF,
    facts: { ...base, appeal: "unsure", judgmentDate: "2025-12-01" },
    expected: { status: "possible", cites: [FRAP4, F], deadline: "2026-12-15", earliestDeadline: undefined },
  },
  {
    name: "not sure about an appeal, judgment Friday 2025-12-05: the no-appeal anniversary is Saturday 2026-12-19 → possible with deadline 2026-12-21 and earliest 2026-12-19 (act by it)",
    source: "rules/README.md § results (deadline with roll-forward; earliestDeadline for the stricter reading); 28 U.S.C. § 2255(f); rules/README.md § finality",
    asOf: AS_OF,
    facts: { ...base, appeal: "unsure", judgmentDate: "2025-12-05" },
    expected: { status: "possible", cites: [FRAP4, F1, F], deadline: "2026-12-21", earliestDeadline: "2026-12-19" },
  },
  {
    name: "not sure about an appeal, as of 2026-12-21: the strict day 2026-12-19 has passed, the rolled no-appeal deadline is today → possible, both dates, act now",
    source: "rules/README.md §§ statuses, results; rules/README.md §§ finality, calendar (weekend roll-forward)",
    asOf: "2026-12-21",
    facts: { ...base, appeal: "unsure", judgmentDate: "2025-12-05" },
    expected: { status: "possible", cites: [FRAP4, F1, F], deadline: "2026-12-21", earliestDeadline: "2026-12-19" },
  },
  {
    name: "not sure about an appeal, as of 2026-12-22: the no-appeal deadline 2026-12-21 has passed → possible: passed if no appeal, later if there was one",
    source: "rules/README.md § finality (an appeal makes finality later); rules/README.md § statuses (possible: the record decides)",
    asOf: "2026-12-22",
    facts: { ...base, appeal: "unsure", judgmentDate: "2025-12-05" },
    expected: { status: "possible", cites: [F1, HOLLAND], deadline: "2026-12-21", earliestDeadline: undefined },
  },
  {
    name: "not sure about an appeal, judgment 2025-10-27: the no-appeal deadline 2026-11-10 passed 13 days ago → possible, saying it passed unless there was an appeal",
    source: `${WORKED}; rules/README.md § finality`,
    asOf: AS_OF,
    facts: { ...base, appeal: "unsure", judgmentDate: "2025-10-27" },
    expected: { status: "possible", cites: [F1, HOLLAND], deadline: "2026-11-10" },
  },
  {
    name: "not sure about an appeal, no-appeal deadline passed, a new Supreme Court rule named → possible, naming the § 2255(f)(3) restart and tolling as for a known late case",
    source: "28 U.S.C. § 2255(f)(3); Holland v. Florida, 560 U.S. 631 (2010)",
    asOf: AS_OF,
    facts: { ...base, appeal: "unsure", judgmentDate: "2025-10-27", legalError: ["new-supreme-court-rule"] },
    expected: { status: "possible", cites: [F1, "28 U.S.C. § 2255(f)(3)", HOLLAND], deadline: "2026-11-10" },
  },
  {
    name: "not sure about an appeal, but an earlier § 2255 was decided and no new evidence or rule → unlikely under § 2255(h), no first-motion deadline shown",
    source: "28 U.S.C. § 2255(h) [V-stat]",
    asOf: AS_OF,
    facts: { ...base, appeal: "unsure", judgmentDate: "2025-12-05", prior2255: "yes" },
    expected: { status: "unlikely", cites: [H], deadline: undefined },
  },
  {
    name: "not sure about an appeal, not sure about an earlier motion → possible, saying both",
    source: "28 U.S.C. § 2255(h); rules/README.md § 2255; rules/README.md § statuses (possible)",
    asOf: AS_OF,
    facts: { ...base, appeal: "unsure", judgmentDate: "2025-12-05", prior2255: "unsure" },
    expected: { status: "possible", cites: [FRAP4, F1, F, H], deadline: "2026-12-21", earliestDeadline: "2026-12-19" },
  },
  // Deadline passed: restarts under § 2255(f)(3)/(f)(4).
  {
    name: "deadline passed but a new Supreme Court rule is claimed → possible under § 2255(f)(3), never likely",
    source: "28 U.S.C. § 2255(f)(3); Dodd v. United States, 545 U.S. 353 (2005) [UNVERIFIED]",
    asOf: AS_OF,
    facts: { ...noAppeal("2025-10-27"), legalError: ["new-supreme-court-rule"] },
    expected: { status: "possible", cites: [F1, "28 U.S.C. § 2255(f)(3)", HOLLAND, FRAP4], deadline: "2026-11-10" },
  },
  {
    name: "deadline passed, lawyer ignored a request to appeal → possible under § 2255(f)(4) (learned of it late)",
    source: "28 U.S.C. § 2255(f)(4); rules/README.md § 2255",
    asOf: AS_OF,
    facts: { ...noAppeal("2025-10-27"), legalError: ["lawyer-ignored-appeal-request"] },
    expected: { status: "possible", cites: [F1, "28 U.S.C. § 2255(f)(4)", HOLLAND, FRAP4] },
  },
  {
    name: "deadline passed, not sure what went wrong → possible: a restart may apply",
    source: "issue #3: unsure on a decisive fact → possible",
    asOf: AS_OF,
    facts: { ...noAppeal("2025-10-27"), legalError: ["unsure"] },
    expected: { status: "possible", cites: [F1, A, HOLLAND, FRAP4] },
  },
  // Successive motions.
  {
    name: "a § 2255 was decided before, new retroactive constitutional rule claimed → possible: needs court of appeals authorization (§ 2255(h)(2))",
    source: "28 U.S.C. § 2255(h) [V-stat]",
    asOf: AS_OF,
    facts: { ...noAppeal("2025-12-01"), prior2255: "yes", legalError: ["new-supreme-court-rule"] },
    expected: { status: "possible", cites: [H, "28 U.S.C. § 2255(h)(2)"], deadline: undefined },
  },
  {
    name: "a § 2255 was decided before, only an ineffective-lawyer claim → unlikely: § 2255(h) allows only new evidence or a new constitutional rule",
    source: "28 U.S.C. § 2255(h) [V-stat]",
    asOf: AS_OF,
    facts: { ...noAppeal("2025-12-01"), prior2255: "yes" },
    expected: { status: "unlikely", cites: [H] },
  },
  {
    name: "not sure about an earlier § 2255, error named, deadline ahead → possible, naming § 2255(h), deadline kept",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { ...noAppeal("2025-12-01"), prior2255: "unsure" },
    expected: { status: "possible", cites: [F1, F, A, H, FRAP4], deadline: "2026-12-15" },
  },
  {
    name: "no legal error known yet, deadline ahead → possible: a lawyer can look for one before 2026-12-15",
    source: "28 U.S.C. § 2255(a); rules/README.md § 2255; rules/README.md § statuses (possible: a fact only a lawyer or the record can establish)",
    asOf: AS_OF,
    facts: { ...noAppeal("2025-12-01"), legalError: ["none-known"] },
    expected: { status: "possible", cites: [F1, F, A, FRAP4], deadline: "2026-12-15" },
  },
  {
    name: "on supervised release, timely, error named → likely: supervised release is custody (Jones v. Cunningham [UNVERIFIED])",
    source: "28 U.S.C. § 2255(a); rules/README.md § 2255",
    asOf: AS_OF,
    facts: { ...noAppeal("2026-03-02"), custody: "supervised-release" },
    expected: { status: "likely", cites: [F1, A, FRAP4, JONES], deadline: "2027-03-16" },
  },
  // Not applicable.
  {
    name: "sentence fully served (custody none) → not applicable under § 2255(a): coram nobis is the remedy",
    source: "rules/README.md §§ 2255, coram-nobis",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "none" },
    expected: { status: "not-applicable", cites: [A] },
  },
  {
    name: "acquitted (even if custody says prison) → not applicable: no conviction to attack",
    source: "§ 2255(a); rule totality on odd facts",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "acquitted", custody: "prison" },
    expected: { status: "not-applicable", cites: [A] },
  },
  {
    name: "found guilty, judgment not entered → not applicable yet under § 2255(a)",
    source: "28 U.S.C. § 2255(a); rules/README.md § 2255 (in custody under sentence)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "found-guilty" },
    expected: { status: "not-applicable", cites: [A] },
  },
  {
    name: "state conviction → not applicable: § 2255 reaches only a court established by Act of Congress",
    source: "28 U.S.C. § 2255(a); rules/README.md § court [V-stat]",
    asOf: AS_OF,
    facts: { court: "state", caseStatus: "sentenced", custody: "prison" },
    expected: { status: "not-applicable", cites: [A] },
  },
  {
    name: "D.C. Superior Court conviction → not applicable (D.C. Code § 23-110 instead [UNVERIFIED])",
    source: "28 U.S.C. § 2255(a); rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "dc-superior" },
    expected: { status: "not-applicable", cites: [A] },
  },
  {
    name: "court-martial → not applicable",
    source: "28 U.S.C. § 2255(a); rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "military" },
    expected: { status: "not-applicable", cites: [A] },
  },
  {
    name: "not sure which court → possible, naming § 2255(a)",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { court: "unsure" },
    expected: { status: "possible", cites: [A] },
  },
  {
    name: "not sure of the case status while in prison → possible",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "unsure", custody: "prison" },
    expected: { status: "possible", cites: [A] },
  },
  // Incomplete: only the fact the next decision needs.
  {
    name: "federal court only → incomplete, needs caseStatus",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal" },
    expected: { status: "incomplete", needs: ["caseStatus"] },
  },
  {
    name: "sentenced → incomplete, needs custody",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced" },
    expected: { status: "incomplete", needs: ["custody"] },
  },
  {
    name: "in prison → incomplete, needs appeal (it decides which date finality runs from)",
    source: "rules/README.md § finality",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison" },
    expected: { status: "incomplete", needs: ["appeal"] },
  },
  {
    name: "no appeal → incomplete, needs judgmentDate",
    source: "28 U.S.C. § 2255(f); rules/README.md § finality",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison", appeal: "none" },
    expected: { status: "incomplete", needs: ["judgmentDate"] },
  },
  {
    name: "appeal decided, date known → incomplete, needs certiorari (never the judgment date)",
    source: "28 U.S.C. § 2255(f); rules/README.md § finality",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison", appeal: "decided", appealDecisionDate: "2026-01-05" },
    expected: { status: "incomplete", needs: ["certiorari"] },
  },
  {
    name: "certiorari denied, no date → incomplete, needs certiorariDate",
    source: "28 U.S.C. § 2255(f); rules/README.md § finality",
    asOf: AS_OF,
    facts: { ...noCert("2025-06-01"), certiorari: "denied" },
    expected: { status: "incomplete", needs: ["certiorariDate"] },
  },
  {
    name: "deadline known → incomplete, needs prior2255",
    source: "28 U.S.C. § 2255(h); rules/README.md § 2255",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison", appeal: "none", judgmentDate: "2025-12-01" },
    expected: { status: "incomplete", needs: ["prior2255"] },
  },
  {
    name: "no earlier motion → incomplete, needs legalError",
    source: "28 U.S.C. § 2255(a); rules/README.md § 2255",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "prison", appeal: "none", judgmentDate: "2025-12-01", prior2255: "no" },
    expected: { status: "incomplete", needs: ["legalError"] },
  },
];
