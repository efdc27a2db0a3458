// Benchmark of the import pipeline: a ~10 MB dump of ~3,500 stories in the seed layout, full pipeline
// (read + decode + split + clean) against the raw floor (read + decode + split into lines) measured in
// the same run, and heap growth at three input sizes to show memory is linear in input.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitFile } from '../electron/services/pipeline';
import {
  makeCaption,
  renderDump,
  rng,
  SEED_LAYOUT,
  type CleanStory,
} from '../shared/testing/dumps';
import { corpusAvailable, loadCorpus } from '../tests/corpus';
import { fmt, medianMs, verdict } from './measure';

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

/** About `targetBytes` of dump in the seed layout: every story headed by a doubled caption. */
export function buildDump(
  targetBytes: number,
  stories: CleanStory[],
): { text: string; count: number } {
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
  return { text: renderDump(picked, SEED_LAYOUT, random), count: picked.length };
}

export function benchSplit(): void {
  const { stories, from } = sourceStories();
  const { text, count } = buildDump(10 * 1024 * 1024, stories);
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  const file = join(dir, 'dump.txt');
  writeFileSync(file, text);
  const bytes = Buffer.byteLength(text);
  const mb = bytes / 1024 / 1024;
  console.log(`\nSplit pipeline: ${fmt(mb, 2)} MB, ${count} stories, from ${from}`);

  let found = 0;
  const floor = medianMs(() => {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    return decoded.split('\n').length;
  });
  const full = medianMs(() => {
    found = splitFile({ name: 'dump.txt', bytes: readFileSync(file) }).stories.length;
  });
  const ratio = full / floor;
  console.log(
    `  raw floor (read + decode + lines)   ${fmt(floor)} ms   ${fmt(mb / (floor / 1000), 0)} MB/s`,
  );
  console.log(
    `  full pipeline (decode+split+clean)  ${fmt(full)} ms   ${fmt(mb / (full / 1000), 0)} MB/s`,
  );
  console.log(
    `  ratio full / floor                  ${fmt(ratio, 2)}x   target <= 5x      ${verdict(ratio <= 5)}`,
  );
  console.log(
    `  full pipeline time                  ${fmt(full)} ms target <= 250 ms  ${verdict(full <= 250)}`,
  );
  console.log(
    `  stories found                       ${found} of ${count}              ${verdict(found === count)}`,
  );

  // Heap retained by the result at 1/4, 1/2 and all of the input: bytes of heap per byte of input.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    const perByte: string[] = [];
    for (const share of [0.25, 0.5, 1]) {
      const part = buildDump(share * 10 * 1024 * 1024, stories).text;
      const input = new TextEncoder().encode(part);
      gc();
      const before = process.memoryUsage().heapUsed;
      const result = splitFile({ name: 'part.txt', bytes: input });
      gc();
      const grown = process.memoryUsage().heapUsed - before;
      perByte.push(
        `${fmt(input.length / 1024 / 1024, 1)} MB -> ${fmt(grown / 1024 / 1024, 1)} MB heap (${fmt(grown / input.length, 2)} B/B)`,
      );
      if (result.stories.length === 0) throw new Error('no stories');
    }
    console.log(`  memory: ${perByte.join('; ')}`);
  } else {
    console.log('  memory: skipped (run with node --expose-gc to measure heap growth)');
  }
  rmSync(dir, { recursive: true, force: true });
}
