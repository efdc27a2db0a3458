// Copy printed twice within a story: a paragraph repeated exactly (a scrape sent twice), and pull
// quotes, the display lines in quote marks that repeat a sentence or two of the copy.

import type { RemovalReason } from '../model';
import { TextSet, wordCount } from './text';

/** Shorter lines repeating the copy's words are subheadings, not pull quotes. */
const MIN_PULL_QUOTE_WORDS = 6;
/** Pull quotes are short; anything longer is copy. */
const MAX_PULL_QUOTE_WORDS = 60;

/** Opening quotes " “ ‘ « and closing quotes " ” ’ », by char code: every paragraph is asked. */
const isOpeningQuote = (c: number) => c === 34 || c === 0x201c || c === 0x2018 || c === 0xab;
const isClosingQuote = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 0xbb;

/** Set in quote marks from end to end, as display quotes are: `“We will not give up.”` */
function isQuoted(text: string): boolean {
  // Its two ends only: a pattern spanning the text read every paragraph of the file whole.
  return (
    text.length >= 2 &&
    isOpeningQuote(text.charCodeAt(0)) &&
    isClosingQuote(text.charCodeAt(text.length - 1))
  );
}

/** The words of a quote as the copy has them: the quote marks off, case folded. */
function quoteKey(text: string): string {
  return text
    .replace(/^["“‘«]+|["”’»]+$/g, '')
    .trim()
    .toLowerCase();
}

/**
 * Which paragraphs to remove: an exact repeat of an earlier paragraph (`duplicate-paragraph`), and a
 * pull quote: a short paragraph in quote marks whose words stand in another, longer paragraph, or
 * one without quote marks that is word for word a sentence of another paragraph.
 */
export function findPullQuotes(paragraphs: string[]): Map<number, RemovalReason> {
  const drop = new Map<number, RemovalReason>();
  const seen = new TextSet();
  let quoted = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i] as string;
    if (seen.has(text)) drop.set(i, 'duplicate-paragraph');
    else seen.add(text);
    if (isQuoted(text)) quoted = true;
  }
  findDisplaySentences(paragraphs, drop);
  if (!quoted) return drop;

  // Lower-cased once each, and only when a quote is looked for (most stories have none).
  const lowered = new Array<string | undefined>(paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i] as string;
    if (drop.has(i) || !isQuoted(text)) continue;
    const words = wordCount(text, MAX_PULL_QUOTE_WORDS + 1);
    if (words < MIN_PULL_QUOTE_WORDS || words > MAX_PULL_QUOTE_WORDS) continue;
    const key = quoteKey(text);
    for (let k = 0; k < paragraphs.length; k++) {
      if (k === i || drop.has(k) || (paragraphs[k] as string).length <= key.length) continue;
      const lower = (lowered[k] ??= (paragraphs[k] as string).toLowerCase());
      if (lower.includes(key)) {
        drop.set(i, 'pull-quote');
        break;
      }
    }
  }
  return drop;
}

/**
 * Pull quotes set without quote marks, as magazines print display lines: a short paragraph that
 * stands word for word inside another, longer paragraph near it. Only the paragraphs a few places
 * either side are searched (a display line is set beside the passage it lifts), so each short
 * paragraph costs a handful of native string searches, whatever the story's length.
 */
function findDisplaySentences(paragraphs: string[], drop: Map<number, RemovalReason>): void {
  const n = paragraphs.length;
  for (let i = 0; i < n; i++) {
    const text = paragraphs[i] as string;
    if (drop.has(i) || text.length > MAX_PULL_QUOTE_CHARS || text.length < MIN_PULL_QUOTE_CHARS)
      continue;
    if (isQuoted(text)) continue;
    const to = Math.min(n - 1, i + DISPLAY_WINDOW);
    for (let k = Math.max(0, i - DISPLAY_WINDOW); k <= to; k++) {
      const other = paragraphs[k] as string;
      if (k === i || drop.has(k) || other.length <= text.length) continue;
      if (other.includes(text)) {
        drop.set(i, 'pull-quote');
        break;
      }
    }
  }
}

/** How many paragraphs either side of a display line the passage it lifts may stand. */
const DISPLAY_WINDOW = 6;
/**
 * A display line's length in characters, about six to sixty words: counted in characters, not words,
 * as most paragraphs of a story are asked.
 */
const MIN_PULL_QUOTE_CHARS = 30;
/** No display line runs longer than this; longer paragraphs are copy (and are not looked at). */
const MAX_PULL_QUOTE_CHARS = 400;
