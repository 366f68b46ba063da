/**
 * The schema of one sentence of content/ that speaks to the reader (lib/words/say.ts `Variant`): one
 * string with perspective blanks (`{You}`, `{your}`…), or one string per person answering, for a sentence
 * that must be written differently for a relative or a counselor (a relative has no case manager).
 */
import * as z from "zod/mini";

const text = z.string().check(z.minLength(1), z.trim());

export const variant = z.union([text, z.strictObject({ self: text, family: text, counselor: text })]);
