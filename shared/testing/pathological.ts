// Inputs built to make a split engine slow: each shape repeats one feature (same-length lines, one
// huge paragraph or line, tiny lines, markers, odd separators) `n` times, so the linearity test and
// `npm run bench` can split it at two sizes and compare the times.

import { rng } from './dumps';

export interface PathologicalShape {
  id: string;
  /** What the input is, for test names and the bench. */
  label: string;
  /** The input at scale n: its one feature repeated, or its one line lengthened, n times. */
  make(n: number): string;
  /** Where to start looking for the n the engine splits in about 12 ms (see `calibrate`). */
  n: number;
  /** Set while the engine is still quadratic on this shape: where. Delete it once fixed. */
  knownQuadratic?: string;
}

/**
 * The n at which one split takes about `targetMs` on this engine and this machine, so sizes suit a
 * slow engine or a fast one alike and 8n stays well under a second when the split is linear. It
 * grows n from far below the shape's own by doubling, so a quadratic engine is never handed a size
 * that takes minutes, and that work warms V8 up; then it settles n on readings of the warm engine.
 * `time` splits a text and returns its ms.
 */
export async function calibrate(
  shape: PathologicalShape,
  time: (text: string) => number | Promise<number>,
  targetMs = 12,
): Promise<number> {
  // The faster of two: one run slowed by the machine would send n the wrong way.
  const reading = async (n: number) => {
    const text = shape.make(n);
    return Math.min(await time(text), await time(text));
  };
  let n = Math.max(1, Math.floor(shape.n / 256));
  for (let step = 0; step < 24 && (await reading(n)) < targetMs / 2; step++) n *= 2;
  for (let step = 0; step < 4; step++) {
    const ms = await reading(n);
    if (ms > 2 * targetMs && n > 1) n = Math.max(1, Math.floor(n / 2));
    else if (ms < targetMs / 2) n *= 2;
    else break;
  }
  return n;
}

const WORDS =
  'the council said on monday that it would review plans for the harbour after storms damaged sea wall and three boats near old town'.split(
    ' ',
  );

/** `count` lowercase prose words, deterministic. */
function words(random: () => number, count: number): string[] {
  return Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)] as string);
}

