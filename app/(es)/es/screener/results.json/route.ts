import { resultsContent } from "@/app/_pages/results-content";

/** Written once at build time into the static export. */
export const dynamic = "force-static";

/** The results step's words in Spanish (app/_pages/results-content.ts). */
export function GET() {
  return resultsContent("es");
}
