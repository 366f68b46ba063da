/**
 * What each document takes from the answers: values for its blanks, flags for its optional lines, and
 * lists (keys said in words by the document's `lists`). Dates the law sets come from the engine's results
 * (lib/engine/screen.ts); the only date counted by hand is the warden request's 30 days, which the statute
 * counts from a day the person writes on the page (18 U.S.C. § 3582(c)(1)(A): "the lapse of 30 days from the
 * receipt of such a request by the warden"), in ./compute-warden.ts, which needs no engine. Pure: `asOf` is
 * "today", `fields` what the person typed.
 * Flags: the perspective, each filled-in field's id, and the document's own (below).
 */
import { evaluatePath } from "@/lib/engine/screen";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import type { LetterSlug } from "./documents";
import { courtDocuments } from "./compute-court";
import { wardenLetterData } from "./compute-warden";
import { withAnswers, type DocumentParts, type Fields, type LetterData } from "./letter-data";

export type { Fields, LetterData } from "./letter-data";

function timeCreditsRequest(f: Facts, asOf: IsoDate): DocumentParts {
  const gct = evaluatePath(f, asOf, "good-conduct-time").evaluation.estimate ?? {};
  const fsa = evaluatePath(f, asOf, "fsa-time-credits").evaluation.estimate ?? {};
  const flags = new Set<string>();
  const vars: Record<string, string | number> = { today: asOf };
  for (const key of ["gctDays", "gctRelease", "fullTermRelease", "gctReleaseAt54"] as const) if (gct[key] !== undefined) vars[key] = gct[key];
  for (const key of ["earliestPrerelease", "supervisedReleaseTransfer"] as const) if (fsa[key] !== undefined) vars[key] = fsa[key];
  if (fsa.creditRatePer30 !== undefined) vars.creditRate = fsa.creditRatePer30;
  if (vars.gctRelease !== undefined) flags.add("gct");
  if (vars.gctReleaseAt54 !== undefined) flags.add("gctAt54");
  if (vars.earliestPrerelease !== undefined) flags.add("fsa");
  if (vars.supervisedReleaseTransfer !== undefined) flags.add("fsaTransfer");
  if (f.custodyStartDate) vars.custodyStartDate = f.custodyStartDate;
  if (f.jailCreditDays !== undefined) vars.jailCreditDays = f.jailCreditDays;
  if (!flags.has("gct") && !flags.has("fsa")) flags.add("noEstimate");
  return { vars, flags, lists: {} };
}

/** Everything one document needs from the answers and the page's fields. */
export function letterData(slug: LetterSlug, facts: Facts, asOf: IsoDate, fields: Fields = {}): LetterData {
  if (slug === "warden-request") return wardenLetterData(facts, asOf, fields);
  return withAnswers(facts, slug === "time-credits-request" ? timeCreditsRequest(facts, asOf) : courtDocuments(slug, facts, asOf), fields);
}
