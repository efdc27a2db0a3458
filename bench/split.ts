// Benchmark of the import pipeline: dumps of 1, 10 and 50 MB in the seed layout and 10 MB of copy
// pasted from web pages, full pipeline (read + decode + split + clean) against the raw floor (read +
// decode + split into lines) measured in the same run; the pathological inputs of the linearity test
// at their two sizes; and heap growth at three input sizes to show memory is linear in input.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlainText } from '../electron/services/sources/index';
import { splitStories } from '../shared/split/index';
import {
  makeCaption,
  renderDump,
  rng,
  SEED_LAYOUT,
  type CleanStory,
} from '../shared/testing/dumps';
import {
  calibrate,
  PATHOLOGICAL_SHAPES,
  type PathologicalShape,
} from '../shared/testing/pathological';
import { corpusAvailable, loadCorpus } from '../tests/corpus';
import { fmt, medianPairMs, verdict } from './measure';
import { makeWebDump } from '../shared/testing/webpages';

/** Stories for the dump: the BBC corpus when ../shared is here, otherwise generated copy. */
export function sourceStories(): { stories: CleanStory[]; from: string } {
  if (corpusAvailable()) return { stories: loadCorpus(), from: '../shared/corpus/bbc-news' };
  const random = rng(7);
  const words =
    'the council said on monday that it would review plans for the harbour after storms damaged'.split(
      ' ',
    );
  const sentence = () => {
    const n = 12 + Math.floor(random() * 25);
    const w = Array.from({ length: n }, () => words[Math.floor(random() * words.length)] as string);
    return `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const stories = Array.from({ length: 500 }, (_, i) => ({
    headline: `Generated Story ${i + 1} About the Harbour`,
    captions: [],
    body: Array.from({ length: 8 }, sentence),
  }));
  return { stories, from: 'generated copy (../shared/corpus absent)' };
}

/**
 * About `targetBytes` of dump in the seed layout: every story headed by a doubled caption. With
 * `middle`, that story is laid out the same way among the others, at `middleIndex` (0-based).
 */
export function buildDump(
  targetBytes: number,
  stories: CleanStory[],
  middle?: CleanStory,
): { text: string; count: number; middleIndex: number } {
  const random = rng(42);
  const picked: CleanStory[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const story = {
      ...(stories[i % stories.length] as CleanStory),
      captions: [makeCaption(random)],
    };
    // Doubled headline and captions: each story costs roughly twice its header plus its body.
    size += story.body.reduce((n, p) => n + p.length + 2, 0) + 2 * (story.headline.length + 200);
    picked.push(story);
  }
  const middleIndex = Math.floor(picked.length / 2);
  if (middle) picked.splice(middleIndex, 0, middle);
  return { text: renderDump(picked, SEED_LAYOUT, random), count: picked.length, middleIndex };
}

/**
 * About `targetBytes` of copy as pasted from news web pages (shared/testing/webpages.ts: one site's
 * pages, with their furniture, bylines, captions and related lists), and how many stories it holds.
 */
export function webPageDump(targetBytes: number): { text: string; count: number } {
  const corpus = sourceStories().stories;
  // The generator takes a number of stories: size one page run, then scale to the target.
  const probe = makeWebDump(corpus, rng(11), { stories: 50 }).text.length;
  const count = Math.max(1, Math.round((50 * targetBytes) / probe));
  return { text: makeWebDump(corpus, rng(11), { stories: count }).text, count };
}

const MB = 1024 * 1024;

interface PipelineRow {
  label: string;
  mb: number;
  count: number;
  found: number;
  floor: number;
  full: number;
}

/** The full pipeline and the raw floor on one file, medians of a few runs (fewer on big files). */
async function pipeline(
  label: string,
  text: string,
  count: number,
  dir: string,
): Promise<PipelineRow> {
  const file = join(dir, 'dump.txt');
  writeFileSync(file, text);
  const mb = Buffer.byteLength(text) / MB;
  const runs = mb > 20 ? { warmup: 1, runs: 3 } : mb > 5 ? { warmup: 2, runs: 11 } : {};
  let found = 0;
  const [floor, full] = await medianPairMs(
    () => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)).split('\n').length,
    () => (found = readPlainText('dump.txt', readFileSync(file)).stories.length),
    runs,
  );
  return { label, mb, count, found, floor, full };
}

function printRow({ label, mb, count, found, floor, full }: PipelineRow): void {
  console.log(
    `  ${label.padEnd(22)} ${fmt(mb, 1).padStart(5)} MB  ${String(count).padStart(6)} stories  ` +
      `floor ${fmt(floor).padStart(7)} ms  full ${fmt(full).padStart(8)} ms  ` +
      `${fmt(mb / (full / 1000), 0).padStart(4)} MB/s  ratio ${fmt(full / floor, 2).padStart(6)}x  ` +
      `found ${found}`,
  );
}

export async function benchSplit(): Promise<void> {
  const { stories, from } = sourceStories();
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  console.log(
    `\nSplit pipeline: full (read + decode + split + clean) against the raw floor (read + decode + lines), medians in this run; copy from ${from}`,
  );
  const rows: PipelineRow[] = [];
  for (const size of [1, 10, 50]) {
    const { text, count } = buildDump(size * MB, stories);
    rows.push(await pipeline('seed layout', text, count, dir));
    printRow(rows.at(-1) as PipelineRow);
  }
  const web = webPageDump(10 * MB);
  const webRow = await pipeline('web pages', web.text, web.count, dir);
  printRow(webRow);
  rmSync(dir, { recursive: true, force: true });

  const ten = rows[1] as PipelineRow;
  const ratio = ten.full / ten.floor;
  console.log(
    `  ratio full / floor at 10 MB (seed)   ${fmt(ratio, 2)}x   target <= 5x      ${verdict(ratio <= 5)}`,
  );
  console.log(
    `  ratio full / floor at 10 MB (web)    ${fmt(webRow.full / webRow.floor, 2)}x   (reported: pages carry far more lines a megabyte)`,
  );
  console.log(
    `  full pipeline time at 10 MB (seed)   ${fmt(ten.full)} ms target <= 250 ms  ${verdict(ten.full <= 250)}`,
  );
  console.log(
    `  stories found at 10 MB (seed)        ${ten.found} of ${ten.count}              ${verdict(ten.found === ten.count)}`,
  );

  benchMemory(stories);
  await benchPathological();
}

/** Heap retained by the result at 1/4, 1/2 and all of 10 MB: bytes of heap per byte of input. */
function benchMemory(stories: CleanStory[]): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    console.log('  memory: skipped (run with node --expose-gc to measure heap growth)');
    return;
  }
  const perByte: string[] = [];
  for (const share of [0.25, 0.5, 1]) {
    const part = buildDump(share * 10 * MB, stories).text;
    const input = new TextEncoder().encode(part);
    // The heap with the result held, less the heap once it is let go: what the result keeps. (Heap
    // before the split against after it counted the collection of earlier runs' garbage too.)
    const held = (() => {
      const result = readPlainText('part.txt', input);
      gc();
      gc();
      if (result.stories.length === 0) throw new Error('no stories');
      return process.memoryUsage().heapUsed;
    })();
    gc();
    gc();
    const grown = held - process.memoryUsage().heapUsed;
    perByte.push(
      `${fmt(input.length / MB, 1)} MB -> ${fmt(grown / MB, 1)} MB heap (${fmt(grown / input.length, 2)} B/B)`,
    );
  }
  console.log(`  memory: ${perByte.join('; ')}`);
}

/** One split, in ms. */
function once(text: string): number {
  const start = performance.now();
  splitStories(text);
  return performance.now() - start;
}

/** Fastest of three splits, in ms. */
function fastest(text: string): number {
  return Math.min(once(text), once(text), once(text));
}

/**
 * The linearity test's inputs (shared/testing/pathological.ts) at its two sizes, n (calibrated to
 * about 12 ms here) and 8n: linear growth reads 8, quadratic 64; the test fails a shape at 32. Then
 * the inputs issue 8 reported, at the sizes it gave.
 */
async function benchPathological(): Promise<void> {
  console.log(
    '\nPathological inputs: engine split, fastest of 3 at n and 8n (8x is linear, 64x quadratic; the test fails at 32x)',
  );
  for (const shape of PATHOLOGICAL_SHAPES) {
    const n = await calibrate(shape, once);
    const small = shape.make(n);
    const large = shape.make(8 * n);
    const a = fastest(small);
    const b = fastest(large);
    const note = shape.knownQuadratic ? `  known quadratic: ${shape.knownQuadratic}` : '';
    console.log(
      `  ${shape.id.padEnd(22)} n=${String(n).padEnd(7)} ${fmt(small.length / MB, 2).padStart(6)} MB ` +
        `${fmt(a).padStart(7)} ms   8n ${fmt(large.length / MB, 2).padStart(6)} MB ${fmt(b).padStart(8)} ms` +
        `   ${fmt(b / a, 1).padStart(5)}x${b / a >= 32 ? '  superlinear' : ''}${note}`,
    );
  }
  console.log('  the inputs issue 8 timed before the fixes, at its sizes:');
  for (const [id, n, before] of ISSUE_8_INPUTS) {
    const shape = PATHOLOGICAL_SHAPES.find((s) => s.id === id) as PathologicalShape;
    const text = shape.make(n);
    once(text);
    console.log(
      `  ${id.padEnd(22)} n=${String(n).padEnd(9)} ${fmt(text.length / MB, 2).padStart(6)} MB ${fmt(fastest(text)).padStart(8)} ms   (issue 8: ${before})`,
    );
  }
}

/** Shape, n, and what issue 8 reported for that input before the fixes in a059452. */
const ISSUE_8_INPUTS: [string, number, string][] = [
  ['same-length-paragraphs', 25_000, '9 s for 25,000 paragraphs of one length'],
  ['same-length-paragraphs', 50_000, '36 s for 50,000'],
  ['short-distinct-lines', 100_000, '10 s for 100,000 distinct short lines'],
  ['tiny-lines', 200_000, '22 s for 200,000 one-character lines'],
  ['tiny-lines', 1_000_000, 'a million one-character lines'],
  ['wrapped-paragraph', 2_200_000, '30 s for a 2.2 MB hard-wrapped paragraph'],
  ['bom-space-line', 40_000, '9 s for one 160 KB line of " \\uFEFF" pairs'],
];
