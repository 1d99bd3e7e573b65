import { distance } from "fastest-levenshtein";

/** How far a key or value may be from a known one to be taken for a slip of it. */
function allowedDistance(text: string): number {
  return text.length <= 4 ? 1 : 2;
}

/**
 * The known word `text` is most likely a slip of (the same but for case, or a letter or two
 * away), or undefined when none is that close or `text` is itself known.
 */
export function nearestKnown(text: string, known: Iterable<string>): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    if (word === text) return undefined;
    const apart = word.toLowerCase() === text.toLowerCase() ? 0 : distance(word, text);
    if (apart <= allowedDistance(word) && (!best || apart < best.distance)) {
      best = { word, distance: apart };
    }
  }
  return best?.word;
}

/** The word of `words` with the fewest edits from `text`, however many; undefined when none. */
export function closest(text: string, words: Iterable<string>): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const word of words) {
    const apart = distance(word.toLowerCase(), text.toLowerCase());
    if (!best || apart < best.distance) best = { word, distance: apart };
  }
  return best?.word;
}
