// What each unit is, on its own and in the light of the whole file: copy, a headline-shaped line, a
// caption or credit, a byline or time, or page furniture with its reason. Per file, not per site:
// what recurs across the file's stories is furniture; prose is told from furniture by its shape
// (length, density of function words, sentence punctuation), in the spirit of jusText.

import type { Published, RemovalReason } from '../model';
import {
  isFiledFrom,
  isJournalistRole,
  isLikelyName,
  isNameList,
  isPersonName,
  isRoleLine,
  parseMetaLine,
  parseNameAndRole,
  parseNameCommaPlace,
  parseNameInPlace,
  parsePlaceDash,
  type MetaLine,
} from './byline';
import { parseCaptionLabel, parseCreditLine } from './caption';
import { lineFurniture, type LineRule } from './furniture';
import { AGENCIES, FUNCTION_WORD_SETS, SUMMARY_LABELS } from './lexicon';
import { withoutLabel } from './published';
import {
  differAtOnce,
  endsSentence,
  functionWordRatio,
  lineKey,
  mainScript,
  opensInLowerCase,
  sentenceCount,
  words,
} from './text';
import { fewWordsOf, wordsOf, type Unit } from './units';

export type Kind =
  /** Copy by its shape: a sentence of some length, dense with function words. */
  | 'prose'
  /** A short sentence: copy, but not enough to anchor a story on. */
  | 'copy'
  /** Short, no closing full stop: a headline, a subheading, or another story's headline in a list. */
  | 'heading'
  /** A caption with its credit, or a line doubled as scrapers double captions. */
  | 'caption'
  /** A credit alone on its line (`Photo: AFP`): it belongs to the caption beside it. */
  | 'credit-line'
  /** `Image caption, text`: a caption by its label. */
  | 'caption-label'
  /** A byline, a publication time, or both. */
  | 'meta'
  /** Page furniture: see `reason`. */
  | 'furniture'
  /** A lone short token with no lower case: `TT`, `AP`. */
  | 'logo'
  /** An image's alt text printed beside its caption, saying the same. */
  | 'alt-text';

/** Why a unit is furniture, and which rule said so (a LINE_RULES id or a context rule below). */
export interface FurnitureMark {
  reason: RemovalReason;
  rule: string;
}

export interface Facts {
  kind: Kind[];
  furniture: (FurnitureMark | null)[];
  meta: (MetaLine | null)[];
  /** A person's name line with a role line under it: a byline in two lines (index of the role line). */
  roleLine: Int32Array;
  /** Index of the same text a few units ahead (a doubled headline or caption), or -1. */
  twinAhead: Int32Array;
  /** Index of the same text a few units behind, or -1. */
  twinBehind: Int32Array;
  /** The line recurs elsewhere in the file, far from itself: template text of the site. */
  recurring: Uint8Array;
  keys: string[];
  /** Function words of the file's language, or null when its language is not one we know. */
  functionWords: ReadonlySet<string> | null;
  /** The blank lines the file puts between paragraphs. */
  paragraphGap: number;
  /** The script of the file's copy, so that short lines in another script read as furniture. */
  script: ReturnType<typeof mainScript>;
}

/** Lines longer than this are copy or captions, never recurring furniture: they get no key. */
const KEY_MAX_LENGTH = 160;

/** How far (in units) a doubled headline or caption may stand from its twin. */
export const TWIN_WINDOW = 15;

/** Longest line that can be furniture by recurring: menus and labels are short, copy is not. */
const RECUR_MAX_WORDS = 12;

export function classify(units: Unit[]): Facts {
  const n = units.length;
  const functionWords = detectLanguage(units);
  const script = fileScript(units);
  const { twinAhead, twinBehind } = findTwins(units);

  const kind = new Array<Kind>(n);
  const furniture = new Array<FurnitureMark | null>(n).fill(null);
  const meta = new Array<MetaLine | null>(n).fill(null);
  // Lines a file prints again and again (a site's menus and labels, a logo on every page, a stock
  // picture's caption printed twice wherever it is used) read the same every time: a single line's
  // text is read once alone and once doubled, as the two read apart. A wrapped line reads apart too.
  const readings = new Map<string, Reading>();
  const doubledReadings = new Map<string, Reading>();
  for (let i = 0; i < n; i++) {
    const unit = units[i] as Unit;
    // A doubled line is what its first copy was: read once.
    const twin = twinBehind[i] as number;
    if (twin !== -1) {
      kind[i] = kind[twin] as Kind;
      furniture[i] = furniture[twin] ?? null;
      meta[i] = meta[twin] ?? null;
      continue;
    }
    if (isPlainCopy(unit)) {
      kind[i] = 'prose';
      continue;
    }
    const doubled = twinAhead[i] !== -1;
    const read = unit.firstLine !== unit.lastLine ? null : doubled ? doubledReadings : readings;
    let reading = read?.get(unit.text);
    if (reading === undefined) {
      reading = readUnit(unit, functionWords, doubled);
      read?.set(unit.text, reading);
    }
    kind[i] = reading.kind;
    if (reading.rule) furniture[i] = { reason: reading.rule.reason, rule: reading.rule.id };
    // Each line its own reading: stories take their byline and time from it.
    if (reading.meta)
      meta[i] = { byline: reading.meta.byline, published: copyOf(reading.meta.published) };
  }

  // Keys compare short lines only (recurring furniture, the site's template): copy needs none.
  // A text printed again has the key it had (one string, hashed once where keys are counted).
  const keys: string[] = new Array<string>(n);
  const keyOf = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const u = units[i] as Unit;
    // A doubled line has its first copy's key.
    const twin = twinBehind[i] as number;
    if (twin !== -1) {
      keys[i] = keys[twin] as string;
      continue;
    }
    if (kind[i] === 'prose' || u.text.length > KEY_MAX_LENGTH || fewWordsOf(u) > RECUR_MAX_WORDS) {
      keys[i] = '';
      continue;
    }
    let key = keyOf.get(u.text);
    if (key === undefined) {
      key = lineKey(u.text);
      keyOf.set(u.text, key);
    }
    keys[i] = key;
  }
  const recurring = findRecurring(keys, twinBehind);
  const roleLine = new Int32Array(n).fill(-1);
  markNameAndRoleLines(units, kind, meta, roleLine);
  markNamesInPlace(units, kind, meta);
  markTimeLabels(units, kind, meta, furniture);
  markCaptionsOverCredits(units, kind);
  markPageTitles(units, kind, furniture);
  markAltText(units, kind);

  markContextFurniture(units, kind, furniture, recurring, script);
  markRelatedLists(units, kind, furniture);
  markColonLists(units, kind, furniture);
  markCardLists(units, kind, meta, furniture, twinAhead, twinBehind);
  markPostLinks(units, kind, furniture);
  markKickers(units, kind, furniture);
  markBoxLabels(units, kind, furniture, recurring);
  markReadLabels(units, kind, furniture);
  markVideoTitles(units, kind, furniture);
  markQuoteCards(units, kind, furniture);
  return {
    kind,
    furniture,
    meta,
    roleLine,
    twinAhead,
    twinBehind,
    recurring,
    keys,
    functionWords,
    paragraphGap: paragraphGap(units, kind, twinAhead, twinBehind),
    script,
  };
}

