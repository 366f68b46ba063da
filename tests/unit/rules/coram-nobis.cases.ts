import type { Facts } from "@/rules/facts/schema";
import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
/** A federal conviction, sentence fully served, not vacated, an ineffective-lawyer claim, still harmed. */
const served = {
  court: "federal",
  caseStatus: "sentenced",
  custody: "none",
  convictionVacated: "no",
  legalError: ["ineffective-lawyer"],
  continuingConsequences: "yes",
} satisfies Facts;

const MORGAN = "United States v. Morgan, 346 U.S. 502 (1954)";
const RIEDL = "United States v. Riedl, 496 F.3d 1003 (9th Cir. 2007)";
const AWA = "28 U.S.C. § 1651(a)";
const TEST = "United States v. Morgan, 346 U.S. 502 (1954) [V-case]; United States v. Riedl, 496 F.3d 1003 (9th Cir. 2007) [V-sec]; rules/README.md § coram-nobis";

export const casesCoramNobis: WorkedCase[] = [
  {
    name: "sentence served, ineffective lawyer, still harmed (e.g. deportation) → possible: sound reasons for delay need a lawyer (Morgan)",
    source: TEST,
    asOf: AS_OF,
    facts: served,
    expected: { status: "possible", cites: [MORGAN, RIEDL, MORGAN] },
  },
  {
    name: "conduct later held not criminal (new Supreme Court rule), sentence served, still harmed → possible",
    source: `${TEST}; rules/README.md § coram-nobis`,
    asOf: AS_OF,
    facts: { ...served, legalError: ["new-supreme-court-rule"] },
    expected: { status: "possible", cites: [MORGAN, RIEDL, MORGAN] },
  },
  {
    name: "still in prison → not applicable: § 2255 is the more usual remedy (Morgan)",
    source: "rules/README.md § coram-nobis",
    asOf: AS_OF,
    facts: { ...served, custody: "prison" },
    expected: { status: "not-applicable", cites: [MORGAN] },
  },
  {
    name: "on supervised release → not applicable: still in custody, use § 2255",
    source: "rules/README.md §§ coram-nobis, 2255",
    asOf: AS_OF,
    facts: { ...served, custody: "supervised-release" },
    expected: { status: "not-applicable", cites: [MORGAN] },
  },
  {
    name: "on probation → not applicable: still in custody",
    source: "rules/README.md § coram-nobis",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "probation" },
    expected: { status: "not-applicable", cites: [MORGAN] },
  },
  {
    name: "no continuing consequences → unlikely (C4)",
    source: "United States v. Riedl, 496 F.3d 1003 (9th Cir. 2007) [V-sec]; rules/README.md § coram-nobis",
    asOf: AS_OF,
    facts: { ...served, continuingConsequences: "no" },
    expected: { status: "unlikely", cites: [RIEDL] },
  },
  {
    name: "not sure the conviction still causes harm → possible, naming the consequences element",
    source: "issue #3: unsure → possible; rules/README.md § coram-nobis [UNVERIFIED split]",
    asOf: AS_OF,
    facts: { ...served, continuingConsequences: "unsure" },
    expected: { status: "possible", cites: [MORGAN, RIEDL, MORGAN] },
  },
  {
    name: "no legal error known → unlikely: the writ needs an error of the most fundamental character (C5)",
    source: "United States v. Morgan, 346 U.S. 502 (1954); rules/README.md § coram-nobis",
    asOf: AS_OF,
    facts: { ...served, legalError: ["none-known"] },
    expected: { status: "unlikely", cites: [MORGAN] },
  },
  {
    name: "only a sentence-over-maximum complaint, sentence served → unlikely (sentence-length complaints alone [UNVERIFIED])",
    source: "rules/README.md § coram-nobis [UNVERIFIED]",
    asOf: AS_OF,
    facts: { ...served, legalError: ["sentence-over-maximum"] },
    expected: { status: "unlikely", cites: [MORGAN] },
  },
  {
    name: "not sure what went wrong → possible, naming the fundamental-error element",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { ...served, legalError: ["unsure"] },
    expected: { status: "possible", cites: [MORGAN] },
  },
  {
    name: "conviction already vacated → not applicable: nothing left to vacate",
    source: "rules/README.md § coram-nobis",
    asOf: AS_OF,
    facts: { ...served, convictionVacated: "yes" },
    expected: { status: "not-applicable", cites: [MORGAN] },
  },
  {
    name: "acquitted → not applicable: no conviction",
    source: "United States v. Morgan, 346 U.S. 502 (1954); rules/README.md § coram-nobis",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "acquitted", custody: "none" },
    expected: { status: "not-applicable", cites: [AWA] },
  },
  {
    name: "state conviction → not applicable: federal coram nobis cannot attack a state conviction [UNVERIFIED]",
    source: "rules/README.md § coram-nobis",
    asOf: AS_OF,
    facts: { court: "state" },
    expected: { status: "not-applicable", cites: [AWA] },
  },
  {
    name: "court-martial → not applicable",
    source: "rules/README.md § coram-nobis",
    asOf: AS_OF,
    facts: { court: "military" },
    expected: { status: "not-applicable", cites: [AWA] },
  },
  {
    name: "D.C. Superior Court → not applicable",
    source: "rules/README.md §§ coram-nobis, circuits",
    asOf: AS_OF,
    facts: { court: "dc-superior", caseStatus: "sentenced", custody: "none" },
    expected: { status: "not-applicable", cites: [AWA] },
  },
  {
    name: "not sure which court → possible",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { court: "unsure" },
    expected: { status: "possible", cites: [AWA] },
  },
  {
    name: "not sure of the case status, sentence over → possible",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "unsure", custody: "none" },
    expected: { status: "possible", cites: [AWA] },
  },
  {
    name: "federal, sentenced → incomplete, needs custody first (it settles most cases)",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced" },
    expected: { status: "incomplete", needs: ["custody"] },
  },
  {
    name: "sentence over → incomplete, needs convictionVacated",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "none" },
    expected: { status: "incomplete", needs: ["convictionVacated"] },
  },
  {
    name: "not vacated → incomplete, needs legalError",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "none", convictionVacated: "no" },
    expected: { status: "incomplete", needs: ["legalError"] },
  },
  {
    name: "no error known → decided unlikely without asking about consequences",
    source: "issue #3: a path already decided asks nothing more",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "none", convictionVacated: "no", legalError: ["none-known"] },
    expected: { status: "unlikely", cites: [MORGAN] },
  },
  {
    name: "error named → incomplete, needs continuingConsequences",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "sentenced", custody: "none", convictionVacated: "unsure", legalError: ["other"] },
    expected: { status: "incomplete", needs: ["continuingConsequences"] },
  },
];
