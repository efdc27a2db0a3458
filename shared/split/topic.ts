// What copy is about, crudely: its content words. Two stories pasted together change subject where
// one ends; a subheading does not, and a headline shares words with its own lead. Bags are built
// from bounded windows of copy, so every question asked here costs time linear in that window.

import { words } from './text';

export type Bag = Map<string, number>;

/** A content word's stem: plural and possessive endings folded (`talks`, `talk's` -> `talk`). */
function stem(word: string): string {
  // By hand, not by regex: this runs on every word of the copy around each doubtful start.
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** Content words of the texts: no function words, nothing under three letters. */
export function bagOf(texts: string[], functionWords: ReadonlySet<string> | null): Bag {
  const bag: Bag = new Map();
  for (const text of texts) {
    // The opening of each paragraph is enough to say what it is about.
    for (const w of words(text.slice(0, 800))) {
      if (w.length < 3 || functionWords?.has(w)) continue;
      const s = stem(w);
      bag.set(s, (bag.get(s) ?? 0) + 1);
    }
  }
  return bag;
}

/** The bags of several texts as one. */
export function mergeBags(bags: Bag[]): Bag {
  if (bags.length === 1) return bags[0] as Bag;
  const merged: Bag = new Map();
  for (const bag of bags) for (const [w, n] of bag) merged.set(w, (merged.get(w) ?? 0) + n);
  return merged;
}

/** Cosine similarity of two bags, 0 (nothing shared) to 1. */
export function similarity(a: Bag, b: Bag): number {
  if (a.size === 0 || b.size === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return dot / Math.sqrt(na * nb);
}

/** Share of the headline's content words found in the copy's bag. */
export function overlap(headline: Bag, copy: Bag): number {
  if (headline.size === 0) return 0;
  let shared = 0;
  for (const w of headline.keys()) if (copy.has(w)) shared++;
  return shared / headline.size;
}