/** What a unit is by itself, and the furniture rule or the byline and time that say so. */
interface Reading {
  kind: Kind;
  rule: LineRule | null;
  meta: MetaLine | null;
}

function readUnit(
  unit: Unit,
  functionWords: ReadonlySet<string> | null,
  doubled: boolean,
): Reading {
  // A line ending in a credit is a caption or copy, never a menu or a byline, unless short.
  const credited = unit.credit !== null && unit.credit.credit !== null && wordsOf(unit) > 8;
  const rule = credited ? null : lineFurniture(unit.text);
  const metaLine = rule || credited ? null : parseMetaLine(unit.text);
  if (metaLine) return { kind: 'meta', rule: null, meta: metaLine };
  if (rule) return { kind: 'furniture', rule, meta: null };
  return { kind: shapeOf(unit, functionWords, doubled), rule: null, meta: null };
}

const copyOf = (published: Published | null) => published && { ...published };

/**
 * Most of a dump is long sentences of copy: they are told at a glance, without trying every rule.
 * Only a line that could still be furniture of the longer kinds (a cookie notice, a promotion, a
 * footer) or a caption goes the long way.
 */
function isPlainCopy(unit: Unit): boolean {
  const { text } = unit;
  if (unit.credit !== null || !endsSentence(text)) return false;
  if (fewWordsOf(unit) < PLAIN_COPY_WORDS) return false;
  return !FURNITURE_OPENINGS.test(text) && !FURNITURE_EARLY.test(text.slice(0, 100));
}

const PLAIN_COPY_WORDS = 12;
/**
 * How longer furniture opens: a link set in the copy, tags, a byline, a credit or caption label, a
 * promotion (`Sign up for…`, `Download…`), a footer (`© 2024…`), a print-edition note, an
 * affiliate disclosure (`When you buy … we receive a commission`).
 */
const FURNITURE_OPENINGS =
  /^(?:read|watch|listen|related|tags|posted|filed|submitted|by|image|photo|picture|next|previous|source|find out|sign|subscribe|download|follow|get|join|support|enjoying|don.t miss|never miss|stay|want|already|become|click|tap|try|enter|turn on|enable|copyright|advertisement|a version of this|this (?:article|story|essay|review) (?:appears|appeared)|when you buy|if you buy|we may earn)\b|^(?:©|\(c\))/i;
/**
 * What longer furniture says early on: a consent notice (cookie, privacy, our partners), a
 * newsletter, a copyright footer (rights reserved), market data's delay notice (data is delayed). Each phrase is found from a letter copy seldom
 * has (k, w, v, p) and read back from there: phrases opening on common letters would be tried at
 * most places of every paragraph, and every paragraph of a dump is asked.
 */
const FURNITURE_EARLY =
  /k(?<=cook)ie|w(?<=new)sletter|v(?<=rights reserv)ed|v(?<=priv)acy|p(?<=our p)artners|y(?<=(?:data|quotes|prices)(?: is| are)? dela)ed/i;

/** The kind a unit has by its own shape, before context. */
function shapeOf(unit: Unit, functionWords: ReadonlySet<string> | null, doubled: boolean): Kind {
  const { text } = unit;
  if (isTinyToken(text)) return 'logo';
  if (parseCaptionLabel(text) !== null) return 'caption-label';
  if (wordsOf(unit) <= 12 && parseCreditLine(text) !== null) return 'credit-line';
  if (unit.credit !== null) {
    // Decided for good in story.ts, which weighs the caption's form and place.
    return 'caption';
  }
  if (isProse(text, functionWords, wordsOf(unit))) return 'prose';
  // List items and interview lines are copy, one paragraph each, however short.
  if (LIST_OR_INTERVIEW.test(text)) return 'copy';
  if (isHeadlineShaped(unit)) return 'heading';
  // A doubled phrase is a caption without credit, as scrapers double pictures' captions.
  return doubled && !endsSentence(text) ? 'caption' : 'copy';
}

const LIST_OR_INTERVIEW = /^(?:[•·▪◦‣*–—-]\s*\S|\d{1,2}[.)]\s+\S|[QA][:.]\s)/u;

/** A lone short token with no lowercase letter: `TT`, `AP`, `N24`. Only ever a logo. */
export function isTinyToken(text: string): boolean {
  return text.length <= 4 && HAS_LETTER.test(text) && !HAS_LOWER.test(text);
}

