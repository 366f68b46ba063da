/**
 * A Spanish syllable counter for the INFLESZ readability measure (./inflesz.ts). Spanish spelling is
 * close to its sound, so counting vowel nuclei is enough; the rules, in the order they are applied:
 *
 * 1. Case and letters: the word is lower-cased; any character that is not a letter is dropped.
 * 2. Silent "u": in "que", "qui", "gue", "gui" the "u" is not pronounced and is dropped ("queso" → 2,
 *    "guerra" → 2, "guion" → 1). A "ü" ("pingüino") is pronounced and stays.
 * 3. "y": a vowel at the end of a word ("hoy", "muy", "ley") and as the word "y"; a consonant elsewhere
 *    ("ayuda", "leyes").
 * 4. Nuclei: each maximal run of vowels is one or more syllables. Strong vowels (a, e, o, with or without
 *    an accent) and weak vowels carrying an accent (í, ú) each make a nucleus of their own, so two of them
 *    side by side are a hiatus ("le-er", "pa-ís", "dí-a"). Unaccented weak vowels (i, u, ü, final y) join a
 *    neighbour, forming a diphthong or triphthong ("bue-no", "ciu-dad", "buey"); a run of weak vowels
 *    only is one syllable.
 * 5. "h" is a consonant: it separates vowels ("a-ho-ra", "pro-hi-bir").
 * 6. A number is read aloud as words: it counts as many syllables as it has digits, and at least two.
 *
 * Every word counts at least one syllable (an abbreviation such as "BOP" or "D.C." included).
 */
const STRONG = new Set(["a", "e", "o", "á", "é", "ó", "í", "ú"]);
const VOWELS = new Set([...STRONG, "i", "u", "ü"]);

function prepare(word: string): string {
  const letters = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, "");
  const noSilentU = letters.replace(/([qg])u([eiéí])/g, "$1$2");
  return noSilentU === "y" ? "i" : noSilentU.replace(/y$/, "i");
}

/** The number of syllables in one Spanish word (see the rules above). */
export function countSyllables(word: string): number {
  const digits = word.replace(/\D/g, "");
  if (digits.length > 0 && !/[a-zA-ZÀ-ÿ]/.test(word)) return Math.max(2, digits.length);
  let count = 0;
  let runStrong = 0;
  let inRun = false;
  const close = () => {
    if (inRun) count += Math.max(1, runStrong);
    runStrong = 0;
    inRun = false;
  };
  for (const ch of prepare(word)) {
    if (VOWELS.has(ch)) {
      inRun = true;
      if (STRONG.has(ch)) runStrong += 1;
    } else {
      close();
    }
  }
  close();
  return Math.max(1, count);
}

/** The words of a piece of Spanish prose: runs of letters or digits (apostrophes and hyphens join them). */
export function spanishWords(text: string): string[] {
  return text.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+(?:['’-][A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+)*/g) ?? [];
}
