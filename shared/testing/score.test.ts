// The scorer on small hand-made splits, and the naive baseline on a small hand-made file.

import { describe, expect, it } from 'vitest';
import type { Story, WarningCode } from '../model';
import { naiveSplit } from './naive';
import { addScore, emptyScore, normIso, scoreSplit, summarise } from './score';
import type { GoldStory } from './web/sheet';

const gold = (headline: string, body: string[], more: Partial<GoldStory> = {}): GoldStory => ({
  headline,
  body,
  captions: [],
  byline: null,
  published: null,
  dateline: null,
  ...more,
});

const got = (
  headline: string,
  body: string[],
  more: Partial<Story> & { warn?: WarningCode[] } = {},
): Story => ({
  id: headline,
  headline,
  headlineLine: 1,
  byline: null,
  published: null,
  dateline: null,
  captions: [],
  body: body.map((text) => ({ text, lines: [] })),
  removed: [],
  warnings: (more.warn ?? []).map((code) => ({ code, message: code })),
  boundary: { line: 1, confidence: 1, signals: [] },
  source: { firstLine: 1, lastLine: 1 },
  ...more,
});

describe('scoreSplit', () => {
  it('gives full marks to a perfect split, whitespace aside', () => {
    const g = [gold('Storm hits coast', ['One.', 'Two.']), gold('Bank cuts rates', ['Three.'])];
    const s = scoreSplit(g, [
      got('Storm  hits coast', [' One.', 'Two. ']),
      got('Bank cuts rates', ['Three.']),
    ]);
    expect(s.stories).toEqual({ gold: 2, got: 2, right: 2 });
    expect(s.headline).toEqual({ gold: 2, right: 2 });
    expect(s.body).toEqual({ gold: 3, got: 3, right: 3 });
    expect(s.starts).toEqual({ right: 1, rightWarned: 0, wrong: 0, wrongWarned: 0 });
    expect(summarise(s)).toMatchObject({ stories: 1, headline: 1, captions: 1, body: 1 });
  });

  it('matches the better half of a story cut in two and counts the other as a wrong start', () => {
    const g = [gold('Storm hits coast', ['A.', 'B.', 'C.', 'D.'])];
    const s = scoreSplit(g, [
      got('Storm hits coast', ['A.', 'B.', 'C.']),
      got('D.', [], { warn: ['low-confidence-boundary'] }),
    ]);
    expect(s.stories).toEqual({ gold: 1, got: 2, right: 1 });
    expect(s.body).toEqual({ gold: 4, got: 3, right: 3 });
    expect(s.starts).toEqual({ right: 0, rightWarned: 0, wrong: 1, wrongWarned: 1 });
    expect(summarise(s).stories).toBeCloseTo(2 / 3);
  });

  it('needs half the paragraphs in common to match, one to one', () => {
    const g = [gold('X', ['A.', 'B.', 'C.', 'D.'])];
    expect(scoreSplit(g, [got('X', ['A.', 'E.', 'F.', 'G.'])]).stories.right).toBe(0);
    expect(scoreSplit(g, [got('X', ['A.', 'B.', 'F.', 'G.'])]).stories.right).toBe(1);
    // Two predicted copies of the same story: only one is matched.
    expect(
      scoreSplit(g, [got('X', ['A.', 'B.', 'C.']), got('X', ['A.', 'B.', 'C.'])]).stories.right,
    ).toBe(1);
  });

  it('counts a story merged into the one before as a missed start, warned or not', () => {
    const g = [gold('First', ['A.', 'B.', 'C.']), gold('Second', ['D.'])];
    const merged = (warn: WarningCode[]) =>
      scoreSplit(g, [got('First', ['A.', 'B.', 'C.', 'D.'], { warn })]);
    expect(merged([]).missed).toEqual({ count: 1, warned: 0 });
    expect(merged(['possible-missed-boundary']).missed).toEqual({ count: 1, warned: 1 });
    expect(merged([]).headline).toEqual({ gold: 2, right: 1 });
  });

  it('scores captions as (text, credit) multisets; an unmatched story’s captions are misses', () => {
    const caption = (text: string, credit: string | null) => ({ text, credit, dateline: null });
    const g = [
      gold('X', ['A.'], {
        captions: [
          caption('Smoke rises.', 'AFP'),
          caption('Smoke rises.', 'AFP'),
          caption('A man', 'EPA'),
        ],
      }),
      gold('Y', ['B.'], { captions: [caption('Fans', 'dpa')] }),
    ];
    const s = scoreSplit(g, [
      got('X', ['A.'], {
        captions: [
          { ...caption('Smoke  rises.', 'AFP'), lines: [] },
          { ...caption('A man', null), lines: [] },
        ],
      }),
    ]);
    expect(s.captions).toEqual({ gold: 4, got: 2, right: 1 });
  });

  it('scores byline, published and dateline over the stories that have one, with false positives', () => {
    const g = [
      gold('X', ['A.'], {
        byline: 'Jane Doe',
        published: { text: 'Wed 20 Nov 2024 06.15 GMT', iso: '2024-11-20T06:15:00+00:00' },
        dateline: 'LONDON (AP)',
      }),
      gold('Y', ['B.']),
    ];
    const s = scoreSplit(g, [
      got('X', ['A.'], {
        byline: 'Jane Doe',
        published: { text: 'Wed 20 Nov 2024  06.15 GMT', iso: '2024-11-20T06:15Z' },
        dateline: 'LONDON',
      }),
      got('Y', ['B.'], { byline: 'Staff', published: { text: '2 hours ago', iso: null } }),
    ]);
    expect(s.byline).toEqual({ gold: 1, right: 1, extra: 1 });
    expect(s.published).toEqual({ gold: 1, right: 1, extra: 1 });
    expect(s.publishedIso).toEqual({ gold: 1, right: 1, extra: 0 });
    expect(s.dateline).toEqual({ gold: 1, right: 0, extra: 0 });
    expect(Number.isNaN(summarise(scoreSplit([gold('Y', ['B.'])], [])).byline)).toBe(true);
  });

  it('adds scores across dumps', () => {
    const one = scoreSplit([gold('X', ['A.'])], [got('X', ['A.'])]);
    const two = scoreSplit([gold('Y', ['B.'])], [got('Z', ['C.'])]);
    const sum = addScore(addScore(emptyScore(), one), two);
    expect(sum.stories).toEqual({ gold: 2, got: 2, right: 1 });
    expect(sum.headline).toEqual({ gold: 2, right: 1 });
  });
});