/** A sentence of 12 to 30 words starting with a capital, ending in a full stop. */
function sentence(random: () => number): string {
  const text = words(random, 12 + Math.floor(random() * 19)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Prose of about `chars` characters: sentences from a fixed pool (megabytes are built quickly). */
function prose(random: () => number, chars: number): string {
  const pool = Array.from({ length: 512 }, () => sentence(random));
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const s = pool[Math.floor(random() * pool.length)] as string;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ');
}

/** Base-26 letters for i, `width` long: distinct words with no digits (`aaab`, `aaac`, …). */
function code(i: number, width: number): string {
  let out = '';
  for (let k = 0; k < width; k++) {
    out = String.fromCharCode(97 + (i % 26)) + out;
    i = Math.floor(i / 26);
  }
  return out;
}

/** A Title Case headline-shaped line (no full stop), distinct for each i. */
function headline(i: number): string {
  const c = code(i, 5);
  return `Council ${c.charAt(0).toUpperCase()}${c.slice(1)} Reviews Harbour Plans After Storm`;
}

/** Prose broken into lines at most `width` wide, at spaces (sliced, not rebuilt: it is megabytes). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (text.length - start > width) {
    const cut = text.lastIndexOf(' ', start + width);
    if (cut <= start) break;
    lines.push(text.slice(start, cut));
    start = cut + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/**
 * A paragraph for glued copy, distinct for each i: plain, quoted, or opening a quotation it leaves
 * open, so every seam's quote has to be placed.
 */
function gluedParagraph(i: number): string {
  const c = code(i, 5);
  if (i % 3 === 0) return `"We will rebuild the ${c} wall," the mayor said.`;
  if (i % 3 === 1) return `The council said: "Work on the ${c} site starts in the spring.`;
  return `Boats ${c} were damaged near the old town on Monday.`;
}

/** Lines of `per` glued paragraphs, `n` paragraphs in all, each line opening on a dateline. */
const gluedLines = (n: number, per: number, from = 0): string[] =>
  times(Math.ceil(n / per), (line) =>
    [
      'Kyiv - Gulf Courier',
      ...times(Math.min(per, n - line * per), (k) => gluedParagraph(from + line * per + k)),
    ].join(''),
  );

export const PATHOLOGICAL_SHAPES: PathologicalShape[] = [
  {
    id: 'same-length-paragraphs',
    label: 'paragraphs of one length, distinct, one story',
    // Every paragraph has the same length and a different code word: a set that buckets strings by
    // length compares each paragraph with all the others.
    make: (n) =>
      times(
        n,
        (i) => `The council will review plans ${code(i, 6)} for the harbour wall soon.`,
      ).join('\n\n'),
    n: 3_000,
  },
  {
    id: 'same-length-lines',
    label: 'lines of one length, no blank lines',
    make: (n) => times(n, (i) => `Boats ${code(i, 6)} were damaged near the old town.`).join('\n'),
    n: 4_000,
  },
  {
    id: 'short-distinct-lines',
    label: 'distinct short lines',
    make: (n) => times(n, (i) => `${code(i, 4)} ${code(i * 7, 3)}.`).join('\n'),
    n: 12_000,
  },
  {
    id: 'tiny-lines',
    label: 'one-character lines, a to z over and over: one paragraph (the bench splits a million)',
    // No line has a twin within a few lines, and each runs on in lower case: all are joined.
    make: (n) => times(n, (i) => String.fromCharCode(97 + (i % 26))).join('\n'),
    n: 20_000,
  },
  {
    id: 'tiny-capital-lines',
    label: 'one-character capital lines',
    make: (n) => 'A\n'.repeat(n),
    n: 30_000,
  },
  {
    id: 'wrapped-paragraph',
    label: 'one hard-wrapped paragraph (n characters, 72 wide)',
    make: (n) => wrap(prose(rng(3), n), 72).join('\n'),
    n: 750_000,
  },
  {
    id: 'prose-line',
    label: 'one line of prose (n characters) with a credit',
    make: (n) => `${prose(rng(4), n)} (AFP)`,
    n: 500_000,
  },
  {
    id: 'bom-space-line',
    label: 'one line of " \\uFEFF" pairs after a capital, then words and a credit (2n characters)',
    // Byte-order marks are white space to `\s` (and to trim, hence the words after them): a pattern
    // with two `\s*` in a row tries every way of sharing the run between them.
    make: (n) => `BEIRUT${' \uFEFF'.repeat(n)} police said on monday (AFP)`,
    n: 400_000,
  },
  {
    id: 'bom-space-lines',
    label: 'wire-dateline-like lines, each with a run of " \\uFEFF" pairs and a credit',
    make: (n) =>
      times(
        Math.ceil(n / 100),
        (i) => `LONDON${' \uFEFF'.repeat(100)} ${code(i, 4)} - text (Reuters)`,
      ).join('\n'),
    n: 20_000,
  },
  {
    id: 'marker-line',
    label: 'one line of repeated (AFP) and (L) markers',
    make: (n) => `A protester ${'(L) (AFP) '.repeat(n)}(AFP)`,
    n: 60_000,
  },
  {
    id: 'credit-lines',
    label: 'credited caption lines, a blank line apart',
    make: (n) => times(n, (i) => `Residents ${code(i, 5)} queue for bread (AFP)`).join('\n\n'),
    n: 1_000,
  },
  {
    id: 'doubled-credit-lines',
    label: 'credited caption lines each printed twice, after a paragraph of copy',
    make: (n) =>
      [
        prose(rng(10), 400),
        ...times(n, (i) => {
          const line = `Firefighters ${code(i, 5)} inspect the site (Reuters)`;
          return `${line}\n${line}`;
        }),
      ].join('\n\n'),
    n: 600,
  },
  {
    id: 'bare-markers',
    label: 'lines holding only (AFP), a blank line apart',
    make: (n) => '(AFP)\n\n'.repeat(n),
    n: 1_000,
  },
  {
    id: 'line-separators',
    label: 'paragraphs split by \\u2029 and lines by \\u2028 (one physical line)',
    make: (n) => {
      const random = rng(5);
      const text = prose(random, 200 * n);
      // Sentence ends become line or paragraph separators in turn.
      let k = 0;
      return text.replace(/\. /g, () => (k++ % 2 === 0 ? '.\u2028' : '.\u2029'));
    },
    n: 8_000,
  },
  {
    id: 'zero-width',
    label: 'words and blank-looking lines full of zero-width characters',
    make: (n) => {
      const random = rng(6);
      return times(n, (i) =>
        i % 3 === 0
          ? '\u200b\u200c\u200d\u2060'
          : `${sentence(random).split(' ').join('\u200b ')}\u200d`,
      ).join('\n');
    },
    n: 600,
  },
  {
    id: 'doubled-lines',
    label: 'every line printed twice',
    make: (n) => times(n, (i) => `${headline(i)}\n${headline(i)}`).join('\n'),
    n: 1_500,
  },
  {
    id: 'doubled-after-copy',
    label: 'a paragraph of copy, then headlines each printed twice',
    make: (n) =>
      [prose(rng(7), 400), ...times(n, (i) => `${headline(i)}\n${headline(i)}`)].join('\n'),
    n: 2_000,
  },
  {
    id: 'headline-lines',
    label: 'headline-shaped lines, one after another',
    make: (n) => times(n, headline).join('\n'),
    n: 8_000,
  },
  {
    id: 'headline-and-copy',
    label: 'headline-shaped lines between paragraphs of copy, two blank lines apart',
    make: (n) => {
      const random = rng(8);
      return times(n, (i) => `${headline(i)}\n\n\n${sentence(random)}`).join('\n\n');
    },
    n: 700,
  },
  {
    id: 'blank-runs',
    label: 'paragraphs between deep runs of blank lines (some holding spaces)',
    make: (n) => {
      const random = rng(9);
      return times(n, (i) => {
        const gap =
          i % 2 === 0 ? '\n'.repeat(1 + Math.floor(random() * 200)) : '\n   \n\t\n'.repeat(30);
        return `${sentence(random)}${gap}`;
      }).join('');
    },
    n: 600,
  },
  {
    id: 'glued-lines',
    label: 'lines of paragraphs glued together (quotes at the seams), a dateline on each',
    make: (n) => gluedLines(n, 20).join('\n\n'),
    n: 6_000,
  },
  {
    id: 'glued-line',
    label: 'a few glued lines, then one line of n glued paragraphs',
    make: (n) => [...gluedLines(60, 20), ...gluedLines(n, n, 60)].join('\n\n'),
    n: 20_000,
  },
];