// Patterns asked of every unit are made once: one written in a function is a new object each call.
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
/** Copy ends in a full stop or a clause's mark; a headline may end in a teasing `...`. */
const ENDS_LIKE_COPY = /[.,;:]$/;
const ENDS_TEASING = /(?:\.\.\.|…)$/;
const ENDS_STOP = /[.!?]$/;

/**
 * Prose by shape: a sentence of some length whose words are a fair share function words. Without a
 * known language, length and a closing full stop must do.
 */
export function isProse(
  text: string,
  functionWords: ReadonlySet<string> | null,
  words: number,
): boolean {
  if (words < 8) return false;
  // The opening few dozen words are a fair sample: long paragraphs need not be read whole.
  const ratio = functionWords ? functionWordRatio(text.slice(0, 300), functionWords) : 0.3;
  if (endsSentence(text)) return ratio >= 0.12;
  // A long line without a closing stop still reads as copy (a standfirst, a paragraph cut short).
  return words >= 16 && ratio >= 0.22;
}

/** Short, no closing full stop, not opening in lower case: a headline or a line like one. */
export function isHeadlineShaped(unit: Unit): boolean {
  const { text } = unit;
  return (
    unit.firstLine === unit.lastLine &&
    unit.credit === null &&
    text.length <= 200 &&
    wordsOf(unit) <= 25 &&
    wordsOf(unit) >= 2 &&
    // Copy ends in a full stop; a headline may end in `?`, `!`, quotes or a teasing `...`.
    (!ENDS_LIKE_COPY.test(text) || ENDS_TEASING.test(text)) &&
    // Lower case opens copy that runs on, but not a brand headline: `iTunes now sells…`, `eBay profits…`.
    !opensInLowerCase(text) &&
    HAS_LETTER.test(text) &&
    !isTinyToken(text)
  );
}

/** The language whose function words the file's longer lines are densest in, if any is. */
function detectLanguage(units: Unit[]): ReadonlySet<string> | null {
  const hits = new Map<string, number>();
  let total = 0;
  // A sample is enough: the first few hundred long lines.
  for (let i = 0, seen = 0; i < units.length && seen < 120; i++) {
    const text = (units[i] as Unit).text;
    if (fewWordsOf(units[i] as Unit) < 12) continue;
    seen++;
    const sample = words(text.slice(0, 600));
    total += sample.length;
    for (const [lang, set] of Object.entries(FUNCTION_WORD_SETS)) {
      let found = 0;
      for (const w of sample) if (set.has(w)) found++;
      hits.set(lang, (hits.get(lang) ?? 0) + found);
    }
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, count] of hits) if (count > bestHits) [best, bestHits] = [lang, count];
  return best && total > 0 && bestHits / total >= 0.15 ? (FUNCTION_WORD_SETS[best] ?? null) : null;
}

function fileScript(units: Unit[]): ReturnType<typeof mainScript> {
  const counts = new Map<string, number>();
  for (let i = 0, seen = 0; i < units.length && seen < 120; i++) {
    const text = (units[i] as Unit).text;
    if (fewWordsOf(units[i] as Unit) < 10) continue;
    seen++;
    const s = mainScript(text.slice(0, 300));
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: ReturnType<typeof mainScript> = 'none';
  let bestCount = 0;
  for (const [s, c] of counts) if (c > bestCount) [best, bestCount] = [s as typeof best, c];
  return best;
}

/** Doubled lines: the same text again within TWIN_WINDOW units (compared directly: few neighbours). */
function findTwins(units: Unit[]): { twinAhead: Int32Array; twinBehind: Int32Array } {
  const n = units.length;
  const twinAhead = new Int32Array(n).fill(-1);
  const twinBehind = new Int32Array(n).fill(-1);
  // Scrapers double a headline or caption around a picture, never across copy: a line seen again
  // after a paragraph is the same story pasted again, not doubled output.
  const copy = new Uint8Array(n);
  // Lengths first, from one array: most neighbours differ in length, and are then never read.
  const length = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const text = (units[i] as Unit).text;
    copy[i] = fewWordsOf(units[i] as Unit) >= 12 && endsSentence(text) ? 1 : 0;
    length[i] = text.length;
  }
  for (let i = 0; i < n; i++) {
    const text = (units[i] as Unit).text;
    for (let prev = i - 1; prev >= Math.max(0, i - TWIN_WINDOW); prev--) {
      if (length[prev] === text.length && (units[prev] as Unit).text === text) {
        if (twinAhead[prev] === -1) twinAhead[prev] = i;
        twinBehind[i] = prev;
        break;
      }
      if (copy[prev]) break;
    }
  }
  return { twinAhead, twinBehind };
}

/**
 * Short lines whose text (digits and case folded) recurs in the file away from its own doubling:
 * the site's template, printed on every page. A line that only recurs as a near twin is a doubled
 * headline or caption, not template.
 */
function findRecurring(keys: string[], twinBehind: Int32Array): Uint8Array {
  const recurring = new Uint8Array(keys.length);
  // A near twin has the same text, so the same key: a key's places are its occurrences with no twin
  // behind. Counted per key first, then every occurrence of a key with two places or more marked.
  const places = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    // Only short lines have keys (see classify): copy never recurs as furniture.
    const key = keys[i] as string;
    if (key.length === 0) continue;
    const count = places.get(key) ?? 0;
    places.set(key, twinBehind[i] === -1 ? count + 1 : count);
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key.length > 0 && (places.get(key) as number) >= 2) recurring[i] = 1;
  }
  return recurring;
}

/** Unit `i` is page furniture, removed for `reason`, as the context rule `rule` found. */
function markFurniture(
  kind: Kind[],
  furniture: (FurnitureMark | null)[],
  i: number,
  reason: RemovalReason,
  rule: string,
): void {
  kind[i] = 'furniture';
  furniture[i] = { reason, rule };
}

