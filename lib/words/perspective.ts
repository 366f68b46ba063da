/** Who is answering, which changes every word though never an outcome (the `perspective` fact). */
import type { Facts } from "@/rules/facts/schema";

export type Perspective = NonNullable<Facts["perspective"]>;

/** Until someone says who is answering, and on pages for everyone, the words speak to "you". */
export const DEFAULT_PERSPECTIVE: Perspective = "self";

/** The perspective these answers give, or the default. */
export const perspectiveOf = (facts: Facts): Perspective => facts.perspective ?? DEFAULT_PERSPECTIVE;
