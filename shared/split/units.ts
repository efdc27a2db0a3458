// From text to units: the paragraph-sized pieces the engine classifies. A unit is one source line, or
// several hard-wrapped lines joined back into the paragraph they were.

import { findCredit, type CreditParse } from './caption';
import { cleanLine, endsMidSentence, endsSentence, startsLowercase, wordCount } from './text';

export interface Unit {
  /** Its source lines (1-based): one, or the run of hard-wrapped lines joined (see linesOf). */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The paragraph: wrapped lines joined. Scrapers copy exactly, so equal text means the same line. */
  readonly text: string;
  /** Blank lines before this unit (lines holding only spaces count as blank). */
  readonly gapBefore: number;
  /** Its picture credit or position marker (caption.ts), or null for neither, as most units have. */
  readonly credit: CreditParse | null;
  /**
   * Its words up to WORDS_CAP once counted; -1 for a unit of more than FEW_WORDS words not yet
   * counted in full. Read through fewWordsOf and wordsOf.
   */
  counted: number;
}

/**
 * A unit's words up to FEW_WORDS, and FEW_WORDS + 1 for more: what the rules asked of every unit
 * want to know (a dozen words or fewer?). Known from when the unit is made.
 */
export function fewWordsOf(unit: Unit): number {
  return unit.counted < 0 ? FEW_WORDS + 1 : Math.min(unit.counted, FEW_WORDS + 1);
}

/**
 * A unit's words, up to WORDS_CAP (every rule asks only "at most n?" for small n). Counted the first
 * time asked: only the units read closely (headings, captions, lists) are asked, and counting every
 * paragraph of a dump to WORDS_CAP words was a tenth of the split.
 */
export function wordsOf(unit: Unit): number {
  if (unit.counted < 0) unit.counted = wordCount(unit.text, WORDS_CAP);
  return unit.counted;
}

/**
 * A unit as toUnits makes it: a plain object made by one literal, not a class instance, so the
 * engine can allocate the many units of a big file where long-lived objects go, sparing the
 * collector copying each of them twice.
 */
function makeUnit(
  firstLine: number,
  lastLine: number,
  text: string,
  gapBefore: number,
  credit: CreditParse | null,
): Unit {
  // Counted as far as every unit is asked; up to FEW_WORDS that is all of them. (One field for
  // both counts: a dump holds a unit a line, and each field is a megabyte a million lines.)
  const few = wordCount(text, FEW_WORDS);
  const counted = few <= FEW_WORDS ? few : -1;
  return { firstLine, lastLine, text, gapBefore, credit, counted };
}

/**
 * A unit's source line numbers. Made when asked (for the story's paragraphs and captions): a unit
 * keeps only its first and last, as a list a unit would live through the split for each line.
 */
export function linesOf(unit: Unit): number[] {
  const lines = new Array<number>(unit.lastLine - unit.firstLine + 1);
  for (let k = 0; k < lines.length; k++) lines[k] = unit.firstLine + k;
  return lines;
}

/** Word counts stop here: no rule asks about more words than this. */
export const WORDS_CAP = 64;
/** The most words a rule asks about of every unit (is it copy, is the line under it a role?). */
export const FEW_WORDS = 12;

export interface Units {
  units: Unit[];
  /** Every source line, cleaned ('' when blank): `source[n - 1]` is line n. */
  source: string[];
}

/**
 * The runs of non-blank lines: run b is source indexes [start[b], end[b]), after gap[b] blank lines.
 * In typed arrays, not an object a run: a dump has as many runs as paragraphs.
 */
