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

  const doubled = findDoubledLines(blocks.flatMap((b) => b.lines));
  const units: Unit[] = [];
  for (const block of blocks) {
    let gapBefore = block.gap;
    for (const group of joinWrapped(block.lines, doubled)) {
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

/** Groups a block's lines into paragraphs, undoing hard wrapping where the shape says it was wrapped. */
function joinWrapped(lines: SourceLine[], doubled: Set<number>): SourceLine[][] {
  if (lines.length === 1) return [lines];
  const width = Math.max(...lines.map((l) => l.text.length));
  const wrappedShape = isWrappedShape(lines, width);
  const standalone = (l: SourceLine) => doubled.has(l.number) || parseCredit(l.text).credit !== null;

  const groups: SourceLine[][] = [];
  let group: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    group.push(line);
    const next = lines[i + 1];
    if (next && !standalone(line) && !standalone(next) && continues(line.text, next.text, width, wrappedShape)) continue;
    groups.push(group);
    group = [];
  }
  return groups;
}

/** Most non-final lines are long and stop mid-sentence: the block was wrapped at a fixed width. */
function isWrappedShape(lines: SourceLine[], width: number): boolean {
  if (width > 120 || width < 30) return false;
  const inner = lines.slice(0, -1);
  const long = inner.filter((l) => l.text.length >= 0.7 * width).length;
  const open = inner.filter((l) => !endsSentence(l.text)).length;
  return long >= 0.6 * inner.length && open >= 0.5 * inner.length;
}

function continues(line: string, next: string, width: number, wrappedShape: boolean): boolean {
  if (wrappedShape && line.length >= 0.85 * width) return true;
  if (!endsMidSentence(line)) return false;
  return startsLowercase(next) || (wrappedShape && line.length >= 0.7 * width);
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
