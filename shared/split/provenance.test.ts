// Property tests: whatever the input, nothing is lost silently and splitting is deterministic.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SplitResult } from '../model';
import { makeCaption, makeLayout, renderDump, rng, type CleanStory } from '../testing/dumps';
import { splitStories } from './index';
import { cleanLine } from './text';

/** Every non-blank source line lands in exactly one place, and removed lines keep their text. */
function expectProvenance(text: string, result: SplitResult): void {
  const source = text.split('\n').map(cleanLine);
  const expected = source.flatMap((line, i) => (line === '' ? [] : [i + 1]));
  const placed: number[] = [];
  for (const story of result.stories) {
    if (story.headlineLine !== null) {
      placed.push(story.headlineLine);
      expect(story.headline).toBe(source[story.headlineLine - 1]);
    }
    for (const caption of story.captions) placed.push(...caption.lines);
    for (const paragraph of story.body) {
      placed.push(...paragraph.lines);
      for (const line of paragraph.lines)
        expect(paragraph.text).toContain(source[line - 1]?.slice(1));
    }
    for (const removed of story.removed) {
      placed.push(removed.line);
      expect(removed.text).toBe(source[removed.line - 1]);
    }
  }
  expect(placed.sort((a, b) => a - b)).toEqual(expected);
}

const word = fc.constantFrom(
  'the',
  'minister',
  'said',
  'on',
  'Monday',
  'harbour',
  'council',
  'would',
  'vote',
  'against',
  'plan',
  'after',
  'storm',
  'Police',
  'in',
  'Berlin',
  'fell',
  'by',
  'five',
  'percent',
  '(EPA)',
  '(L)',
  'TT',
  '"quoted"',
  'Why?',
  '-',
  'BEIRUT',
  '(AFP)',
  '20 November 2024, Iraq, Baghdad:',
);
const line = fc.oneof(
  { weight: 3, arbitrary: fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.constantFrom('', '', ' ', '\t', 'TT') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
const wordSoupDump = fc.array(line, { maxLength: 120 }).map((lines) => lines.join('\n'));

const invented = (random: () => number): CleanStory => {
  const sentence = () =>
    Array.from({ length: 8 + Math.floor(random() * 20) }, (_, i) =>
      i === 0 ? 'Officials' : 'said',
    ).join(' ') + '.';
  return {
    headline: `Story Number ${Math.floor(random() * 1000)} Makes News`,
    captions: Array.from({ length: Math.floor(random() * 3) }, () => makeCaption(random)),
    body: Array.from({ length: 1 + Math.floor(random() * 5) }, sentence),
  };
};
const layoutDump = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => {
  const random = rng(seed);
  const stories = Array.from({ length: 1 + Math.floor(random() * 5) }, () => invented(random));
  return renderDump(stories, makeLayout(random), random).replace(/\r\n/g, '\n');
});

describe('provenance', () => {
  it('holds for dumps in generated layouts', () => {
    fc.assert(
      fc.property(layoutDump, (text) => expectProvenance(text, splitStories(text))),
      { numRuns: 200 },
    );
  });

  it('holds for word soup and arbitrary strings', () => {
    fc.assert(
      fc.property(wordSoupDump, (text) => expectProvenance(text, splitStories(text))),
      { numRuns: 300 },
    );
  });
});

describe('determinism', () => {
  it('splits the same text the same way every time', () => {
    fc.assert(
      fc.property(fc.oneof(layoutDump, wordSoupDump), (text) => {
        expect(splitStories(text)).toEqual(splitStories(text));
      }),
      { numRuns: 100 },
    );
  });
});