describe('normIso', () => {
  it('spells equal times alike', () => {
    expect(normIso('2024-11-20T06:15Z')).toBe('2024-11-20T06:15:00+00:00');
    expect(normIso('2024-11-20T06:15:00.000+0100')).toBe('2024-11-20T06:15:00+01:00');
    expect(normIso('2024-11-20T06:15')).toBe('2024-11-20T06:15:00');
    expect(normIso('2024-11-20')).toBe('2024-11-20');
    expect(normIso(null)).toBeNull();
  });
});

describe('naiveSplit', () => {
  it('splits at two blank lines, takes the first line as headline and a (Credit) block as caption', () => {
    const text = [
      'Storm hits coast',
      'Residents were told to leave.',
      '',
      'A flooded street in the town (EPA)',
      '',
      'The river rose overnight.',
      '',
      '',
      'Bank cuts rates',
      '',
      'The bank cut its main rate.',
      'It said inflation had eased.',
    ].join('\n');
    const stories = naiveSplit(text);
    expect(stories.map((s) => s.headline)).toEqual(['Storm hits coast', 'Bank cuts rates']);
    expect(stories[0]!.captions.map((c) => [c.text, c.credit, c.lines])).toEqual([
      ['A flooded street in the town', 'EPA', [4]],
    ]);
    expect(stories[0]!.body.map((p) => p.text)).toEqual([
      'Residents were told to leave.',
      'The river rose overnight.',
    ]);
    expect(stories[1]!.body).toEqual([
      { text: 'The bank cut its main rate. It said inflation had eased.', lines: [11, 12] },
    ]);
    expect(stories[1]!.headlineLine).toBe(9);
  });
});
