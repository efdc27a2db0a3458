// Small text predicates the split engine reasons with. Unicode-aware so Arabic or Greek copy works too.

// Spaces of every width, and the line and paragraph separators, which scrapes leave inside lines.
const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
// C0 controls other than tab and newline, DEL, and the invisible zero-width space, word joiner and
// byte order mark: scraping debris that no editor wants. (ZWJ and ZWNJ stay: scripts need them.)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f\u200b\u2060\ufeff]/g;

const ODD_SPACE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f\t\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
/** Outside printable ASCII: a line with none has no odd space or control, and one range is quick to test. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/** Trim and fold runs of spaces; drop stray control characters. */
export function cleanLine(line: string): string {
  // A blank line (nearly half the lines of a dump) has nothing to clean: no test need read it.
  if (line.length === 0) return line;
  // Most lines need nothing but a trim: test once before rewriting (this runs on every line).
  if (!line.includes('  ') && (!NOT_PRINTABLE_ASCII.test(line) || !ODD_SPACE_OR_CONTROL.test(line)))
    return line.trim();
  return line.replace(CONTROLS, '').replace(SPACES, ' ').trim();
}

/**
 * Words in a cleaned line (trimmed, single spaces: see cleanLine), counted by its spaces. Stops
 * counting past `limit`: callers only ask "at least n?", and lines can be long.
 */
export function wordCount(text: string, limit = Infinity): number {
  if (text.length === 0) return 0;
  let count = 1;
  for (let at = text.indexOf(' '); at !== -1 && count <= limit; at = text.indexOf(' ', at + 1))
    count++;
  return count;
}

// By char code, not by Set of one-character strings: every unit's end is read several times, and
// charAt makes a string of each character that is not Latin-1.
/** Closing quotes and brackets: " ' ” ’ » ) ] */
const isCloser = (c: number) =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
/** Sentence ends: . ! ? … and Arabic ۔ ؟ */
const isTerminal = (c: number) =>
  c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x6d4 || c === 0x61f;

/** The last character before any closing quotes or brackets (NaN for none). Read from the end: lines can be long. */
function lastMark(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

/** Ends a sentence: . ! ? … (Arabic ۔ ؟) possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return isTerminal(lastMark(text));
}

/** Ends like a clause that continues on the next line (a comma, a hyphen, a plain word), not `:` or `;`. */
export function endsMidSentence(text: string): boolean {
  const last = text.charAt(text.length - 1);
  return !endsSentence(text) && last !== ':' && last !== ';';
}

// Patterns asked of many lines are made once, here: a pattern written in a function is a new
// RegExp object each time the function runs, garbage for the collector by the ten thousand.
const OPENS_LOWER = /^\p{Ll}/u;
const OPENS_AS_BRAND = /^\p{Ll}+\p{Lu}/u;

export function startsLowercase(text: string): boolean {
  return OPENS_LOWER.test(text);
}

/** Opens in lower case as copy running on does, not as a brand name (`eBay`, `iTunes`). */
export function opensInLowerCase(text: string): boolean {
  return startsLowercase(text) && !OPENS_AS_BRAND.test(text);
}

/** `Headline | Site` or `Headline - Site`: a page's title naming this headline. */
export function isTitleOf(line: string, headline: string): boolean {
  if (line.length <= headline.length || differAtOnce(line, headline)) return false;
  // The site's name after the headline first: it is read in place, where lower-casing both lines
  // would copy them, and boundaries ask this of every line before every headline.
  TITLE_TAIL.lastIndex = headline.length;
  if (!TITLE_TAIL.test(line)) return false;
  return line.startsWith(headline) || line.toLowerCase().startsWith(headline.toLowerCase());
}

/** What follows the headline in a page title: a bar or dash, then the site's name. */
const TITLE_TAIL = /\s*[|–—-]\s*\S/y;

/**
 * The two texts open with ASCII characters that differ, case aside: they cannot agree in lower case,
 * and neither need be lower-cased to tell (most pairs of lines compared this way differ at once).
 */
export function differAtOnce(a: string, b: string): boolean {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  return x < 128 && y < 128 && asciiLower(x) !== asciiLower(y);
}

const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Rough sentence count: sentence ends followed by a space and a capital (or end of text). */
export function sentenceCount(text: string): number {
  const inner = text.match(/[.!?…]["'”’»)]*\s+(?=["'“‘«(]?\p{Lu})/gu)?.length ?? 0;
  return inner + 1;
}

/** Most words start with a capital: `Russia, Israel Agree on Syria`. Short function words are ignored. */
export function isTitleCase(text: string): boolean {
  let counted = 0;
  let capitalised = 0;
  // Word by word between spaces, read in place: every candidate headline is asked, and splitting
  // each into words, then testing each word with a pattern, made garbage of every word.
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf(' ', from);
    if (to < 0) to = text.length;
    const shape = asciiWordShape(text, from, to);
    if (shape === NOT_ASCII) {
      const w = text.slice(from, to);
      if (letterLength(w) > 3) {
        counted++;
        if (OPENS_CAPITALISED.test(w)) capitalised++;
      }
    } else if (shape !== SHORT) {
      counted++;
      if (shape === CAPITALISED) capitalised++;
    }
    from = to + 1;
  }
  return counted >= 2 && capitalised / counted >= 0.75;
}

/** Its first letter a capital, whatever stands before it: `Russia`, `"Agree`. */
const OPENS_CAPITALISED = /^[^\p{L}]*\p{Lu}/u;

/** What asciiWordShape finds: a word of more than three letters, capitalised or not. */
const NOT_ASCII = 0;
const SHORT = 1;
const CAPITALISED = 2;
const LOWER = 3;

/**
 * An ASCII word's shape by its char codes (letters are A-Z and a-z there): three letters or
 * fewer, or more and opening on a capital or not. NOT_ASCII for a word the patterns must read.
 */
function asciiWordShape(text: string, from: number, to: number): number {
  let letters = 0;
  let first = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return NOT_ASCII;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++;
      if (first === 0) first = c;
    }
  }
  if (letters <= 3) return SHORT;
  return first <= 90 ? CAPITALISED : LOWER;
}

