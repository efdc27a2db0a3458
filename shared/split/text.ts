// Small text predicates the split engine reasons with. Unicode-aware so Arabic or Greek copy works too.

const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
// C0 controls other than tab and newline, and DEL: scraping debris that no editor wants.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Trim and fold runs of spaces; drop stray control characters. */
export function cleanLine(line: string): string {
  return line.replace(CONTROLS, '').replace(SPACES, ' ').trim();
}

/** Comparison key: two lines are "the same line" when their keys are equal. */
export function lineKey(cleaned: string): string {
  return cleaned.toLowerCase();
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Ends a sentence: . ! ? … (Arabic ۔ ؟) possibly followed by closing quotes or brackets. */
const TERMINAL = /[.!?…۔؟]["'”’»)\]]*$/u;
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text);
}

/** Ends like a clause that continues on the next line (a comma, a colon, a hyphen, a plain word). */
export function endsMidSentence(text: string): boolean {
  return !TERMINAL.test(text) && !/[:;]$/.test(text);
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
  const words = text.split(' ').filter((w) => /\p{L}/u.test(w) && w.replace(/\P{L}/gu, '').length > 3);
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}
