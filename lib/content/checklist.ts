/**
 * The searchable list of offenses that earn no First Step Act time credits (18 U.S.C. § 3632(d)(4)(D)),
 * for the screener page: the same table the FSA time-credits rule reads (rules/data/fsa-excluded-offenses.ts).
 */
import { FSA_EXCLUDED_OFFENSES, type ExcludedOffenseClause } from "@/rules/data/fsa-excluded-offenses";

/** One row per clause, in the statute's order. */
export function readFsaChecklist(): readonly ExcludedOffenseClause[] {
  return FSA_EXCLUDED_OFFENSES;
}
