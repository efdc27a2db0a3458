// The Source view's line actions (start a story at a line, join to the story before, mark a line as
// headline, caption, body or junk): what each does, and that no sequence of them, with merges,
// splits and moves between, ever loses a line or puts one in two places.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument, documentSchema, type CopydeskDocument } from './document';
import {
  joinPrevious,
  markLine,
  mergeWithNext,
  moveStory,
  restoreRemoved,
  splitStory,
  startStoryAt,
  type LineMark,
} from './edits';
import type { Story } from './model';
import { partsAt, placesOf, storyIndexAt, type LineRole } from './placement';
import { splitStories } from './split/index';
import { cleanLine } from './split/text';
import { makeCaption, makeLayout, renderDump, rng, type CleanStory } from './testing/dumps';

const TEXT = [
  'Harbour Bridge Reopens After Storm Repairs', // 1
  '',
  'Workers inspect the repaired deck of the bridge at dawn (EPA)', // 3 caption
  'Workers inspect the repaired deck of the bridge at dawn (EPA)', // 4 removed: caption again
  'TT', // 5 removed: logo
  '',
  'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck.', // 7
  '',
  'Engineers worked around the clock, the city council said in a statement.', // 9
  '',
  'Commuters Welcome the Reopening', // 11
  '',
  'Commuters said the closure had doubled their journey times and welcomed the reopening on Monday.', // 13
  '',
  '',
  '',
  'Fishermen Protest New Quotas in Coastal Town', // 17
  '',
  'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new catch quotas.', // 19
].join('\n');

function documentOf(text: string): CopydeskDocument {
  return createDocument({
    id: 'doc1',
    name: 'dump.txt',
    decoded: { text, encoding: 'UTF-8', lineEndings: 'LF' },
    stories: splitStories(text).stories,
    now: new Date('2026-11-30T08:00:00Z'),
  });
}

const SOURCE = TEXT.split('\n');
const doc = () => documentOf(TEXT);
const headlines = (d: CopydeskDocument) => d.stories.map((s) => s.headline);

/** Each line a story holds, with the story's id and the part it is in. */
function placements(d: CopydeskDocument): Map<number, { story: string; role: LineRole }[]> {
  const all = new Map<number, { story: string; role: LineRole }[]>();
  for (const story of d.stories)
    for (const [line, places] of placesOf(story))
      for (const { role } of places)
        all.set(line, [...(all.get(line) ?? []), { story: story.id, role }]);
  return all;
}

/**
 * Provenance: every non-blank source line is in exactly one place of one story, and a removed line
 * keeps its text as printed; story ids stay unique and the document still loads.
 */
function expectProvenance(d: CopydeskDocument, source: readonly string[]): void {
  const expected = source.flatMap((line, i) => (cleanLine(line) === '' ? [] : [i + 1]));
  const placed = placements(d);
  expect([...placed.keys()].sort((a, b) => a - b)).toEqual(expected);
  for (const [line, at] of placed) expect({ line, places: at.length }).toEqual({ line, places: 1 });
  for (const story of d.stories)
    for (const r of story.removed) expect(r.text).toBe(cleanLine(source[r.line - 1] ?? ''));
  expect(new Set(d.stories.map((s) => s.id)).size).toBe(d.stories.length);
  expect(documentSchema.safeParse(d).success).toBe(true);
}

const story = (d: CopydeskDocument, i: number) => d.stories[i] as Story;

