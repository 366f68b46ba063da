/**
 * The values of the documents for a court or the Pardon Attorney (./compute.ts has the two for the Bureau of
 * Prisons). Every date the law sets is the engine's (`availableFrom`, `remedies`); dates the person gave are
 * passed through as given.
 */
import { evaluatePath } from "@/lib/engine/screen";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import type { LetterSlug } from "./documents";

type Values = { vars: Record<string, string | number>; flags: Set<string>; lists: Record<string, string[]> };

function earlyTermination(f: Facts, asOf: IsoDate): Values {
  const { evaluation } = evaluatePath(f, asOf, "early-termination");
  const flags = new Set<string>([f.custody === "probation" ? "probation" : "supervisedRelease"]);
  const vars: Record<string, string | number> = { today: asOf };
  if (f.supervisionStartDate) vars.supervisionStartDate = f.supervisionStartDate;
  if (f.supervisionMonths !== undefined) vars.supervisionMonths = f.supervisionMonths;
  if (evaluation.availableFrom) vars.availableFrom = evaluation.availableFrom;
  if (f.supervisionViolations === "no") flags.add("noViolations");
  if (f.supervisionViolations === "yes") flags.add("violations");
  if (evaluation.status === "not-yet") flags.add("notYet");
  return { vars, flags, lists: {} };
}

function pardon(f: Facts, asOf: IsoDate): Values {
  const { evaluation } = evaluatePath(f, asOf, "pardon");
  const vars: Record<string, string | number> = { today: asOf };
  const flags = new Set<string>();
  if (evaluation.availableFrom) {
    vars.waitEnds = evaluation.availableFrom;
    flags.add(evaluation.availableFrom > asOf ? "waiting" : "waitOver");
  } else flags.add("noWait");
  if (f.custody === "supervised-release" || f.custody === "probation") flags.add("onSupervision");
  return { vars, flags, lists: {} };
}

function tsra(f: Facts, asOf: IsoDate): Values {
  const { evaluation } = evaluatePath(f, asOf, "tsra");
  const flags = new Set<string>();
  if (f.citizenship !== "citizen") flags.add("notCitizen");
  return { vars: { today: asOf }, flags, lists: { remedies: [...(evaluation.remedies ?? [])] } };
}

function expungement3607(f: Facts, asOf: IsoDate): Values {
  const { evaluation } = evaluatePath(f, asOf, "3607");
  const vars: Record<string, string | number> = { today: asOf };
  if (f.birthDate) vars.birthDate = f.birthDate;
  if (f.offenseDate) vars.offenseDate = f.offenseDate;
  const flags = new Set<string>();
  if (evaluation.remedies?.includes("dismissal")) flags.add("beforeDismissal");
  else if (evaluation.remedies?.includes("expungement")) flags.add("dismissed");
  return { vars, flags, lists: {} };
}

const BY_SLUG = {
  "early-termination-request": earlyTermination,
  "pardon-checklist": pardon,
  "tsra-checklist": tsra,
  "expungement-3607-request": expungement3607,
} as const;

export function courtDocuments(slug: Exclude<LetterSlug, "warden-request" | "time-credits-request">, f: Facts, asOf: IsoDate): Values {
  return BY_SLUG[slug](f, asOf);
}