/** How long a word is in letters alone (in UTF-16 units). ASCII words are counted by hand. */
function letterLength(word: string): number {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word.replace(/\P{L}/gu, '').length;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return letters;
}

/**
 * Lower-case words of a line: letters (and marks, apostrophes, inner hyphens); numbers left out.
 * A loop over the characters: this reads most lines of a dump, and is several times a regex's speed.
 */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = isLetter(code);
    const inner = start >= 0 && isInnerMark(code);
    if (letter || inner) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      // Apostrophes and hyphens belong inside a word, not at its end (`students'`, `ex-`).
      let end = i;
      while (end > start && isInnerMark(lower.charCodeAt(end - 1))) end--;
      out.push(lower.slice(start, end));
      start = -1;
    }
  }
  return out;
}

const isInnerMark = (code: number) => code === 39 || code === 45 || code === 0x2019;

/** The character `code` of lower-cased text is a letter or a mark: ASCII by its code. */
function isLetter(code: number): boolean {
  if (code <= 127) return code >= 97 && code <= 122;
  let known = LETTERS[code];
  if (known === 0) {
    known = /[\p{L}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    LETTERS[code] = known;
  }
  return known === 1;
}

/**
 * What each UTF-16 code unit above ASCII is, once asked: 1 a letter or mark, 2 not, 0 not yet
 * asked. Copy is full of curly quotes and dashes, and a pattern run on each costs more than the rest
 * of reading the word. (Half a surrogate pair is neither, as the pattern finds.)
 */
const LETTERS = new Uint8Array(0x10000);

/** Share of a line's words that are in `functionWords`: prose scores 0.3-0.5, furniture near 0. */
export function functionWordRatio(text: string, functionWords: ReadonlySet<string>): number {
  const all = words(text);
  if (all.length === 0) return 0;
  let hits = 0;
  for (const w of all) if (functionWords.has(w)) hits++;
  return hits / all.length;
}

/**
 * A line reduced to what makes it the same line elsewhere in a file: case, digits, punctuation and
 * spacing folded. `Updated 3 hours ago` and `Updated 5 hours ago` are one line of furniture.
 */
export function lineKey(text: string): string {
  const lower = text.toLowerCase();
  // Most short lines are words and single spaces: their key is the line itself, and a string
  // built piece by piece would have to be flattened again to be hashed.
  if (PLAIN_WORDS.test(lower) && !SURROGATE.test(lower)) return lower;
  // One pass, copying runs of letters whole: this keys every short line of a dump, and three regex
  // rewrites of each cost more than the rest of classifying it.
  let key = '';
  let pending = false;
  let run = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isLetter(code)) {
      if (run < 0) {
        if (pending) key += ' ';
        pending = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) key += lower.slice(run, i);
    run = -1;
    if (code >= 48 && code <= 57) {
      // A run of digits is one 0, whatever the number.
      if (pending) key += ' ';
      else if (key.endsWith('0')) continue;
      pending = false;
      key += '0';
    } else pending = key !== '';
  }
  return key;
}