/**
 * Furniture that shows only in context: a run of very short lines (a menu, one item a line), short
 * lines in another script than the copy (the Arabic menu of an English page), and a short line
 * that recurs through the file without being copy.
 */
function markContextFurniture(
  units: Unit[],
  kind: Kind[],
  furniture: (FurnitureMark | null)[],
  recurring: Uint8Array,
  script: ReturnType<typeof mainScript>,
): void {
  const n = units.length;
  const mark = (i: number, reason: RemovalReason, rule: string) =>
    markFurniture(kind, furniture, i, reason, rule);
  const menuItem = (i: number) => {
    const unit = units[i] as Unit;
    return (
      (kind[i] === 'heading' || kind[i] === 'copy' || kind[i] === 'furniture') &&
      wordsOf(unit) <= 3 &&
      !endsSentence(unit.text) &&
      unit.gapBefore <= 1
    );
  };
  // Which units could be a menu's items, read once for both kinds of run below (marking an item
  // furniture keeps it one).
  const item = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (menuItem(i)) item[i] = 1;
  // Menus: four or more one-to-three-word lines in a row, or three with a nav line among them.
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && item[j] && (j === i || (units[j] as Unit).gapBefore === 0)) j++;
    if (j - i >= 4 || (j - i >= 3 && hasNav(furniture, i, j))) {
      for (let k = i; k < j; k++) if (kind[k] !== 'furniture') mark(k, 'nav', 'menu-run');
    }
    i = Math.max(j, i + 1);
  }
  // Menus a block a line, as pages that print every element apart copy them: one blank line between
  // the items, so a longer run is asked for, and no list item (`• Eggs`) counts.
  const spacedItem = (i: number) => item[i] && !LIST_OR_INTERVIEW.test((units[i] as Unit).text);
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && (j === i || (units[j] as Unit).gapBefore === 1) && spacedItem(j)) j++;
    if (j - i >= 5 || (j - i >= 4 && hasNav(furniture, i, j))) {
      for (let k = i; k < j; k++) if (kind[k] !== 'furniture') mark(k, 'nav', 'menu-run');
    }
    i = Math.max(j, i + 1);
  }
  for (let i = 0; i < n; i++) {
    if (kind[i] === 'furniture' || kind[i] === 'meta') continue;
    const text = (units[i] as Unit).text;
    if (script === 'none' || fewWordsOf(units[i] as Unit) > 6 || ENDS_STOP.test(text)) continue;
    const own = mainScript(text);
    if (own !== script && own !== 'none') mark(i, 'nav', 'other-script');
  }
  // The site's own short lines, printed on every page: its name, labels, bylines of the desk. Longer
  // headline-shaped lines that recur are other stories' headlines in lists, and a story's own
  // headline may be among them: those are left for the boundary and story rules to place. A short
  // line standing between two paragraphs is a subheading, however often the file uses it.
  const prose = (k: number) => kind[k] === 'prose';
  for (let i = 0; i < n; i++) {
    if (!recurring[i] || kind[i] === 'furniture' || kind[i] === 'meta' || kind[i] === 'prose')
      continue;
    if (kind[i] === 'logo' || (prose(i - 1) && prose(i + 1))) continue;
    // A heading that leads into a picture, a byline or copy is a story's headline or subheading,
    // however often the file prints it (the same story may be pasted twice).
    const leads = LEADS_INTO.has(kind[i + 1]);
    if (kind[i] === 'heading' ? !leads && wordsOf(units[i] as Unit) <= 3 : kind[i] === 'copy')
      mark(i, 'boilerplate', 'recurring');
  }
}