describe('startStoryAt', () => {
  it('starts the split as the engine made it', () => {
    expect(headlines(doc())).toEqual([
      'Harbour Bridge Reopens After Storm Repairs',
      'Fishermen Protest New Quotas in Coastal Town',
    ]);
    expectProvenance(doc(), SOURCE);
  });

  it('cuts a story at a line that reads like a headline, which becomes the new headline', () => {
    const d = doc();
    const next = startStoryAt(d, 11, SOURCE);
    expect(headlines(next)).toEqual([
      'Harbour Bridge Reopens After Storm Repairs',
      'Commuters Welcome the Reopening',
      'Fishermen Protest New Quotas in Coastal Town',
    ]);
    const added = story(next, 1);
    expect(added).toMatchObject({
      headlineLine: 11,
      body: [{ lines: [13] }],
      source: { firstLine: 11, lastLine: 13 },
      boundary: { line: 11, confidence: 1, signals: ['editor-split'] },
    });
    expect(story(next, 0).source).toEqual({ firstLine: 1, lastLine: 9 });
    expect(story(next, 0).body.map((p) => p.lines)).toEqual([[7], [9]]);
    expect(next.selectedStoryId).toBe(added.id);
    expect(next.reviews[added.id]).toBe('new');
    expectProvenance(next, SOURCE);
  });

  it('takes no headline when told so, or when the line is a sentence', () => {
    const none = story(startStoryAt(doc(), 11, SOURCE, 'none'), 1);
    expect(none).toMatchObject({ headline: '', headlineLine: null });
    expect(none.body.map((p) => p.lines)).toEqual([[11], [13]]);
    const sentence = story(startStoryAt(doc(), 9, SOURCE), 1);
    expect(sentence.headlineLine).toBeNull();
    expect(sentence.body.map((p) => p.lines)).toEqual([[9], [11], [13]]);
  });

  it('takes the line as headline when the editor says so, whatever it is', () => {
    const next = startStoryAt(doc(), 5, SOURCE, 'line');
    expect(story(next, 1)).toMatchObject({ headline: 'TT', headlineLine: 5 });
    // The caption above the cut stays; the removed line went with the new story, as its headline.
    expect(story(next, 0).captions.map((c) => c.lines)).toEqual([[3]]);
    expect(story(next, 0).removed.map((r) => r.line)).toEqual([4]);
    expectProvenance(next, SOURCE);
  });

  it('changes nothing at a story’s first line or a blank one', () => {
    const d = doc();
    expect(startStoryAt(d, 1, SOURCE)).toBe(d);
    expect(startStoryAt(d, 17, SOURCE)).toBe(d);
    expect(startStoryAt(d, 2, SOURCE)).toBe(d);
    expect(startStoryAt(d, 99, SOURCE)).toBe(d);
  });

  it('gives a joined story back whole at its headline', () => {
    const d = doc();
    const [first, second] = d.stories as [Story, Story];
    const joined = joinPrevious(d, second.id);
    expect(headlines(joined)).toEqual([first.headline]);
    expect(joined.selectedStoryId).toBe(first.id);
    expect(story(joined, 0).body.map((p) => p.text)).toContain(second.headline);
    expectProvenance(joined, SOURCE);
    const back = startStoryAt(joined, 17, SOURCE, 'none');
    expect(back.stories).toEqual(d.stories);
  });
});

describe('joinPrevious', () => {
  it('joins a story on to the one before it, and nothing before the first', () => {
    const d = doc();
    expect(joinPrevious(d, story(d, 0).id)).toBe(d);
    expect(joinPrevious(d, story(d, 1).id).stories).toHaveLength(1);
  });
});

