// A paragraph's writing direction from its first strong character (Unicode bidi rules P2-P3), which
// is what an editor expects of Arabic or Hebrew copy: shown so in the editor, written so on export.

export type Direction = 'ltr' | 'rtl';

// Blocks whose letters are bidi class R or AL: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan,
// Mandaic, the Arabic supplements and presentation forms, and the historic and Adlam planes.
const RTL_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0590, 0x08ff],
  [0xfb1d, 0xfdff],
  [0xfe70, 0xfefe],
  [0x10800, 0x10fff],
  [0x1e800, 0x1efff],
];

const LETTER = /\p{L}|\p{Mc}/u;
const LRM = 0x200e;
const RLM = 0x200f;
const ALM = 0x061c;
// Isolates (LRI, RLI, FSI ... PDI) are skipped with their content, as rule P2 says.
const ISOLATE_OPEN = new Set([0x2066, 0x2067, 0x2068]);
const ISOLATE_CLOSE = 0x2069;

function inRtlBlock(code: number): boolean {
  for (const [from, to] of RTL_BLOCKS) if (code >= from && code <= to) return true;
  return false;
}

/**
 * 'rtl' or 'ltr' from the first strong character, or null when there is none (empty, digits,
 * punctuation). Letters are the strong characters; digits, punctuation and marks are weak or neutral.
 */
export function firstStrongDirection(text: string): Direction | null {
  let isolates = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (ISOLATE_OPEN.has(code)) isolates++;
    else if (code === ISOLATE_CLOSE) isolates = Math.max(0, isolates - 1);
    else if (isolates > 0) continue;
    else if (code === RLM || code === ALM) return 'rtl';
    else if (code === LRM) return 'ltr';
    else if (LETTER.test(char)) return inRtlBlock(code) ? 'rtl' : 'ltr';
  }
  return null;
}

/** The direction a paragraph is shown in: the override if any, else detected, else left-to-right. */
export function effectiveDirection(text: string, override: Direction | null): Direction {
  return override ?? firstStrongDirection(text) ?? 'ltr';
}

/** The override that shows a paragraph in `wanted`: none when detection gives that anyway. */
export function overrideFor(text: string, wanted: Direction): Direction | null {
  return wanted === (firstStrongDirection(text) ?? 'ltr') ? null : wanted;
}
