/**
 * A path's name without its statute: "Motion to vacate or correct a sentence (28 U.S.C. § 2255)" →
 * "Motion to vacate or correct a sentence". Headlines and "What to do first" carry no citations (issue 12);
 * the reasons under "Why" cite the law. A parenthesis without a section sign is plain words and stays.
 */
export function plainTitle(title: string): string {
  return title.replace(/\s*\((?:[^()]|\([^()]*\))*§(?:[^()]|\([^()]*\))*\)\s*$/, "").trim() || title;
}
