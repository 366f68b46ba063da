/**
 * The registry: one rule module per relief path, in the order of rules/README.md § paths.
 */
import { section3607 } from "./3607";
import { section2255 } from "./2255";
import { coramNobis } from "./coram-nobis";
import { compassionateRelease } from "./compassionate-release";
import { retroactiveAmendment } from "./retroactive-amendment";
import { fsaTimeCredits } from "./fsa-time-credits";
import { goodConductTime } from "./good-conduct-time";
import { fsa404 } from "./fsa-404";
import { tsra } from "./tsra";
import { judicialExpungement } from "./judicial-expungement";
import { pardon } from "./pardon";
import { commutation } from "./commutation";
import { earlyTermination } from "./early-termination";
import { withUncertainDates } from "./shared/unknown-dates";
import { PATH_IDS, type PathId, type RuleModule } from "./types";

/** Each path decides on a date given only as a year, or not known, as every day it could be decides (./shared/unknown-dates.ts). */
export const RULES: readonly RuleModule[] = [
  section3607,
  section2255,
  coramNobis,
  compassionateRelease,
  retroactiveAmendment,
  fsaTimeCredits,
  goodConductTime,
  fsa404,
  tsra,
  judicialExpungement,
  pardon,
  commutation,
  earlyTermination,
].map(withUncertainDates);

/** The rule module for a path id. */
export const ruleFor = (id: PathId): RuleModule => RULES.find((rule) => rule.id === id)!;

if (RULES.map((rule) => rule.id).join() !== PATH_IDS.join()) {
  throw new Error("rules/index.ts: the registry must list every path id once, in the order of rules/README.md § paths");
}