describe('markLine', () => {
  it('marks a caption line as body: the caption as printed becomes a paragraph in line order', () => {
    const next = markLine(doc(), 3, 'body', SOURCE);
    const s = story(next, 0);
    expect(s.captions).toEqual([]);
    expect(s.body[0]).toEqual({
      text: 'Workers inspect the repaired deck of the bridge at dawn (EPA)',
      lines: [3],
    });
    expect(next.selectedStoryId).toBe(s.id);
    expectProvenance(next, SOURCE);
  });

  it('marks a removed line as a caption, and a body line as junk with its source text', () => {
    const asCaption = story(markLine(doc(), 4, 'caption', SOURCE), 0);
    expect(asCaption.captions.map((c) => [c.lines, c.credit])).toEqual([
      [[3], 'EPA'],
      [[4], 'EPA'],
    ]);
    const junk = markLine(doc(), 9, 'junk', SOURCE);
    expect(story(junk, 0).removed).toContainEqual({
      line: 9,
      text: SOURCE[8],
      reason: 'editor',
    });
    expect(story(junk, 0).body.map((p) => p.lines)).toEqual([[7], [11], [13]]);
    expectProvenance(junk, SOURCE);
  });

  it('marks a line as headline, the old headline going into the copy where it stood', () => {
    const next = markLine(doc(), 11, 'headline', SOURCE);
    const s = story(next, 0);
    expect(s).toMatchObject({ headline: 'Commuters Welcome the Reopening', headlineLine: 11 });
    expect(s.body.map((p) => p.lines)).toEqual([[1], [7], [9], [13]]);
    expectProvenance(next, SOURCE);
    // The headline marked as body: the story has none, and says so no more than before.
    const none = story(markLine(doc(), 1, 'body', SOURCE), 0);
    expect(none).toMatchObject({ headline: '', headlineLine: null });
  });

  it('changes nothing when the line is already so marked, or blank', () => {
    const d = doc();
    expect(markLine(d, 7, 'body', SOURCE)).toBe(d);
    expect(markLine(d, 5, 'junk', SOURCE)).toBe(d);
    expect(markLine(d, 1, 'headline', SOURCE)).toBe(d);
    expect(markLine(d, 2, 'caption', SOURCE)).toBe(d);
  });

  it('moves a wrapped paragraph whole, and refuses to make it a headline', () => {
    const wrapped = [
      'Storm Closes the Harbour',
      '',
      'The harbour was closed on Monday as the storm',
      'reached the coast, the port authority said in',
      'a statement issued late in the evening.',
      '',
      'Ferries stayed in port while crews waited.',
    ];
    const d = documentOf(wrapped.join('\n'));
    expect(story(d, 0).body.map((p) => p.lines)).toEqual([[3, 4, 5], [7]]);
    const junk = markLine(d, 4, 'junk', wrapped);
    expect(story(junk, 0).removed.map((r) => [r.line, r.text])).toEqual([
      [3, wrapped[2]],
      [4, wrapped[3]],
      [5, wrapped[4]],
    ]);
    expectProvenance(junk, wrapped);
    const caption = markLine(d, 5, 'caption', wrapped);
    expect(story(caption, 0).captions.map((c) => c.lines)).toEqual([[3, 4, 5]]);
    expect(() => markLine(d, 4, 'headline', wrapped)).toThrow(/A headline is one line/);
    // A story started inside it starts at its first line.
    expect(story(startStoryAt(d, 4, wrapped), 1).source.firstLine).toBe(3);
  });
});

// Random documents and random sequences of every action that moves lines between stories or parts.

const invented = (random: () => number): CleanStory => ({
  headline: `Story Number ${Math.floor(random() * 1000)} Makes News`,
  captions: Array.from({ length: Math.floor(random() * 3) }, () => makeCaption(random)),
  body: Array.from(
    { length: 1 + Math.floor(random() * 5) },
    () =>
      Array.from({ length: 6 + Math.floor(random() * 20) }, (_, i) =>
        i === 0 ? 'Officials' : 'said',
      ).join(' ') + '.',
  ),
});

const dump = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => {
  const random = rng(seed);
  const stories = Array.from({ length: 1 + Math.floor(random() * 4) }, () => invented(random));
  return renderDump(stories, makeLayout(random), random).replace(/\r\n/g, '\n');
});

const MARKS: LineMark[] = ['headline', 'caption', 'body', 'junk'];

type Action =
  | { kind: 'start'; at: number; headline: 'auto' | 'line' | 'none' }
  | { kind: 'join'; at: number }
  | { kind: 'mark'; at: number; mark: LineMark }
  | { kind: 'merge'; at: number }
  | { kind: 'split'; at: number; paragraph: number }
  | { kind: 'move'; at: number; up: boolean }
  | { kind: 'restore'; at: number; caption: boolean }
  | { kind: 'undo' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('start' as const),
    at: fc.nat(),
    headline: fc.constantFrom('auto' as const, 'line' as const, 'none' as const),
  }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('mark' as const), at: fc.nat(), mark: fc.constantFrom(...MARKS) }),
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), paragraph: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), up: fc.boolean() }),
  fc.record({ kind: fc.constant('restore' as const), at: fc.nat(), caption: fc.boolean() }),
  fc.constant({ kind: 'undo' as const }),
);

