/**
 * What kind of form control each fact needs, read from the fact table so that a new value in
 * rules/facts/schema.ts reaches the form without a second list to keep in step.
 */
import { FACT_KINDS, FACT_NAMES, type FactName } from "@/rules/facts/schema";
import { SELECT_FACTS } from "@/lib/screener/pages";

export type FieldKind =
  | { kind: "radios"; options: readonly string[] }
  | { kind: "select"; options: readonly string[] }
  | { kind: "checkboxes"; options: readonly string[]; exclusive: readonly string[] }
  | { kind: "date" }
  | { kind: "number" };

/** Options that cannot be combined with any other box (GOV.UK "None" checkbox, with its "or" divider). */
const EXCLUSIVE = new Set(["none", "none-known", "unsure"]);

function fieldOf(name: FactName): FieldKind {
  const fact = FACT_KINDS[name];
  switch (fact.kind) {
    case "date":
      return { kind: "date" };
    case "count":
      return { kind: "number" };
    case "list":
      return { kind: "checkboxes", options: fact.values, exclusive: fact.values.filter((o) => EXCLUSIVE.has(o)) };
    case "choice":
      return SELECT_FACTS.has(name) ? { kind: "select", options: fact.values } : { kind: "radios", options: fact.values };
  }
}

/** Every fact's control. */
export const FIELDS: Readonly<Record<FactName, FieldKind>> = Object.fromEntries(
  FACT_NAMES.map((name) => [name, fieldOf(name)]),
) as Record<FactName, FieldKind>;