/** A nav line among units [from, to). */
function hasNav(furniture: (FurnitureMark | null)[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (furniture[k]?.reason === 'nav') return true;
  return false;
}

/** What a heading leads into when it is a story's headline or subheading, not a site's label. */
const LEADS_INTO: ReadonlySet<Kind | undefined> = new Set<Kind>([
  'prose',
  'copy',
  'caption',
  'caption-label',
  'credit-line',
  'meta',
]);

/**
 * A byline in two or three lines, as broadcasters print it: the names, then a role line or two
 * (`Jane Doe` / `Political correspondent` / `Reporting from Kyiv`).
 */
function markNameAndRoleLines(
  units: Unit[],
  kind: Kind[],
  meta: (MetaLine | null)[],
  roleLine: Int32Array,
): void {
  // Pages that set every line apart may put a blank line between the name and the role.
  const close = (k: number) => (units[k] as Unit).gapBefore <= 1;
  // A role, where it was filed from, or the wire the reporter writes for (`Associated Press`,
  // which alone would read as a picture credit).
  const roleOrPlace = (k: number) => {
    const text = (units[k] as Unit).text;
    return isRoleLine(text) || isFiledFrom(text) || isWireName(text);
  };
  for (let i = 0; i + 1 < units.length; i++) {
    const unit = units[i] as Unit;
    // Cheap tests first: most lines have no short line under them to be a role.
    if (fewWordsOf(units[i + 1] as Unit) > 9 || !close(i + 1)) continue;
    const byLine = kind[i] === 'meta' && meta[i]?.byline != null && meta[i]?.published === null;
    const nameLine =
      (kind[i] === 'heading' || kind[i] === 'copy') && wordsOf(unit) <= 8 && isNameList(unit.text);
    if ((!byLine && !nameLine) || !close(i + 1) || !roleOrPlace(i + 1)) continue;
    // A site's name over its motto reads like a name over a role: a name needs a given name, or
    // a role only a journalist has.
    const next = (units[i + 1] as Unit).text;
    if (nameLine && !isLikelyName(unit.text) && !isJournalistRole(next) && !isFiledFrom(next))
      continue;
    // The byline is the names and the role; `Reporting from Kyiv` is removed with them, not kept.
    const role = (units[i + 1] as Unit).text;
    const names = byLine ? (meta[i]?.byline as string) : unit.text;
    kind[i] = 'meta';
    const affiliation = isRoleLine(role) || isWireName(role);
    meta[i] = { byline: affiliation ? `${names}, ${role}` : names, published: null };
    for (let k = i + 1; k < units.length && k <= i + 2; k++) {
      if (k > i + 1 && (!close(k) || !roleOrPlace(k))) break;
      kind[k] = 'meta';
      meta[k] = { byline: null, published: null };
      roleLine[k - 1] = k;
    }
  }
  // A name alone on its line, where a reader would take it for a byline: a given name first. And
  // `Reporting from Kyiv` on its own: part of the byline block, though not of the byline.
  for (let i = 0; i < units.length; i++) {
    const text = (units[i] as Unit).text;
    if (kind[i] === 'heading' && isFiledFrom(text)) {
      kind[i] = 'meta';
      meta[i] = { byline: null, published: null };
      continue;
    }
    // Most names are two or three words; a longer line with a given name first may be a title-case
    // headline (`Georgia Plans Hidden Asset Pardon`), and is a byline only under a headline.
    if (kind[i] !== 'heading') continue;
    const words = wordsOf(units[i] as Unit);
    if (words <= 6 && (words <= 3 || headingJustAbove(kind, i)) && isLikelyName(text)) {
      kind[i] = 'meta';
      meta[i] = { byline: text, published: null };
    }
  }
}

/** A news wire's name alone: `Associated Press`, `AFP`, `Reuters`. */
const isWireName = (text: string) => text.length <= 30 && AGENCIES.has(text.toLowerCase());

/**
 * `Jane Doe in Beirut` beside a publication time or another byline line is a byline, when the
 * names open with a given name or a headline stands just above (the line is then not the headline).
 */
function markNamesInPlace(units: Unit[], kind: Kind[], meta: (MetaLine | null)[]): void {
  for (let i = 0; i < units.length; i++) {
    // The neighbours first: few headings stand beside a byline or a time.
    if (kind[i] !== 'heading' || !metaBeside(kind, meta, i)) continue;
    const text = (units[i] as Unit).text;
    const inPlace = parseNameInPlace(text);
    const comma = inPlace === null ? parseNameCommaPlace(text) : null;
    const names = inPlace ?? comma?.names ?? null;
    // Title-case headlines read like names (`Yeading Face Newcastle in FA Cup`): more is needed.
    if (names !== null && (isLikelyName(names) || headingJustAbove(kind, i))) {
      kind[i] = 'meta';
      meta[i] = { byline: comma?.byline ?? names, published: null };
      continue;
    }
    const byline = parseNameAndRole(text) ?? nameAlone(units, kind, meta, i);
    if (byline !== null) {
      kind[i] = 'meta';
      meta[i] = { byline, published: null };
    }
  }
  // A social handle under a byline (`@janedoe`) is part of it.
  for (let i = 1; i < units.length; i++) {
    if (kind[i - 1] !== 'meta' || !meta[i - 1]?.byline || !HANDLE.test((units[i] as Unit).text))
      continue;
    kind[i] = 'meta';
    meta[i] = { byline: null, published: null };
  }
}

const HANDLE = /^@[\p{L}\d_.]{2,30}$/u;
/** `Jane Doe | TNN`: a name, a bar and the desk's or wire's code in capitals. */
const NAME_BAR_CODE = /^(.+?) \| \p{Lu}{2,6}$/u;

/**
 * A byline printed without `By` beside a byline or a time: names alone (`Jane Doe`) when a given
 * name, a handle under them (`@janedoe`) or the headline just above the time says so, as title-case
 * headlines read like names; names and a desk's code (`Jane Doe | TNN`).
 */
function nameAlone(
  units: Unit[],
  kind: Kind[],
  meta: (MetaLine | null)[],
  i: number,
): string | null {
  const text = (units[i] as Unit).text;
  const coded = NAME_BAR_CODE.exec(text);
  if (coded?.[1] && isNameList(coded[1])) return text;
  // Over a `By` line, a name-like line is the headline (`Oscar Nominee Jane Doe Dies`).
  if (!isNameList(text) || text.split(' ').length > 4 || meta[i + 1]?.byline) return null;
  const handleBelow = HANDLE.test((units[i + 1] as Unit | undefined)?.text ?? '');
  const underTime =
    kind[i - 1] === 'meta' && (kind[i - 2] === 'heading' || kind[i - 3] === 'heading');
  return isLikelyName(text) || handleBelow || underTime ? text : null;
}

/**
 * `Published` or `Last updated` alone on its line, the time on the next: the time's label, removed
 * with it. Left alone, the label would open the story's body.
 */
function markTimeLabels(
  units: Unit[],
  kind: Kind[],
  meta: (MetaLine | null)[],
  furniture: (FurnitureMark | null)[],
): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const next = meta[i + 1];
    if (kind[i + 1] !== 'meta' || !next?.published || (units[i + 1] as Unit).gapBefore > 1)
      continue;
    const { text } = units[i] as Unit;
    if (text.length > 24 || withoutLabel(text) !== '') continue;
    markFurniture(kind, furniture, i, 'timestamp', 'time-label');
  }
}

/**
 * A byline or a time read within two units of unit `i`. A function of the file's arrays, not a
 * closure: it is asked of every heading, and a closure made for each was garbage to collect.
 */
function metaBeside(kind: Kind[], meta: (MetaLine | null)[], i: number): boolean {
  for (let k = i - 2; k <= i + 2; k++)
    if (k !== i && kind[k] === 'meta' && meta[k] !== null) return true;
  return false;
}

/** A headline-shaped line stands within three units above unit `i`. */
function headingJustAbove(kind: Kind[], i: number): boolean {
  return kind[i - 1] === 'heading' || kind[i - 2] === 'heading' || kind[i - 3] === 'heading';
}

