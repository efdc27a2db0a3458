// Find and replace over a story's texts (its fields, then the body's paragraphs), kept pure so the
// editor plugin only maps offsets.

/** One occurrence: paragraph index and the UTF-16 range [start, end) within its text. */
export interface Match {
  paragraph: number;
  start: number;
  end: number;
}

export interface FindOptions {
  caseSensitive?: boolean;
  /** Only where the query is not part of a longer word: `plan` in `the plan.`, not in `planned`. */
  wholeWord?: boolean;
}

// A letter, digit or joiner of any script: what a whole word may not touch on either side.
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}_])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every non-overlapping occurrence of `query`, in reading order. Case-insensitive by default. */
export function findMatches(
  paragraphs: readonly string[],
  query: string,
  options: FindOptions = {},
): Match[] {
  if (query === '') return [];
  // A RegExp rather than toLowerCase: lower-casing can change a string's length (İ), which would
  // shift every offset after it.
  const text = escapeRegExp(query);
  const pattern = new RegExp(
    options.wholeWord ? `${WORD_START}${text}${WORD_END}` : text,
    options.caseSensitive ? 'gu' : 'giu',
  );
  const matches: Match[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const found of text.matchAll(pattern)) {
      matches.push({ paragraph, start: found.index, end: found.index + found[0].length });
    }
  });
  return matches;
}

/** The index of the first match at or after a position, wrapping to the first; -1 when none. */
export function nextMatchIndex(
  matches: readonly Match[],
  at: { paragraph: number; offset: number },
): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex(
    (m) => m.paragraph > at.paragraph || (m.paragraph === at.paragraph && m.start >= at.offset),
  );
  return index < 0 ? 0 : index;
}

/** The texts after replacing the given matches; what the editor does, for checking it. */
export function replaceMatches(
  paragraphs: readonly string[],
  matches: readonly Match[],
  replacement: string,
): string[] {
  const out = paragraphs.slice();
  // From the end, so earlier offsets stay valid.
  for (const m of matches.toSorted((a, b) => b.paragraph - a.paragraph || b.start - a.start)) {
    const text = out[m.paragraph] ?? '';
    out[m.paragraph] = text.slice(0, m.start) + replacement + text.slice(m.end);
  }
  return out;
}

/** "3 of 12", "No matches", or nothing while there is no query. */
export function matchLabel(count: number, current: number): string {
  if (count === 0) return 'No matches';
  return current >= 0 ? `${current + 1} of ${count}` : `${count} matches`;
}
