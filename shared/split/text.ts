// Small text predicates the split engine reasons with. Unicode-aware so Arabic or Greek copy works too.

const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
// C0 controls other than tab and newline, and DEL: scraping debris that no editor wants.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

const ODD_SPACE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** Trim and fold runs of spaces; drop stray control characters. */
export function cleanLine(line: string): string {
  // Most lines need nothing but a trim: test once before rewriting (this runs on every line).
  if (!line.includes('  ') && !ODD_SPACE_OR_CONTROL.test(line)) return line.trim();
  return line.replace(CONTROLS, '').replace(SPACES, ' ').trim();
}

/** Words in a cleaned line (single spaces). Stops counting past `limit`: callers only ask "at least n?". */
export function wordCount(text: string, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= limit; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const TERMINALS = new Set(['.', '!', '?', '…', '۔', '؟']);

/** The last character before any closing quotes or brackets. Read from the end: lines can be long. */
function lastMark(text: string): string {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charAt(i))) i--;
  return text.charAt(i);
}

/** Ends a sentence: . ! ? … (Arabic ۔ ؟) possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return TERMINALS.has(lastMark(text));
}

/** Ends like a clause that continues on the next line (a comma, a hyphen, a plain word), not `:` or `;`. */
export function endsMidSentence(text: string): boolean {
  const last = text.charAt(text.length - 1);
  return !endsSentence(text) && last !== ':' && last !== ';';
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Rough sentence count: sentence ends followed by a space and a capital (or end of text). */
export function sentenceCount(text: string): number {
  const inner = text.match(/[.!?…]["'”’»)]*\s+(?=["'“‘«(]?\p{Lu})/gu)?.length ?? 0;
  return inner + 1;
}

/** Most words start with a capital: `Russia, Israel Agree on Syria`. Short function words are ignored. */
export function isTitleCase(text: string): boolean {
  const words = text
    .split(' ')
    .filter((w) => /\p{L}/u.test(w) && w.replace(/\P{L}/gu, '').length > 3);
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}
