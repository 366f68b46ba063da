/**
 * The code that fills a document in, loaded when its page needs it. The warden request's needs no engine
 * (./compute-warden.ts), so its page loads none of the rules; every other document asks the engine for its
 * dates (./compute.ts).
 */
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import type { LetterSlug } from "./documents";
import type { Fields, LetterData } from "./letter-data";

export type Fill = (facts: Facts, asOf: IsoDate, fields: Fields) => LetterData;

export const loadFill = (slug: LetterSlug): Promise<Fill> =>
  slug === "warden-request"
    ? import("./compute-warden").then((module) => module.wardenLetterData)
    : import("./compute").then((module) => (facts: Facts, asOf: IsoDate, fields: Fields) => module.letterData(slug, facts, asOf, fields));
