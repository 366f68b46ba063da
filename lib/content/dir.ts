/** Where the words are: content/ (English) and its Spanish mirror content/es/, file for file. Node only. */
import path from "node:path";
import type { Lang } from "@/lib/words/lang";

export const CONTENT_DIR = path.join(process.cwd(), "content");
export const ES_CONTENT_DIR = path.join(CONTENT_DIR, "es");

/** The content folder of a language. */
export const contentDir = (lang: Lang): string => (lang === "es" ? ES_CONTENT_DIR : CONTENT_DIR);
