// From text to units: the paragraph-sized pieces the engine classifies. A unit is one source line, or
// several hard-wrapped lines joined back into the paragraph they were.

import { parseCredit, type CreditParse } from './caption';
import { cleanLine, endsMidSentence, endsSentence, lineKey, startsLowercase } from './text';

export interface Unit {
  /** Source line numbers (1-based), in order. */
  lines: number[];
  /** Each source line, cleaned. */
  raw: string[];
  /** The paragraph: wrapped lines joined. */
  text: string;
  key: string;
  /** Blank lines before this unit (lines holding only spaces count as blank). */
  gapBefore: number;
  credit: CreditParse;
}

interface SourceLine {
  number: number;
  text: string;
  key: string;
}

/** Lines whose twin stands this close are doubled scraping output (headline, caption): never joined. */
const DOUBLE_WINDOW = 8;

export function toUnits(text: string): Unit[] {
  const blocks: { gap: number; lines: SourceLine[] }[] = [];
  let gap = 0;
  let current: SourceLine[] | null = null;
  const rawLines = text.split('\n');
  for (let i = 0; i < rawLines.length; i++) {
    const cleaned = cleanLine(rawLines[i] ?? '');
    if (cleaned === '') {
      gap++;
      current = null;
      continue;
    }
    if (current === null) {
      current = [];
      blocks.push({ gap, lines: current });
      gap = 0;
    }
    current.push({ number: i + 1, text: cleaned, key: lineKey(cleaned) });
  }

  const all = blocks.flatMap((b) => b.lines);
  const doubled = findDoubledLines(all);
  const fileWidth = wrapWidth(blocks.map((b) => b.lines), doubled);
  const units: Unit[] = [];
  for (const block of blocks) {
    let gapBefore = block.gap;
    for (const group of joinWrapped(block.lines, doubled, fileWidth)) {
      const joined = joinLines(group.map((l) => l.text));
      units.push({
        lines: group.map((l) => l.number),
        raw: group.map((l) => l.text),
        text: joined,
        key: group.length === 1 ? (group[0]?.key ?? '') : lineKey(joined),
        gapBefore,
        credit: parseCredit(joined),
      });
      gapBefore = 0;
    }
  }
  return units;
}

/** Line numbers whose exact twin (same key) stands within DOUBLE_WINDOW lines. */
function findDoubledLines(lines: SourceLine[]): Set<number> {
  const lastSeen = new Map<string, number>();
  const doubled = new Set<number>();
  for (const line of lines) {
    const prev = lastSeen.get(line.key);
    if (prev !== undefined && line.number - prev <= DOUBLE_WINDOW) {
      doubled.add(prev);
      doubled.add(line.number);
    }
    lastSeen.set(line.key, line.number);
  }
  return doubled;
}

/**
 * The width a hard-wrapped file was wrapped at, or null when it was not: the median of the longest
 * line of each multi-line block (doubled and credited lines aside, they are never wrapped).
 */
function wrapWidth(blocks: SourceLine[][], doubled: Set<number>): number | null {
  const widths: number[] = [];
  for (const block of blocks) {
    const plain = block.filter((l) => !doubled.has(l.number) && parseCredit(l.text).credit === null);
    if (plain.length >= 2) widths.push(Math.max(...plain.map((l) => l.text.length)));
  }
  if (widths.length < 3) return null;
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] as number;
  return median >= 30 && median <= 120 ? median : null;
}

/** Groups a block's lines into paragraphs, undoing hard wrapping where the shape says it was wrapped. */
function joinWrapped(lines: SourceLine[], doubled: Set<number>, fileWidth: number | null): SourceLine[][] {
  if (lines.length === 1) return [lines];
  const width = fileWidth ?? blockWidth(lines);
  const groups: SourceLine[][] = [];
  let group: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    group.push(line);
    const next = lines[i + 1];
    if (next && continues(line, next, width, doubled)) continue;
    groups.push(group);
    group = [];
  }
  return groups;
}

/** A block wrapped at a fixed width on its own (in a file that is not): most inner lines long and open. */
function blockWidth(lines: SourceLine[]): number | null {
  if (lines.length < 3) return null;
  const width = Math.max(...lines.map((l) => l.text.length));
  if (width > 120 || width < 30) return null;
  const inner = lines.slice(0, -1);
  const long = inner.filter((l) => l.text.length >= 0.7 * width).length;
  const open = inner.filter((l) => !endsSentence(l.text)).length;
  return long >= 0.6 * inner.length && open >= 0.5 * inner.length ? width : null;
}

/**
 * Does `next` carry on the paragraph of `line`? In wrapped text a line breaks where the next word
 * would not fit; a shorter line ended its paragraph. Doubled lines (headline, caption) and credited
 * caption lines stand alone, unless the text plainly runs on in lower case.
 */
function continues(line: SourceLine, next: SourceLine, width: number | null, doubled: Set<number>): boolean {
  if (doubled.has(line.number) || doubled.has(next.number)) return false;
  const runsOn = endsMidSentence(line.text) && startsLowercase(next.text);
  if (runsOn) return true;
  if (width === null) return false;
  if (parseCredit(line.text).credit !== null || parseCredit(next.text).credit !== null) return false;
  const nextWord = next.text.indexOf(' ') < 0 ? next.text.length : next.text.indexOf(' ');
  return line.text.length + 1 + nextWord > 0.8 * width;
}

/** Joins wrapped lines; a line broken after a hyphen keeps the hyphen and takes no space. */
function joinLines(lines: string[]): string {
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i] ?? '';
    out += /\p{L}-$/u.test(out) && startsLowercase(next) ? next : ` ${next}`;
  }
  return out;
}
