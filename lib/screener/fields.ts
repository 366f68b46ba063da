/**
 * What kind of form control each fact needs, read from the facts schema itself so that a new enum value
 * in lib/facts/schema.ts reaches the form without a second list to keep in step.
 */
import { DATE_FACTS, FACT_NAMES, factsShape, type FactName } from "@/lib/facts/schema";

export type FieldKind =
  | { kind: "radios"; options: readonly string[] }
  | { kind: "select"; options: readonly string[] }
  | { kind: "checkboxes"; options: readonly string[]; exclusive: readonly string[] }
  | { kind: "date" }
  | { kind: "number" };

/** Options that cannot be combined with any other box (GOV.UK "None" checkbox, with its "or" divider). */
const EXCLUSIVE = new Set(["none", "none-known", "unsure"]);
/** A long list of places reads better as a select than 56 radios (GOV.UK: avoid selects unless the list is long). */
const SELECTS = new Set<FactName>(["courtState"]);

interface Def {
  type: string;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  entries?: Record<string, string>;
}

function kindOf(name: FactName): FieldKind {
  if ((DATE_FACTS as readonly string[]).includes(name)) return { kind: "date" };
  // zod's definitions are its public introspection surface (`schema._zod.def`).
  const def = (factsShape[name] as unknown as { _zod: { def: Def } })._zod.def;
  const inner = def.innerType?._zod.def ?? def;
  if (inner.type === "number") return { kind: "number" };
  if (inner.type === "array") {
    const options = Object.values(inner.element?._zod.def.entries ?? {});
    return { kind: "checkboxes", options, exclusive: options.filter((o) => EXCLUSIVE.has(o)) };
  }
  const options = Object.values(inner.entries ?? {});
  return SELECTS.has(name) ? { kind: "select", options } : { kind: "radios", options };
}

/** Every fact's control. */
export const FIELDS: Readonly<Record<FactName, FieldKind>> = Object.fromEntries(
  FACT_NAMES.map((name) => [name, kindOf(name)]),
) as Record<FactName, FieldKind>;