/** A short line with a credit line right under it (`Photo: AFP`, `Credit: Jane Doe`) is a caption. */
function markCaptionsOverCredits(units: Unit[], kind: Kind[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    if (kind[i + 1] !== 'credit-line' || (units[i + 1] as Unit).gapBefore > 0) continue;
    // `Image source, X` heads the caption under it, not the line above.
    if (
      kind[i + 2] === 'caption-label' ||
      /^(?:image|picture) source\b/i.test((units[i + 1] as Unit).text)
    )
      continue;
    if (kind[i] !== 'heading' && kind[i] !== 'copy' && kind[i] !== 'prose') continue;
    if (wordsOf(units[i] as Unit) <= 60) kind[i] = 'caption';
  }
}

/**
 * `Headline – Reuters` over `Headline`, where a page starts: the page's title, naming its site,
 * not a caption credited to an agency (a caption's alt text repeats it too, but mid-page).
 */
function markPageTitles(units: Unit[], kind: Kind[], furniture: (FurnitureMark | null)[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const unit = units[i] as Unit;
    if (kind[i] !== 'caption' || unit.credit?.form !== 'dash' || kind[i + 1] !== 'heading')
      continue;
    const pageStart = i === 0 || unit.gapBefore >= 2 || furniture[i - 1]?.rule === 'address';
    if (pageStart && (units[i + 1] as Unit).text === unit.credit.text) kind[i] = 'heading';
  }
}

const isCaptionKind = (k: Kind | undefined) => k === 'caption' || k === 'caption-label';

/** The first letters of two lines, case aside, agree. */
function sameOpening(a: string, b: string): boolean {
  return !differAtOnce(a, b) && a.slice(0, 6).toLowerCase() === b.slice(0, 6).toLowerCase();
}

/** Alt text: a line saying what the caption beside it says, without its credit. */
function markAltText(units: Unit[], kind: Kind[]): void {
  const captionText = (k: number): string | null => {
    if (k < 0 || k >= units.length) return null;
    if (kind[k] === 'caption') return (units[k] as Unit).credit?.text ?? (units[k] as Unit).text;
    if (kind[k] === 'caption-label') return parseCaptionLabel((units[k] as Unit).text);
    return null;
  };
  /** The caption at `k` is `text` again: it opens the same, and its key starts with text's. */
  const says = (k: number, text: string): boolean => {
    const caption = captionText(k);
    // Alt text opens as its caption does: compare keys only when the openings agree.
    if (caption === null || !sameOpening(caption, text)) return false;
    const key = lineKey(text);
    return key.length >= 12 && lineKey(caption).startsWith(key);
  };
  for (let i = 0; i < units.length; i++) {
    if (kind[i] !== 'heading' && kind[i] !== 'copy' && kind[i] !== 'prose') continue;
    const text = (units[i] as Unit).text;
    if (text.length > 400) continue;
    // The caption may stand right after it or right before it, a credit line between them.
    const after = kind[i + 1] === 'credit-line' ? i + 2 : i + 1;
    const before = kind[i - 1] === 'credit-line' ? i - 2 : i - 1;
    if (!isCaptionKind(kind[after]) && !isCaptionKind(kind[before])) continue;
    if (says(after, text) || says(before, text)) kind[i] = 'alt-text';
  }
}

/** Rules whose lines can be items of a related list: sections and tags, repeated menu entries. */
const LIST_ITEM_RULES = new Set(['section-name', 'menu-run', 'recurring', 'kicker']);

/**
 * The lists under a related label (`Related`, `More on this story`, `Most read`): the headlines,
 * their teasers and times, up to the first line that stands apart from the list (a wider gap than
 * the list's own) or is long copy, page furniture of another kind, or twenty lines on.
 */
function markRelatedLists(units: Unit[], kind: Kind[], furniture: (FurnitureMark | null)[]): void {
  for (let i = 0; i < units.length; i++) {
    if (furniture[i]?.rule !== 'related-label') continue;
    const listGap = units[i + 1]?.gapBefore ?? 0;
    let k = i + 1;
    for (; k < units.length && k <= i + 20; k++) {
      const unit = units[k] as Unit;
      if (unit.gapBefore > listGap) break;
      const mark = furniture[k];
      // Topic tags under the label read as sections or recur on every page; footers end the list.
      const listed = mark && (mark.reason === 'related' || LIST_ITEM_RULES.has(mark.rule));
      if (mark && !listed) break;
      // Teasers under headlines are short prose in a tight list; in a list spaced like paragraphs,
      // prose is the copy going on, unless it is one sentence between two listed headlines.
      if (kind[k] === 'prose' && (wordsOf(unit) > 30 || (listGap > 0 && !isSpacedTeaser(k)))) break;
      if (!['heading', 'copy', 'prose', 'meta', 'furniture'].includes(kind[k] as string)) break;
      if (!mark || mark.reason !== 'related') {
        markFurniture(kind, furniture, k, 'related', 'related-list');
      }
    }
    i = k - 1;
  }

  function isSpacedTeaser(k: number): boolean {
    return (
      furniture[k - 1]?.rule === 'related-list' &&
      kind[k - 1] === 'furniture' &&
      wordsOf(units[k - 1] as Unit) <= 15 &&
      kind[k + 1] === 'heading' &&
      sentenceCount((units[k] as Unit).text) === 1
    );
  }
}

/**
 * Headlines under a label that ends in a colon (`Don't miss these stories from us:`), tight
 * together: a list of other stories, labelled in the site's own words. The label must be furniture
 * already or speak of stories or reading; a list in the copy (`The measures include:`) does not.
 */
