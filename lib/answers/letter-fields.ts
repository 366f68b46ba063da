/**
 * The fields a person fills in on the letters' pages (issue #13), as an answers file and the tab keep them:
 * field id → text. Checked as untrusted input, without a validation library (the letters' pages load no
 * schema): a plain object of at most 60 fields, ids like `releaseHome`, texts of at most 2,000 characters.
 */
export const MAX_LETTER_FIELDS = 60;
export const MAX_LETTER_FIELD_LENGTH = 2000;
const FIELD_ID = /^[a-z][A-Za-z0-9]{0,39}$/;

/** The fields, or undefined when the value is not a set of letter fields. */
export function checkLetterFields(value: unknown): Record<string, string> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > MAX_LETTER_FIELDS) return undefined;
  for (const [id, text] of entries) {
    if (!FIELD_ID.test(id) || typeof text !== "string" || text.length > MAX_LETTER_FIELD_LENGTH) return undefined;
  }
  return Object.fromEntries(entries) as Record<string, string>;
}