interface Blocks {
  count: number;
  gap: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** Lines whose twin stands this close are doubled scraping output (headline, caption): never joined. */
const DOUBLE_WINDOW = 8;

export function toUnits(text: string): Units {
  // Index-based throughout: this runs on every line of 10 MB dumps, so it allocates little.
  const source = text.split('\n');
  // Every run holds a line: there are at most as many runs as lines.
  const blocks: Blocks = {
    count: 0,
    gap: new Int32Array(source.length),
    start: new Int32Array(source.length),
    end: new Int32Array(source.length),
  };
  let gap = 0;
  for (let i = 0; i < source.length; i++) {
    const cleaned = cleanLine(source[i] as string);
    source[i] = cleaned;
    if (cleaned === '') {
      gap++;
    } else if (i === 0 || source[i - 1] === '') {
      blocks.gap[blocks.count] = gap;
      blocks.start[blocks.count] = i;
      blocks.end[blocks.count] = i + 1;
      blocks.count++;
      gap = 0;
    } else blocks.end[blocks.count - 1] = i + 1;
  }

  const { doubled, earlier } = findDoubledLines(source);
  const credits = new LineCredits(source, earlier);
  const fileWidth = wrapWidth(source, blocks, doubled, credits);
  const units: Unit[] = [];
  for (let b = 0; b < blocks.count; b++) {
    const start = blocks.start[b] as number;
    const end = blocks.end[b] as number;
    let gapBefore = blocks.gap[b] as number;
    const width = end - start === 1 ? null : (fileWidth ?? blockWidth(source, blocks, b));
    let first = start;
    for (let i = start; i < end; i++) {
      if (i + 1 < end && continues(source, i, width, doubled, credits)) continue;
      const joined = joinLines(source, first, i + 1);
      const credit = first === i ? credits.of(i) : findCredit(joined);
      units.push(makeUnit(first + 1, i + 1, joined, gapBefore, credit));
      gapBefore = 0;
      first = i + 1;
    }
  }
  return { units: isGlued(units) ? unglue(units) : units, source };
}

/**
 * Where a paragraph ends and the next begins with nothing between (`…the disaster.Many people…`), as
 * scrapers that read a page's text content give it: a sentence's end on a lower-case letter, a
 * digit, a closing quote or bracket, or an acronym (`…by the US.In 2003…`), straight into a capital,
 * an opening quote or a listed point (`- The`). `U.S.Army`, `ASP.NET` and `3.5` do not match.
 */
const GLUE =
  /[\p{Ll}\d%)"”’'][.!?]["”’»)]*(?=["“‘«]?\p{Lu}|[-–•] \p{Lu})|(?<![\p{L}.])\p{Lu}{2,}[.!?]["”’»)]*(?=["“‘«]?\p{Lu}[\p{Ll}\s])/gu;

/**
 * An abbreviation's point, not a sentence's end: the word before it is a short run of letters
 * after another point (`e.g.`, `a.m.`, `bbc.co.uk`), a capital with at most one more letter or
 * with consonants only (`Mr.`, `St.`, `No.`, `Mrs.`, `Ltd.`); or the capital after it is itself
 * an initial (`Ph.D.`).
 */
const ABBREVIATION = /(?:(?:^|[^\p{L}])\p{Lu}(?:\p{Ll}?|[b-df-hj-np-tv-z]{1,3})|\.\p{L}{1,3})$/u;
const CAPITAL = /\p{Lu}/u;
const END_MARK = /[.!?]/;

function abbreviated(text: string, mark: number, cut: number): boolean {
  if (ABBREVIATION.test(text.slice(Math.max(0, mark - 6), mark))) return true;
  return text.charAt(cut + 1) === '.' && CAPITAL.test(text.charAt(cut));
}

const SENTENCE_START = /^[^."!?]{0,300}/u;
const FIRST_OR_SECOND_PERSON =
  /(?<![\p{L}'’])(?:I|[Ww]e|[Yy]ou|[Mm]e|[Mm]y|[Oo]ur|[Uu]s)(?:['’][a-z]+)?(?![\p{L}'’])/u;

/**
 * The speaker's own words: the sentence from `at` says I, we or you. A quotation run over several
 * paragraphs is reopened on each without being closed; the paragraph after a seam that speaks so
 * goes on with the quotation, where one that tells of someone starts the copy around it again.
 */
function spoken(text: string, at: number): boolean {
  const sentence = SENTENCE_START.exec(text.slice(at, at + 300))?.[0] ?? '';
  return FIRST_OR_SECOND_PERSON.test(sentence);
}

/** What a straight quote does, read from its neighbours: opens, closes, or cannot tell. */
const enum Quote {
  None,
  Opens,
  Closes,
  Unknown,
}

/** What stands before an opening quote, and after a closing one. */
const OPEN_SIDE = /[\s([{\u2013\u2014-]/u;
const CLOSE_SIDE = /[\s,.;:!?)\]\u2013\u2014-]/u;

function quoteRole(text: string, at: number): Quote {
  const before = at === 0 ? ' ' : text.charAt(at - 1);
  const after = at + 1 >= text.length ? ' ' : text.charAt(at + 1);
  const spaceBefore = OPEN_SIDE.test(before);
  const spaceAfter = CLOSE_SIDE.test(after);
  if (spaceBefore && !spaceAfter) return Quote.Opens;
  if (spaceAfter && !spaceBefore) return Quote.Closes;
  return Quote.Unknown;
}

/**
 * Where the seams in a text are: just past each one's end mark (and closing quotes). A straight
 * quote between the end mark and the capital closes this paragraph or opens the next: the next
 * quote after it tells (a closing one means this one opens), or else the last one before it: an
 * opening one still waiting means this one closes, unless the speaker goes on (`spoken`). Copy that
 * runs a quotation over several paragraphs reopens it on each without closing it, so counting
 * quotes cannot tell.
 */
export function seams(text: string): number[] {
  const cuts: number[] = [];
  // The quotes are read once, left to right: the last one's role, and the next one's place.
  let last = Quote.None;
  let read = 0;
  let next = -1;
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(text); m; m = GLUE.exec(text)) {
    let cut = m.index + m[0].length;
    if (abbreviated(text, m.index + m[0].search(END_MARK), cut)) continue;
    if (text.charAt(cut - 1) !== '"') {
      cuts.push(cut);
      continue;
    }
    const quote = cut - 1;
    for (
      let at = text.indexOf('"', read);
      at !== -1 && at < quote;
      at = text.indexOf('"', at + 1)
    ) {
      const role = quoteRole(text, at);
      if (role !== Quote.Unknown) last = role;
    }
    read = cut;
    if (text.charAt(quote - 1) === '"') {
      // `…it."“It…` in straight quotes: the first closes, the second opens.
      cuts.push(quote);
      last = Quote.Opens;
      continue;
    }
    if (next < cut) {
      next = text.indexOf('"', cut);
      if (next === -1) next = text.length;
    }
    const ahead = next === text.length ? Quote.None : quoteRole(text, next);
    const closes: boolean = last === Quote.Opens && ahead !== Quote.Closes && !spoken(text, cut);
    if (!closes) cut--;
    last = closes ? Quote.Closes : Quote.Opens;
    cuts.push(cut);
  }
  return cuts;
}

/** A file's glued or not is plain from its first long lines. */
const GLUE_SAMPLE = 200;

/**
 * A file of glued paragraphs shows the seam in most of its long lines, again and again. Copy has
 * the odd missing space too (`…in 2004.The…`): a seam here and there is not a glued file.
 */
function isGlued(units: Unit[]): boolean {
  let long = 0;
  let seamed = 0;
  let count = 0;
  for (const unit of units) {
    if (unit.text.length < 300) continue;
    long++;
    const found = seams(unit.text.slice(0, 20_000)).length;
    count += found;
    if (found > 0) seamed++;
    if (long >= GLUE_SAMPLE) break;
  }
  return long >= 3 && seamed >= 0.4 * long && count >= 0.5 * long;
}

/**
 * A dateline paragraph (`Kyiv - Capital Observer`) glued to the first paragraph of its story, which
 * ends on no mark at all: `Kyiv - Capital ObserverMaternity pay…`. Its place, a dash, and the
 * source up to where a lower-case letter runs into a capitalised word.
 */
const DATELINE_HEAD =
  /^\p{Lu}[^.!?\d"“”]{0,30}? [-–—] (\p{Lu}[^.!?"“”]{0,40}?\p{Ll})(?=["“]?\p{Lu}\p{Ll})/u;

/**
 * The sources of the datelines glued to copy, those that recur at the start of lines: one site
 * names itself on every story, where a name run into a word (`PlayStation`) does not recur so.
 */
function gluedDatelines(units: Unit[]): Set<string> {
  const seen = new Map<string, number>();
  for (const unit of units) {
    const source = DATELINE_HEAD.exec(unit.text)?.[1];
    if (source !== undefined) seen.set(source, (seen.get(source) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([source]) => source));
}

/** Each glued paragraph a unit of its own; the pieces share their source line. */
function unglue(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  const datelines = gluedDatelines(units);
  for (const unit of units) {
    const cuts = unit.text.length < 60 ? [] : seams(unit.text);
    const dateline = datelines.size > 0 ? DATELINE_HEAD.exec(unit.text) : null;
    if (dateline && datelines.has(dateline[1] as string)) cuts.unshift(dateline[0].length);
    const pieces = [0, ...cuts].map((from, k) =>
      unit.text.slice(from, cuts[k] ?? unit.text.length),
    );
    // A unit without a seam stays as it is (its text is trimmed already).
    if (pieces.length === 1) {
      out.push(unit);
      continue;
    }
    pieces.forEach((text, k) => {
      const piece = text.trim();
      if (piece === '') return;
      const gapBefore = k === 0 ? unit.gapBefore : 0;
      out.push(makeUnit(unit.firstLine, unit.lastLine, piece, gapBefore, findCredit(piece)));
    });
  }
  return out;
}

/**
 * Flags lines whose exact twin stands within DOUBLE_WINDOW lines (compared directly: no hashing),
 * and notes for each the twin before it, if any (-1 if none).
 */
function findDoubledLines(source: string[]): { doubled: Uint8Array; earlier: Int32Array } {
  const doubled = new Uint8Array(source.length);
  const earlier = new Int32Array(source.length).fill(-1);
  // Lengths first, from one array: most neighbours differ in length, and are then never read.
  const length = new Int32Array(source.length);
  for (let i = 0; i < source.length; i++) length[i] = (source[i] as string).length;
  for (let i = 0; i < source.length; i++) {
    const line = source[i] as string;
    if (line === '') continue;
    for (let prev = Math.max(0, i - DOUBLE_WINDOW); prev < i; prev++) {
      if (length[prev] === line.length && source[prev] === line) {
        doubled[prev] = 1;
        doubled[i] = 1;
        if (earlier[i] === -1) earlier[i] = prev;
      }
    }
  }
  return { doubled, earlier };
}

/**
 * Each line's credit, read once: wrap detection asks about a line up to four times, and a line
 * that stays a unit of its own keeps the same reading. A doubled line reads as its twin before it
 * (scrapers print captions two and four times).
 */
class LineCredits {
  private readonly parsed: (CreditParse | null | undefined)[];

  constructor(
    private readonly source: string[],
    private readonly earlier: Int32Array,
  ) {
    this.parsed = new Array<CreditParse | null | undefined>(source.length);
  }

  of(i: number): CreditParse | null {
    let credit = this.parsed[i];
    if (credit === undefined) {
      const twin = this.earlier[i] as number;
      credit = twin === -1 ? findCredit(this.source[i] as string) : this.of(twin);
      this.parsed[i] = credit;
    }
    return credit;
  }

  has(i: number): boolean {
    const parsed = this.of(i);
    return parsed !== null && parsed.credit !== null;
  }
}

/**
 * The width a hard-wrapped file was wrapped at, or null when it was not: the median of the longest
 * line of each multi-line block (doubled and credited lines aside, they are never wrapped), provided
 * the file reads as wrapped at it: hardly a line runs past it, and its lines flow into each other.
 * Web pages copied as text have short lines in blocks too (menus, bylines, lists) but paragraphs far
 * longer than any width, and lines that each start afresh.
 */
function wrapWidth(
  source: string[],
  blocks: Blocks,
  doubled: Uint8Array,
  credits: LineCredits,
): number | null {
  const widths: number[] = [];
  for (let b = 0; b < blocks.count; b++) {
    const start = blocks.start[b] as number;
    const end = blocks.end[b] as number;
    if (end - start < 2) continue;
    let plain = 0;
    let width = 0;
    for (let i = start; i < end; i++) {
      const line = source[i] as string;
      if (doubled[i] || credits.has(i)) continue;
      plain++;
      width = Math.max(width, line.length);
    }
    if (plain >= 2) widths.push(width);
  }
  if (widths.length < 3) return null;
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] as number;
  if (median < 30 || median > 120) return null;
  let lines = 0;
  let over = 0;
  for (let b = 0; b < blocks.count; b++) {
    for (let i = blocks.start[b] as number; i < (blocks.end[b] as number); i++) {
      // Captions and doubled lines are never wrapped, in a wrapped file either.
      const line = source[i] as string;
      if (doubled[i] || credits.has(i)) continue;
      lines++;
      if (line.length > median * 1.15 + 5) over++;
    }
  }
  if (over > 0.05 * lines) return null;
  return flows(source, blocks, 0, blocks.count) ? median : null;
}

/**
 * Wrapped prose breaks wherever the width falls, so many lines go on in lower case; lines that are
 * items of their own (headlines, menu entries, bylines) start with a capital. Text without case
 * (Arabic, Chinese) cannot tell, and is taken as flowing.
 */
function flows(source: string[], blocks: Blocks, from: number, to: number): boolean {
  let cased = 0;
  let lower = 0;
  for (let b = from; b < to; b++) {
    for (let i = (blocks.start[b] as number) + 1; i < (blocks.end[b] as number); i++) {
      // The first letter found in place, and an ASCII one read by its code: this asks most lines of
      // a dump, and matching and case-mapping each line's letter made three strings of it.
      const line = source[i] as string;
      const at = line.search(LETTER);
      // A handle or a tag (`@janedoe`, `#budget`) is lower case by its own rule, not run on.
      if (at < 0 || (at > 0 && (line.charCodeAt(at - 1) === 64 || line.charCodeAt(at - 1) === 35)))
        continue;
      const code = line.charCodeAt(at);
      if (code < 128) {
        cased++;
        if (code >= 97) lower++;
        continue;
      }
      const first = String.fromCodePoint(line.codePointAt(at) as number);
      if (first.toLowerCase() === first.toUpperCase()) continue;
      cased++;
      if (first !== first.toUpperCase()) lower++;
    }
  }
  // No cased letter at all: a script without case, which cannot tell; a few, and they must show it.
  return cased === 0 || (lower >= 1 && lower >= 0.25 * cased);
}

const LETTER = /\p{L}/u;

/** Block b wrapped at a fixed width on its own (in a file that is not): most inner lines long and open. */
function blockWidth(source: string[], blocks: Blocks, b: number): number | null {
  const start = blocks.start[b] as number;
  const end = blocks.end[b] as number;
  if (end - start < 3) return null;
  let width = 0;
  for (let i = start; i < end; i++) width = Math.max(width, (source[i] as string).length);
  if (width > 120 || width < 30) return null;
  let long = 0;
  let open = 0;
  for (let i = start; i < end - 1; i++) {
    const line = source[i] as string;
    if (line.length >= 0.7 * width) long++;
    if (!endsSentence(line)) open++;
  }
  const inner = end - start - 1;
  return long >= 0.6 * inner && open >= 0.5 * inner && flows(source, blocks, b, b + 1)
    ? width
    : null;
}

/**
 * Does line i+1 carry on the paragraph of line i? In wrapped text a line breaks where the next word
 * would not fit; a shorter line ended its paragraph. Doubled lines (headline, caption) and credited
 * caption lines stand alone, unless the text plainly runs on in lower case.
 */
function continues(
  source: string[],
  i: number,
  width: number | null,
  doubled: Uint8Array,
  credits: LineCredits,
): boolean {
  if (doubled[i] || doubled[i + 1]) return false;
  const line = source[i] as string;
  const next = source[i + 1] as string;
  // A long line left open, going on in lower case, is one sentence however the file is laid out.
  if (line.length >= 30 && endsMidSentence(line) && startsLowercase(next)) return true;
  // A credited line is a caption and stands alone; a credit-like bracket on the next line does not
  // stop a sentence broken mid-way from running on to it.
  if (width === null || credits.has(i) || (credits.has(i + 1) && !endsMidSentence(line)))
    return false;
  const space = next.indexOf(' ');
  const nextWord = space < 0 ? next.length : space;
  return line.length + 1 + nextWord > 0.8 * width;
}

/**
 * Joins wrapped lines [start, end); a line broken after a hyphen keeps the hyphen and takes no space.
 * Parts are collected and joined once, looking only at each line's own end: a paragraph can be
 * megabytes of short lines.
 */
function joinLines(source: string[], start: number, end: number): string {
  if (end - start === 1) return source[start] as string;
  const parts: string[] = [];
  let prev = '';
  for (let i = start; i < end; i++) {
    const line = source[i] as string;
    if (i > start && !(HYPHEN_BREAK.test(prev.slice(-2)) && startsLowercase(line))) parts.push(' ');
    parts.push(line);
    prev = line;
  }
  return parts.join('');
}

const HYPHEN_BREAK = /^\p{L}-$/u;
