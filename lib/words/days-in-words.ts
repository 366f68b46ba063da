/** A number of days away in words, from the results words (content/results/results.md `days`). */
import type { Say, Variant } from "./say";

/** The words for a number of days away (content/results/results.md `days`); `{n}` is the count. */
export interface DayWords {
  today: Variant;
  tomorrow: Variant;
  yesterday: Variant;
  future: Variant;
  past: Variant;
}

/** "today", "tomorrow", "in 22 days", "yesterday", "3 days ago". */
export function daysInWords(days: number, words: DayWords, t: Say): string {
  if (days === 0) return t(words.today);
  if (days === 1) return t(words.tomorrow);
  if (days === -1) return t(words.yesterday);
  return days > 1 ? t(words.future, { n: days }) : t(words.past, { n: -days });
}