/** The action done on `d`: a line or a story picked by `at`, modulo how many there are. */
function perform(d: CopydeskDocument, a: Action, source: readonly string[]): CopydeskDocument {
  if (a.kind === 'undo') return d;
  const line = 1 + (a.at % source.length);
  const s = d.stories[a.at % d.stories.length] as Story;
  switch (a.kind) {
    case 'start':
      return startStoryAt(d, line, source, a.headline);
    case 'join':
      return joinPrevious(d, s.id);
    case 'mark':
      // A part of several lines cannot be a headline: the desk offers no such action.
      if (a.mark === 'headline' && !oneLine(d, line)) return d;
      return markLine(d, line, a.mark, source);
    case 'merge':
      return mergeWithNext(d, s.id);
    case 'split':
      // At a paragraph's start: a cut inside one gives both halves its lines (see splitStory).
      return s.body.length > 1
        ? splitStory(d, s.id, 1 + (a.paragraph % (s.body.length - 1)), 0)
        : d;
    case 'move':
      return moveStory(d, s.id, a.up ? -1 : 1);
    case 'restore': {
      const removed = s.removed[a.at % Math.max(1, s.removed.length)];
      return removed ? restoreRemoved(d, s.id, removed.line, a.caption ? 'caption' : 'body') : d;
    }
  }
}

function oneLine(d: CopydeskDocument, line: number): boolean {
  for (const s of d.stories) {
    const at = placesOf(s).get(line);
    if (at) {
      const [place] = at;
      if (!place) return false;
      if (place.role === 'headline' || place.role === 'removed') return at.length === 1;
      const part = place.role === 'body' ? s.body[place.index] : s.captions[place.index];
      return at.length === 1 && part?.lines.length === 1;
    }
  }
  return false;
}

describe('provenance under line actions', () => {
  it('keeps every non-blank line in exactly one place through any sequence of actions and undos', () => {
    fc.assert(
      fc.property(dump, fc.array(action, { maxLength: 25 }), (text, actions) => {
        const source = text.split('\n');
        let d = documentOf(text);
        // Undo as the desk has it: the document before the action comes back.
        const history: CopydeskDocument[] = [];
        for (const a of actions) {
          if (a.kind === 'undo') {
            const before = history.pop();
            if (before) d = before;
          } else {
            const next = perform(d, a, source);
            if (next !== d) history.push(d);
            d = next;
          }
          expectProvenance(d, source);
        }
        // Every step taken back, the split is as the engine made it.
        while (history.length > 0) d = history.pop() as CopydeskDocument;
        expect(d).toEqual(documentOf(text));
      }),
      { numRuns: 150 },
    );
  });

  it('starting a story at a line and joining it back leaves every line in its story and part', () => {
    fc.assert(
      fc.property(dump, fc.nat(), (text, at) => {
        const source = text.split('\n');
        const d = documentOf(text);
        const line = 1 + (at % source.length);
        const started = startStoryAt(d, line, source, 'none');
        if (started === d) return;
        expect(started.stories).toHaveLength(d.stories.length + 1);
        const added = started.stories.find((s) => s.id === started.selectedStoryId) as Story;
        const rejoined = joinPrevious(started, added.id);
        // Joined on, a story's headline reads as a paragraph of the copy (see mergeWithNext).
        const where = (x: CopydeskDocument) =>
          [...placements(x)]
            .map(([l, p]) => [
              l,
              p.map((q) => [q.story, l === added.headlineLine ? 'body' : q.role]),
            ])
            .sort();
        expect(where(rejoined)).toEqual(where(d));
      }),
      { numRuns: 150 },
    );
  });

  it('marking a line and marking each of its lines back leaves every line in the part it was', () => {
    fc.assert(
      fc.property(dump, fc.nat(), fc.constantFrom(...MARKS), (text, at, mark) => {
        const source = text.split('\n');
        const d = documentOf(text);
        const line = 1 + (at % source.length);
        const index = storyIndexAt(d.stories, line);
        const was = placements(d).get(line)?.[0];
        if (!was || was.role === 'headline' || mark === 'headline') return;
        const back: LineMark = was.role === 'removed' ? 'junk' : was.role;
        // Junk is kept line by line: a wrapped paragraph comes back a paragraph a line.
        const { lines } = partsAt(d.stories[index] as Story, line);
        const there = lines.reduce(
          (x, l) => markLine(x, l, back, source),
          markLine(d, line, mark, source),
        );
        const roles = (x: CopydeskDocument) =>
          [...placements(x)].map(([l, p]) => [l, p.map((q) => [q.story, q.role])]).sort();
        expect(roles(there)).toEqual(roles(d));
      }),
      { numRuns: 150 },
    );
  });
});
