/**
 * The presidential proclamations pardoning simple possession of marijuana (rules/README.md § pardon, "marijuana proclamations";
 * pardons already granted", [V-off] https://www.justice.gov/pardon/presidential-proclamation-marijuana-possession).
 *
 * A person covered is already pardoned; there is nothing to petition for. The Office of the Pardon
 * Attorney issues a Certificate of Pardon on request as proof (online, USPardon.Attorney@usdoj.gov, or mail).
 * A certificate is proof of pardon, not expungement.
 *
 * Not modelled: the 2023 proclamation's added offenses (attempted possession, further D.C. Code and some
 * C.F.R. use/possession offenses) — the screener asks only about simple possession; court-martial
 * (UCMJ) marijuana offenses, which neither proclamation names (rules/README.md § pardon).
 * TODO(legal): proclamation numbers and Federal Register cites are not in the research sources (from memory:
 * Proc. 10467, 87 Fed. Reg. 61441 (2022); Proc. 10688, 88 Fed. Reg. 90083 (2023) — UNVERIFIED), so the
 * cites below use the signing dates.
 */
import type { IsoDate } from "../calendar/dates";

export interface MarijuanaProclamation {
  /** The day the President signed it. */
  signed: IsoDate;
  /** Offenses committed on or before this day are covered. */
  coversOffensesThrough: IsoDate;
  /** As a lawyer cites it. */
  cite: string;
  /** The offenses it pardons. */
  offenses: readonly string[];
  /** Who is covered. */
  who: string;
  sources: readonly string[];
}

const OPA = "https://www.justice.gov/pardon/presidential-proclamation-marijuana-possession";

export const MARIJUANA_PROCLAMATIONS: readonly MarijuanaProclamation[] = [
  {
    signed: "2022-10-06",
    coversOffensesThrough: "2022-10-06",
    cite: "Presidential Proclamation of Oct. 6, 2022 (simple possession of marijuana)",
    offenses: ["simple possession of marijuana, 21 U.S.C. § 844", "D.C. Code § 48-904.01(d)(1)"],
    who: "U.S. citizens or lawful permanent residents on 2022-10-06 who were citizens or lawfully present in the U.S. at the offense",
    sources: [OPA, "https://www.justice.gov/pardon"],
  },
  {
    signed: "2023-12-22",
    coversOffensesThrough: "2023-12-22",
    cite: "Presidential Proclamation of Dec. 22, 2023 (simple possession of marijuana)",
    offenses: [
      "simple possession of marijuana, 21 U.S.C. § 844",
      "attempted simple possession of marijuana",
      "additional D.C. Code offenses",
      "certain C.F.R. use or possession offenses",
    ],
    who: "U.S. citizens or lawful permanent residents on 2023-12-22 who were citizens or lawfully present in the U.S. at the offense",
    sources: [OPA],
  },
];

/** The last offense date any proclamation covers. */
export const LAST_COVERED_OFFENSE_DATE: IsoDate = MARIJUANA_PROCLAMATIONS.reduce(
  (last, p) => (p.coversOffensesThrough > last ? p.coversOffensesThrough : last),
  "0000-01-01",
);

/** The first proclamation that covers an offense committed on `offenseDate`, if any. */
export function proclamationCovering(offenseDate: IsoDate): MarijuanaProclamation | undefined {
  return MARIJUANA_PROCLAMATIONS.find((p) => offenseDate <= p.coversOffensesThrough);
}