/** Letters (and marks) in words, single spaces between them: a line whose key is itself. */
const PLAIN_WORDS = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;
/** Letters beyond the BMP: lineKey reads text a code unit at a time, and takes their halves for marks. */
const SURROGATE = /[\uD800-\uDFFF]/;

// eslint-disable-next-line no-control-regex -- the whole ASCII range is the point
const ALL_ASCII = /^[\x00-\x7f]*$/;
const ASCII_LETTER = /[A-Za-z]/;
const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/u;

/** Which script most letters are in, so a line in another script than the copy can be noticed. */
export function mainScript(text: string): 'latin' | 'arabic' | 'other' | 'none' {
  // Most lines are plain ASCII: settled without looking at each character's script.
  if (ALL_ASCII.test(text)) return ASCII_LETTER.test(text) ? 'latin' : 'none';
  let latin = 0;
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    // ASCII by its code (a Latin letter or no letter); other characters by their script.
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    i += ch.length - 1;
    if (LATIN.test(ch)) latin++;
    else if (ARABIC.test(ch)) arabic++;
    else if (LETTER.test(ch)) other++;
  }
  const max = Math.max(latin, arabic, other);
  if (max === 0) return 'none';
  return max === latin ? 'latin' : max === arabic ? 'arabic' : 'other';
}

/**
 * A set of texts that hashes only when it must. Hashing reads a whole string, and asking whether
 * each paragraph of a 10 MB dump was seen before hashed 10 MB; texts of different lengths differ, so
 * a text is compared (or hashed) only against texts of its own length. Linear whatever the input:
 * once two texts share a length, their length's bucket becomes a hashed set. The first few texts
 * are kept in a list: most sets (a story's captions, its paragraphs) stay that small, and a map
 * made for each of a dump's thousands of stories is garbage to collect.
 */
export class TextSet {
  private few: string[] | null = null;
  private byLength: Map<number, string | Set<string>> | null = null;

  has(text: string): boolean {
    if (this.byLength === null) {
      const few = this.few;
      if (few === null) return false;
      for (let k = 0; k < few.length; k++) {
        const t = few[k] as string;
        if (t.length === text.length && t === text) return true;
      }
      return false;
    }
    const bucket = this.byLength.get(text.length);
    if (bucket === undefined) return false;
    return typeof bucket === 'string' ? bucket === text : bucket.has(text);
  }

  add(text: string): void {
    if (this.byLength === null) {
      this.few ??= [];
      if (this.has(text)) return;
      if (this.few.length < FEW_TEXTS) {
        this.few.push(text);
        return;
      }
      this.byLength = new Map();
      for (const t of this.few) this.addHashed(t);
      this.few = null;
    }
    this.addHashed(text);
  }

  private addHashed(text: string): void {
    const byLength = this.byLength as Map<number, string | Set<string>>;
    const bucket = byLength.get(text.length);
    if (bucket === undefined) byLength.set(text.length, text);
    else if (typeof bucket !== 'string') bucket.add(text);
    else if (bucket !== text) byLength.set(text.length, new Set([bucket, text]));
  }
}

/** How many texts a TextSet keeps in a list before it sorts them by length. */
const FEW_TEXTS = 16;

/** A headline-shaped line behind a short label and a colon: `Up Next: …`, `VIDEO ABOVE: …`. */
const LABELLED_LINK = /^\p{L}[\p{L}\s]{0,18}:\s+\S/u;

/**
 * A link to another story or a video set under a story's byline (`Up Next: …`, `WATCH: …`): a
 * label and a colon before a headline. Callers ask only past the byline, where the story's own
 * headline has been printed already.
 */
export function isLabelledLink(text: string): boolean {
  return LABELLED_LINK.test(text);
}