function markColonLists(units: Unit[], kind: Kind[], furniture: (FurnitureMark | null)[]): void {
  for (let i = 0; i + 2 < units.length; i++) {
    const label = units[i] as Unit;
    if (!label.text.endsWith(':') || wordsOf(label) > 12) continue;
    if (kind[i] !== 'furniture' && !STORY_WORDS.test(label.text)) continue;
    let k = i + 1;
    while (k < units.length && kind[k] === 'heading' && (units[k] as Unit).gapBefore === 0) k++;
    if (k - i - 1 < 2) continue;
    if (kind[i] !== 'furniture') {
      markFurniture(kind, furniture, i, 'related', 'related-list');
    }
    for (let j = i + 1; j < k; j++) {
      markFurniture(kind, furniture, j, 'related', 'related-list');
    }
    i = k - 1;
  }
}
const STORY_WORDS = /\b(?:read|reading|stories|story|headlines|coverage|related|miss|more)\b/i;

/** Teasers are short: a sentence or two. */
const TEASER_WORDS = 45;

/**
 * Cards of other stories without a label over them: a headline, perhaps a teaser sentence, perhaps
 * a time (`2 hrs ago`), again and again, tight together. Three cards, or two with times, make a list
 * when what follows is not long copy (a story with a subheading every short paragraph runs on into
 * copy; a list of cards ends).
 */
function markCardLists(
  units: Unit[],
  kind: Kind[],
  meta: (MetaLine | null)[],
  furniture: (FurnitureMark | null)[],
  twinAhead: Int32Array,
  twinBehind: Int32Array,
): void {
  // A doubled line is a headline or caption printed twice, not a card.
  // A `Place - Who` line is a byline or a dateline, not a card.
  const card = (k: number) =>
    kind[k] === 'heading' &&
    twinAhead[k] === -1 &&
    twinBehind[k] === -1 &&
    parsePlaceDash((units[k] as Unit).text) === null;
  const short = (k: number) => wordsOf(units[k] as Unit) <= TEASER_WORDS;
  const tight = (k: number) => (units[k] as Unit).gapBefore <= 1;
  const copy = (k: number) => kind[k] === 'prose' || kind[k] === 'copy';
  // A card's time is a time alone (`2 hrs ago`), not a byline.
  const time = (k: number) => kind[k] === 'meta' && !meta[k]?.byline && meta[k]?.published != null;
  // The lists found, marked once every list is known (see below).
  const inList = new Uint8Array(units.length);
  let lists = 0;
  for (let i = 0; i < units.length; i++) {
    if (!card(i)) continue;
    let k = i;
    let cards = 0;
    let teasers = 0;
    let timed = 0;
    while (k < units.length && card(k) && (k === i || tight(k))) {
      cards++;
      k++;
      if (k < units.length && tight(k) && copy(k) && short(k)) {
        teasers++;
        k++;
      }
      if (k < units.length && tight(k) && time(k)) {
        timed++;
        k++;
      }
    }
    // A list ends; a story's header (a byline, a time) or its copy goes on. A page's foot may end it.
    const after = k < units.length && (kind[k] === 'meta' || (copy(k) && !short(k)));
    const footAfter = k >= units.length || furniture[k]?.reason === 'footer';
    const list =
      (cards >= 3 && teasers >= 2 && teasers + timed >= cards - 1) ||
      (cards >= 2 && timed >= 2) ||
      (cards >= 2 && teasers + timed >= 2 && footAfter);
    if (list && !after) {
      // A short line set apart above the cards is the list's own label.
      const label = i > 0 && card(i - 1) && wordsOf(units[i - 1] as Unit) <= 4;
      inList.fill(1, label ? i - 1 : i, k);
      lists++;
    }
    i = Math.max(i, k - 1);
  }
  // Cards point to stories elsewhere, beside a story of the page's own. A file of nothing but cards
  // (a news-in-brief column: a headline and a paragraph, again and again) is those stories.
  if (lists === 0 || !kind.some((k, m) => k === 'prose' && inList[m] === 0)) return;
  for (let m = 0; m < units.length; m++) {
    if (inList[m] === 0) continue;
    markFurniture(kind, furniture, m, 'related', 'card-list');
  }
}

/** What may follow a headline before its copy starts: the kicker test looks one unit past it. */
const UNDER_HEADLINE: ReadonlySet<Kind> = new Set<Kind>([
  'prose',
  'copy',
  'meta',
  'caption',
  'credit-line',
  'caption-label',
  'furniture',
]);

/**
 * A kicker by its shape: a line of one to three words with no closing mark, set off above (the
 * start of the text, furniture, a page title, or a wider gap than the one under it) and sitting on a longer
 * headline-shaped line: a section or series label (`Essay`, `The Big Story`) whatever it says. The
 * kicker rule knows the common words; this knows the place. A byline's name line is not one.
 */
function markKickers(units: Unit[], kind: Kind[], furniture: (FurnitureMark | null)[]): void {
  for (let i = 0; i + 2 < units.length; i++) {
    if (kind[i] !== 'copy' && kind[i] !== 'heading') continue;
    if (kind[i + 1] !== 'heading' || !UNDER_HEADLINE.has(kind[i + 2] as Kind)) continue;
    const unit = units[i] as Unit;
    const next = units[i + 1] as Unit;
    if (!isLabelBeside(unit, next)) continue;
    // Set off by a gap where the page has them; where it has none (a line break between all its
    // blocks), by what stands above: furniture or a page title, not copy.
    const above = kind[i - 1];
    const setOff =
      i === 0 || above === 'furniture' || above === 'heading' || unit.gapBefore > next.gapBefore;
    if (!setOff || isLikelyName(unit.text)) continue;
    markFurniture(kind, furniture, i, 'nav', 'kicker-shape');
  }
}

/**
 * A summary box's label (`Key Points`, `Highlights`) under the headline: a line of one to three
 * words right under a longer headline-shaped line and set on the box's first line of copy with no
 * gap. Left alone, it is the heading nearest the copy and is taken for the headline, the real one
 * for a kicker. The place alone would also fit a short headline under a list of other stories', so
 * the label must recur in the file or be one of the common ones.
 */
