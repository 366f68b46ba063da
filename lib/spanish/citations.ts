/**
 * What a Spanish page shows that is not Spanish prose and is not meant to be: legal citations written as
 * US law writes them, case names, web addresses, phone numbers and the English names of organisations.
 * Both the readability measure and the leak check take these out before they read the words.
 */

/** "18 U.S.C. § 3607(c)", "28 C.F.R. § 1.2", "USSG § 1B1.13(b)(6)", "§§ 3583(e)(1)", "Pub. L. 119-73", "Fed. R. Crim. P. 35". */
export const CITATION =
  /\b(?:\d+\s+U\.S\.C\.|\d+\s+C\.F\.R\.|\d+\s+Fed\.\s*Reg\.|USSG|Fed\.\s*R\.\s*(?:Crim|App|Civ)\.\s*P\.)\s*(?:§§?\s*)?[\w.()-]*(?:,\s*(?:§\s*)?[\d(][\w.()-]*(?![\w.()-]|\s+[A-Z]))*|§§?\s*[\w.()-]+(?:,\s*(?:cl|art)\.\s*\d+)*|Pub\.\s*L\.\s*(?:No\.\s*)?\d+-\d+/g;

/** A case name: "Kokkonen v. Guardian Life", "United States v. Booker", "Concepcion v. United States". */
export const CASE_NAME =
  /\b(?:[A-Z][\w'’.&-]*\s+)*?[A-Z][\w'’.&-]*\s+v\.\s+[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*(?:,\s*(?:No\.\s*[\d-]+|\d+\s+[A-Z][\w.'’ ]*?\s+\d+))?(?:\s*\([^)]*\d{4}\))?/g;

/** Web addresses, with or without a scheme. */
export const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:gov|org|com)\b(?:\/\S*)?/g;

/** US phone numbers: "1-800-555-0100", "(202) 555-0100", "202-555-0100". */
export const PHONE = /(?:\b1[-.\s])?(?:\(\d{3}\)\s*|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b/g;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Text with citations, case names, addresses, phone numbers and the given English names removed (longest
 * name first, so "Office of the Pardon Attorney" goes before "Pardon Attorney"). Each removal leaves a space.
 */
export function stripCitations(text: string, englishNames: readonly string[] = []): string {
  let out = text.replace(URL, " ").replace(CITATION, " ").replace(CASE_NAME, " ").replace(PHONE, " ");
  for (const name of [...englishNames].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`\\b${escape(name)}\\b`, "g"), " ");
  }
  return out;
}
