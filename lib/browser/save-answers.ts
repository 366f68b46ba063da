/**
 * Saving answers (rules/README.md § answers-file): the browser's part, a download of the answers file that
 * lib/answers/answers-file.ts writes. Nothing leaves the device, and no validation library is needed to
 * make one, so this ships with the check-answers page.
 */
import { answersFileText } from "@/lib/answers/answers-file";
import type { Facts } from "@/rules/facts/schema";
import type { IsoDate } from "@/rules/types";
import { readLetterFields } from "./persist";

/** Offers the answers, and what was typed on the letters' pages, as a file download; nothing leaves the device. */
export function downloadAnswers(facts: Facts, fileName: string, asOf: IsoDate): void {
  const blob = new Blob([answersFileText(facts, new Date().toISOString(), asOf, readLetterFields())], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
