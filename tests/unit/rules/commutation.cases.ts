import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
const RULE = "28 C.F.R. § 1.3";
const CONST = "U.S. Const. art. II, § 2, cl. 1";
const SRC = "28 C.F.R. § 1.3 (text UNVERIFIED, encoded as stated); rules/README.md § commutation";
const sentenced = { court: "federal", caseStatus: "sentenced" } as const;

export const casesCommutation: WorkedCase[] = [
  {
    name: "serving a federal prison term → likely: a commutation petition may be filed while serving; other remedies expected first",
    source: SRC,
    asOf: AS_OF,
    facts: { ...sentenced, custody: "prison" },
    expected: { status: "likely", cites: [RULE, RULE, CONST] },
  },
  {
    name: "serving a life sentence → likely: commutation is open to life terms",
    source: `${SRC}; rules/README.md § commutation (any time while serving)`,
    asOf: AS_OF,
    facts: { ...sentenced, custody: "prison", lifeSentence: "yes" },
    expected: { status: "likely", cites: [RULE, RULE, CONST] },
  },
  {
    name: "on supervised release → possible: rules/README.md § commutation says 'prison, or possibly supervision'",
    source: SRC,
    asOf: AS_OF,
    facts: { ...sentenced, custody: "supervised-release" },
    expected: { status: "possible", cites: [RULE, RULE, CONST] },
  },
  {
    name: "on probation → possible, as for supervised release",
    source: SRC,
    asOf: AS_OF,
    facts: { ...sentenced, custody: "probation" },
    expected: { status: "possible", cites: [RULE, RULE, CONST] },
  },
  {
    name: "every part of the sentence finished → not applicable: nothing left to commute; a pardon is the route (28 C.F.R. § 1.2)",
    source: "rules/README.md § commutation (pardon after completion of sentence; commutation of a sentence being served)",
    asOf: AS_OF,
    facts: { ...sentenced, custody: "none" },
    expected: { status: "not-applicable", cites: ["28 C.F.R. § 1.2"] },
  },
  {
    name: "state conviction → not applicable: presidential clemency never reaches state offenses",
    source: "U.S. Const. art. II, § 2, cl. 1; rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "state" },
    expected: { status: "not-applicable", cites: [CONST] },
  },
  {
    name: "D.C. Superior Court sentence being served → clemency still applies: likely",
    source: "U.S. Const. art. II, § 2, cl. 1 (D.C. Code offenses are pardonable); rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "dc-superior", caseStatus: "sentenced", custody: "prison" },
    expected: { status: "likely", cites: [RULE, RULE, CONST, CONST] },
  },
  {
    name: "court-martial sentence being served → clemency still applies: likely, through the military department (28 C.F.R. § 1.1)",
    source: "28 C.F.R. § 1.1 [V-off]; rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "military", caseStatus: "sentenced", custody: "prison" },
    expected: { status: "likely", cites: [RULE, RULE, CONST, "28 C.F.R. § 1.1"] },
  },
  {
    name: "not sure which court → possible",
    source: "U.S. Const. art. II, § 2, cl. 1; rules/README.md § court; issue #3 (unsure → possible)",
    asOf: AS_OF,
    facts: { court: "unsure" },
    expected: { status: "possible", cites: [CONST] },
  },
  {
    name: "only charged, no sentence → not applicable",
    source: "28 C.F.R. § 1.3; rules/README.md § commutation",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "charged" },
    expected: { status: "not-applicable", cites: [RULE] },
  },
  {
    name: "not sure of the case status but in prison today → likely: custody settles it",
    source: "28 C.F.R. § 1.3; rules/README.md § commutation",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "unsure", custody: "prison" },
    expected: { status: "likely", cites: [RULE, RULE, CONST] },
  },
  {
    name: "custody says not sentenced yet → not applicable",
    source: "28 C.F.R. § 1.3; rules/README.md § commutation",
    asOf: AS_OF,
    facts: { court: "federal", caseStatus: "unsure", custody: "not-sentenced" },
    expected: { status: "not-applicable", cites: [RULE] },
  },
  {
    name: "no facts → incomplete, needs court",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: {},
    expected: { status: "incomplete", needs: ["court"] },
  },
  {
    name: "sentenced federal case, custody not given → incomplete, needs custody only",
    source: "rules/README.md § statuses (incomplete); issue #3 (ask only what the next decision needs)",
    asOf: AS_OF,
    facts: sentenced,
    expected: { status: "incomplete", needs: ["custody"] },
  },
];
