/**
 * What kind of answer each fact takes, read from the facts schema itself so the two never drift:
 * a choice among fixed values, a list of such values, a whole number, or a date.
 */
import { factsShape, type FactName } from "./schema";

export type FactKind =
  | { kind: "choice"; values: readonly string[] }
  | { kind: "list"; values: readonly string[] }
  | { kind: "count" }
  | { kind: "date" };

interface ZodDefLike {
  _zod: { def: { type: string; innerType?: ZodDefLike; element?: ZodDefLike; entries?: Record<string, string>; format?: string } };
}

function kindOf(schema: ZodDefLike): FactKind {
  const inner = schema._zod.def.innerType ?? schema;
  const def = inner._zod.def;
  if (def.type === "enum") return { kind: "choice", values: Object.values(def.entries!) };
  if (def.type === "array") return { kind: "list", values: Object.values(def.element!._zod.def.entries!) };
  if (def.type === "number") return { kind: "count" };
  if (def.type === "string" && def.format === "date") return { kind: "date" };
  throw new Error(`Unknown fact schema type ${def.type}`);
}

/** Every fact's kind, keyed by fact name. */
export const FACT_KINDS = Object.fromEntries(
  Object.entries(factsShape).map(([name, schema]) => [name, kindOf(schema as unknown as ZodDefLike)]),
) as Record<FactName, FactKind>;
