import type { Facts } from "@/rules/facts/schema";
import type { WorkedCase } from "./worked-case";

const AS_OF = "2026-11-23";
const SR = "18 U.S.C. § 3583(e)(1)";
const PROB = "18 U.S.C. § 3564(c)";
const G = "USSG § 5D1.4(b)";
/** Released to supervised release on 2025-06-02, a 36-month term (the example of rules/README.md § early-termination). */
const onSr = {
  court: "federal",
  custody: "supervised-release",
  supervisionStartDate: "2025-06-02",
  supervisionMonths: 36,
  supervisionViolations: "no",
} satisfies Facts;
const probation = (felony: "yes" | "no" | "unsure", supervisionStartDate: string): Facts => ({
  court: "federal",
  custody: "probation",
  felony,
  supervisionStartDate,
  supervisionMonths: 36,
  supervisionViolations: "no",
});
const EXAMPLE = "rules/README.md § early-termination (released 2025-06-02 → day after the anniversary, 2026-06-03) [UNVERIFIED reading, safe side]";

export const casesEarlyTermination: WorkedCase[] = [
  {
    name: "supervised release since 2025-06-02, as of 2026-11-23 → likely after one year (§ 3583(e)(1)), individualized assessment (§ 5D1.4(b)), available since 2026-06-03",
    source: `${EXAMPLE}; USSG § 5D1.4(b) [V-off]`,
    asOf: AS_OF,
    facts: onSr,
    expected: { status: "likely", cites: [SR, G], availableFrom: "2026-06-03" },
  },
  {
    name: "on the one-year anniversary itself (2026-06-02) → not yet: the safe reading waits until 2026-06-03",
    source: EXAMPLE,
    asOf: "2026-06-02",
    facts: onSr,
    expected: { status: "not-yet", cites: [SR], availableFrom: "2026-06-03" },
  },
  {
    name: "the day after the anniversary (2026-06-03) → likely, available from that day",
    source: EXAMPLE,
    asOf: "2026-06-03",
    facts: onSr,
    expected: { status: "likely", cites: [SR, G], availableFrom: "2026-06-03" },
  },
  {
    name: "ten months into supervised release → not yet, available from 2026-06-03",
    source: "18 U.S.C. § 3583(e)(1) [V-stat]",
    asOf: "2026-04-01",
    facts: onSr,
    expected: { status: "not-yet", availableFrom: "2026-06-03" },
  },
  {
    name: "violations on supervised release weigh against but do not bar → still likely, with the § 5D1.4(b) factor named",
    source: "USSG § 5D1.4 commentary [V-off]; rules/README.md § early-termination",
    asOf: AS_OF,
    facts: { ...onSr, supervisionViolations: "yes" },
    expected: { status: "likely", cites: [SR, G, G], availableFrom: "2026-06-03" },
  },
  {
    name: "a 12-month supervised-release term ends before one year has expired → unlikely",
    source: "§ 3583(e)(1) \"after the expiration of one year\"",
    asOf: AS_OF,
    facts: { ...onSr, supervisionStartDate: "2026-03-01", supervisionMonths: 12 },
    expected: { status: "unlikely", cites: [SR] },
  },
  {
    name: "supervised release that began 2024-02-29 → anniversary 2025-02-28, available from 2025-03-01 (as of 2025-02-28: not yet)",
    source: "rules/README.md § early-termination; anniversary method",
    asOf: "2025-02-28",
    facts: { ...onSr, supervisionStartDate: "2024-02-29" },
    expected: { status: "not-yet", availableFrom: "2025-03-01" },
  },
  {
    name: "misdemeanor probation → likely at any time (§ 3564(c)), since the start of probation",
    source: "18 U.S.C. § 3564(c) [V-stat]",
    asOf: AS_OF,
    facts: probation("no", "2026-10-01"),
    expected: { status: "likely", cites: [PROB], availableFrom: "2026-10-01" },
  },
  {
    name: "misdemeanor probation with violations → still likely, violations named (§ 3564(c) \"conduct\")",
    source: "USSG § 5D1.4; rules/README.md § early-termination",
    asOf: AS_OF,
    facts: { ...probation("no", "2026-10-01"), supervisionViolations: "yes" },
    expected: { status: "likely", cites: [PROB, PROB] },
  },
  {
    name: "felony probation since 2025-01-15 → likely after one year, available since 2026-01-16",
    source: "18 U.S.C. § 3564(c) [V-stat]; issue #3 (safe reading)",
    asOf: AS_OF,
    facts: probation("yes", "2025-01-15"),
    expected: { status: "likely", cites: [PROB], availableFrom: "2026-01-16" },
  },
  {
    name: "felony probation since 2026-05-01 → not yet, available from 2027-05-02",
    source: "18 U.S.C. § 3564(c); issue #3",
    asOf: AS_OF,
    facts: probation("yes", "2026-05-01"),
    expected: { status: "not-yet", cites: [PROB], availableFrom: "2027-05-02" },
  },
  {
    name: "probation, not sure it was a felony, under a year → possible: now if a misdemeanor, from 2027-05-02 if a felony",
    source: "issue #3: unsure → possible; § 3564(c)",
    asOf: AS_OF,
    facts: probation("unsure", "2026-05-01"),
    expected: { status: "possible", cites: [PROB], availableFrom: undefined },
  },
  {
    name: "probation, not sure it was a felony, over a year → likely either way",
    source: "§ 3564(c)",
    asOf: AS_OF,
    facts: probation("unsure", "2024-05-01"),
    expected: { status: "likely", cites: [PROB], availableFrom: "2025-05-02" },
  },
  {
    name: "still in prison → not applicable now (supervised release has not started)",
    source: "rules/README.md § early-termination",
    asOf: AS_OF,
    facts: { court: "federal", custody: "prison" },
    expected: { status: "not-applicable", cites: [SR] },
  },
  {
    name: "supervision already over → not applicable",
    source: "rules/README.md § early-termination",
    asOf: AS_OF,
    facts: { court: "federal", custody: "none" },
    expected: { status: "not-applicable", cites: [SR] },
  },
  {
    name: "not sentenced → not applicable",
    source: "rules/README.md § early-termination",
    asOf: AS_OF,
    facts: { court: "federal", custody: "not-sentenced" },
    expected: { status: "not-applicable", cites: [SR] },
  },
  {
    name: "state probation → not applicable: §§ 3583(e), 3564(c) govern federal supervision",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "state", custody: "probation" },
    expected: { status: "not-applicable", cites: [SR] },
  },
  {
    name: "D.C. Superior Court supervision → not applicable",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "dc-superior", custody: "probation" },
    expected: { status: "not-applicable", cites: [SR] },
  },
  {
    name: "court-martial → not applicable",
    source: "rules/README.md § court",
    asOf: AS_OF,
    facts: { court: "military" },
    expected: { status: "not-applicable", cites: [SR] },
  },
  {
    name: "not sure which court → possible",
    source: "issue #3: unsure → possible",
    asOf: AS_OF,
    facts: { court: "unsure" },
    expected: { status: "possible", cites: [SR] },
  },
  {
    name: "federal → incomplete, needs custody",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal" },
    expected: { status: "incomplete", needs: ["custody"] },
  },
  {
    name: "on supervised release → incomplete, needs supervisionStartDate",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", custody: "supervised-release" },
    expected: { status: "incomplete", needs: ["supervisionStartDate"] },
  },
  {
    name: "under a year on supervised release → incomplete, needs supervisionMonths (a term of a year or less ends first)",
    source: "rules/README.md § statuses (incomplete)",
    asOf: AS_OF,
    facts: { court: "federal", custody: "supervised-release", supervisionStartDate: "2026-05-01" },
    expected: { status: "incomplete", needs: ["supervisionMonths"] },
  },
  {
    name: "over a year on supervised release → decided without asking the term length",
    source: "issue #3: never need a fact that earlier answers settle",
    asOf: AS_OF,
    facts: { court: "federal", custody: "supervised-release", supervisionStartDate: "2025-01-01" },
    expected: { status: "likely", cites: [SR, G], availableFrom: "2026-01-02" },
  },
  {
    name: "on probation → incomplete, needs felony (misdemeanor probation needs no date)",
    source: "§ 3564(c)",
    asOf: AS_OF,
    facts: { court: "federal", custody: "probation" },
    expected: { status: "incomplete", needs: ["felony"] },
  },
];
