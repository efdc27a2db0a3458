// Copy printed twice within a story: a paragraph repeated exactly (a scrape sent twice), and pull
// quotes, the short display lines that repeat a sentence of the copy. Compared by runs of words
// (shingles) so the work stays linear however long the story.

import type { RemovalReason } from '../model';
import { words } from './text';

/** Runs of this many words identify a passage. */
const SHINGLE = 4;
/** Shorter lines repeating the copy's words are subheadings, not pull quotes. */
const MIN_PULL_QUOTE_WORDS = 6;
/** Pull quotes are short; anything longer is copy. */
const MAX_PULL_QUOTE_WORDS = 60;

/**
 * Which paragraphs to remove: an exact repeat of an earlier paragraph (`duplicate-paragraph`), and a
 * short one whose every run of words stands in another paragraph (`pull-quote`).
 */
export function findPullQuotes(paragraphs: string[]): Map<number, RemovalReason> {
  const drop = new Map<number, RemovalReason>();
  const seen = new Set<string>();
  paragraphs.forEach((text, i) => {
    if (seen.has(text)) drop.set(i, 'duplicate-paragraph');
    else seen.add(text);
  });

  // Candidates: short paragraphs of at least one shingle. Their shingles are the only ones counted.
  const candidateShingles = new Map<number, string[]>();
  const wanted = new Set<string>();
  paragraphs.forEach((text, i) => {
    if (drop.has(i) || text.length > MAX_PULL_QUOTE_WORDS * 12) return;
    const ws = words(text);
    if (ws.length < MIN_PULL_QUOTE_WORDS || ws.length > MAX_PULL_QUOTE_WORDS) return;
    const shingles = shinglesOf(ws);
    candidateShingles.set(i, shingles);
    for (const s of shingles) wanted.add(s);
  });
  if (candidateShingles.size === 0) return drop;

  // For each wanted shingle, the paragraphs it stands in (two are enough to know).
  const holders = new Map<string, number[]>();
  paragraphs.forEach((text, i) => {
    if (drop.has(i)) return;
    for (const s of new Set(shinglesOf(words(text)))) {
      if (!wanted.has(s)) continue;
      const list = holders.get(s);
      if (!list) holders.set(s, [i]);
      else if (list.length < 2 && list[0] !== i) list.push(i);
    }
  });
  for (const [i, shingles] of candidateShingles) {
    // Every run of the candidate's words stands in one and the same other paragraph.
    let other: number | null = null;
    const inOther = shingles.every((s) => {
      const found = (holders.get(s) ?? []).find((p) => p !== i);
      if (found === undefined) return false;
      other ??= found;
      return true;
    });
    if (!inOther || other === null) continue;
    // The repeat is the shorter one; of two equal (after quotes), the one set in quotes.
    const otherLength = (paragraphs[other] as string).length;
    const length = (paragraphs[i] as string).length;
    if (otherLength > length || (otherLength === length && other < i)) drop.set(i, 'pull-quote');
  }
  return drop;
}

function shinglesOf(ws: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k + SHINGLE <= ws.length; k++) out.push(ws.slice(k, k + SHINGLE).join(' '));
  return out;
}