function markBoxLabels(
  units: Unit[],
  kind: Kind[],
  furniture: (FurnitureMark | null)[],
  recurring: Uint8Array,
): void {
  for (let i = 1; i + 1 < units.length; i++) {
    if (kind[i] !== 'heading' || kind[i - 1] !== 'heading') continue;
    if (kind[i + 1] !== 'prose' && kind[i + 1] !== 'copy') continue;
    const unit = units[i] as Unit;
    if ((units[i + 1] as Unit).gapBefore > 0 || !isLabelBeside(unit, units[i - 1] as Unit))
      continue;
    if (!recurring[i] && !SUMMARY_LABELS.has(unit.text.toLowerCase().trim())) continue;
    markFurniture(kind, furniture, i, 'nav', 'box-label');
  }
}

/**
 * `Also Read` on a line of its own over the headline it links to, set into the copy: the link's
 * label and its headline are one link to another story (as `Also Read: headline` on one line is),
 * not a story's start. Only reading labels: `Watch` and `Video` also stand over a story's own
 * headline as kickers.
 */
function markReadLabels(units: Unit[], kind: Kind[], furniture: (FurnitureMark | null)[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const unit = units[i] as Unit;
    if (unit.text.length > 16 || kind[i + 1] !== 'heading') continue;
    if (!READ_LABEL.test(unit.text) || (units[i + 1] as Unit).gapBefore > 1) continue;
    for (const k of [i, i + 1]) {
      markFurniture(kind, furniture, k, 'related', 'read-label');
    }
  }
}

/**
 * The title under a video player's running time (`VIDEO 02:31`) is the video's, and a short line
 * under it its show's name: another story's, set into the page, not this page's headline.
 */
function markVideoTitles(units: Unit[], kind: Kind[], furniture: (FurnitureMark | null)[]): void {
  for (let i = 0; i + 1 < units.length; i++) {
    if (furniture[i]?.rule !== 'video-card' || !/\d:\d\d$/.test((units[i] as Unit).text)) continue;
    let k = i + 1;
    if (kind[k] !== 'heading' || (units[k] as Unit).gapBefore > 1) continue;
    markFurniture(kind, furniture, k, 'related', 'video-title');
    k++;
    if (kind[k] !== 'heading' || (units[k] as Unit).gapBefore > 1) continue;
    if (fewWordsOf(units[k] as Unit) > 3) continue;
    markFurniture(kind, furniture, k, 'related', 'video-title');
  }
}

/**
 * A stock's card set into a business story: its symbol (`AMZN`), its company's name and its quote
 * (`642.52 +3.77%`), tight together. The quote is a line rule; the two lines above it are the card's.
 */
function markQuoteCards(units: Unit[], kind: Kind[], furniture: (FurnitureMark | null)[]): void {
  for (let i = 1; i + 1 < units.length; i++) {
    if (furniture[i + 1]?.rule !== 'market-quote' || (units[i + 1] as Unit).gapBefore > 0) continue;
    const name = units[i] as Unit;
    if (name.gapBefore > 0 || fewWordsOf(name) > 5 || !SYMBOL.test((units[i - 1] as Unit).text))
      continue;
    for (const k of [i - 1, i]) {
      markFurniture(kind, furniture, k, 'nav', 'quote-card');
    }
  }
}
const SYMBOL = /^[A-Z][A-Z.]{0,5}$/;

const READ_LABEL =
  /^(?:also read|read also|read more|see also|also see|read next|must read)\s*:?$/i;

/**
 * A label's shape beside a headline: one to three words opening with a capital, no closing mark,
 * and fewer words than the headline (a kicker over it, a summary box's label under it).
 */
function isLabelBeside(label: Unit, headline: Unit): boolean {
  const n = fewWordsOf(label);
  return (
    n <= 3 &&
    fewWordsOf(headline) > n &&
    !KICKER_END.test(label.text) &&
    KICKER_START.test(label.text)
  );
}

const KICKER_END = /[.,;:!?"”]$/;
const KICKER_START = /^\p{Lu}/u;

/**
 * The title beside a `← Previous` or `Next →` link is another post's headline; so is one set
 * apart after the link when more furniture, not a story's header or copy, follows it (pages that
 * print every link a block of its own).
 */
function markPostLinks(units: Unit[], kind: Kind[], furniture: (FurnitureMark | null)[]): void {
  for (let i = 0; i < units.length; i++) {
    if (furniture[i]?.rule !== 'prev-next') continue;
    for (const k of [i - 1, i + 1]) {
      const unit = units[Math.max(k, i)] as Unit | undefined;
      if (k < 0 || k >= units.length || !unit || kind[k] !== 'heading') continue;
      const apart =
        k > i && unit.gapBefore === 1 && (units[k + 1] as Unit | undefined)?.gapBefore === 1;
      if (unit.gapBefore > 0 && !(apart && kind[k + 1] === 'furniture')) continue;
      markFurniture(kind, furniture, k, 'related', 'post-link');
    }
  }
}

/**
 * The gap the file puts between paragraphs: the commonest gap before a unit of copy. Doubled lines
 * are left out: they stand in tight blocks and would make every gap look wide; so are the later
 * pieces of a glued line, which have no gap of their own to tell.
 */
function paragraphGap(
  units: Unit[],
  kind: Kind[],
  twinAhead: Int32Array,
  twinBehind: Int32Array,
): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < units.length; i++) {
    if (kind[i] !== 'prose' || twinAhead[i] !== -1 || twinBehind[i] !== -1) continue;
    const unit = units[i] as Unit;
    if (unit.firstLine === (units[i - 1] as Unit).lastLine) continue;
    const gap = unit.gapBefore;
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  }
  return best;
}

/** A place-dash line (`Beirut - Jane Doe`): a byline when the second part is a person. */
export function placeDashByline(text: string): string | null {
  const pd = parsePlaceDash(text);
  return pd && isPersonName(pd.who) ? pd.who : null;
}
