import { describe, expect, it } from 'vitest';
import { createDocument, documentSchema, type CopydeskDocument } from './document';
import {
  captionFromLine,
  fixAllCaptions,
  mergeStories,
  mergeWithNext,
  metaValue,
  moveStory,
  replaceStart,
  restoreRemoved,
  reviewOf,
  setByline,
  setPublished,
  setReview,
  setStoryDateline,
  review,
  reviewStories,
  splitStory,
  toggleApproval,
  toggleSpike,
  updateStory,
} from './edits';
import { DEFAULT_HOUSE_STYLE } from './house-style';
import type { Paragraph, Story } from './model';
import { splitStories } from './split/index';

const TEXT = [
  'Harbour Bridge Reopens After Storm Repairs',
  '',
  'Workers inspect the repaired deck of the bridge at dawn (EPA)',
  'Workers inspect the repaired deck of the bridge at dawn (EPA)',
  'TT',
  '',
  'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck.',
  '',
  'Engineers worked around the clock, the city council said in a statement.',
  '',
  'Commuters Welcome the Reopening',
  '',
  'Commuters said the closure had doubled their journey times and welcomed the reopening on Monday.',
  '',
  '',
  '',
  'Fishermen Protest New Quotas in Coastal Town',
  '',
  'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new catch quotas.',
].join('\n');

/** A document of `text` as an import makes it: split, every story new. */
function docOf(text: string, name = 'dump.txt', id = 'doc1'): CopydeskDocument {
  return createDocument({
    id,
    name,
    decoded: { text, encoding: 'UTF-8', lineEndings: 'LF' },
    stories: splitStories(text).stories,
    now: new Date('2026-11-25T08:00:00Z'),
  });
}

const doc = () => docOf(TEXT);

const headlines = (d: CopydeskDocument) => d.stories.map((s) => s.headline);

describe('document edits', () => {
  it('starts from the split', () => {
    expect(headlines(doc())).toEqual([
      'Harbour Bridge Reopens After Storm Repairs',
      'Fishermen Protest New Quotas in Coastal Town',
    ]);
  });

  it('splits at the cursor, taking a headline-like paragraph as the new headline', () => {
    const d = doc();
    const first = d.stories[0]!;
    const split = splitStory(d, first.id, 2, 0);
    expect(headlines(split)).toEqual([
      'Harbour Bridge Reopens After Storm Repairs',
      'Commuters Welcome the Reopening',
      'Fishermen Protest New Quotas in Coastal Town',
    ]);
    const added = split.stories[1]!;
    expect(added.body.map((p) => p.text)).toEqual([
      'Commuters said the closure had doubled their journey times and welcomed the reopening on Monday.',
    ]);
    expect(split.stories[0]!.body).toHaveLength(2);
    expect(split.selectedStoryId).toBe(added.id);
    expect(reviewOf(split, added.id)).toBe('new');
    expect(documentSchema.safeParse(split).success).toBe(true);
  });

  it('splits inside a paragraph, and merging undoes a split', () => {
    const d = doc();
    const id = d.stories[0]!.id;
    const inside = splitStory(d, id, 0, 'The harbour bridge reopened to traffic on Monday,'.length);
    expect(inside.stories[0]!.body.at(-1)!.text).toBe(
      'The harbour bridge reopened to traffic on Monday,',
    );
    expect(inside.stories[1]!.headline).toBe('');
    expect(inside.stories[1]!.body[0]!.text).toMatch(/^three weeks after a storm/);

    const again = splitStory(d, id, 2, 0);
    const merged = mergeWithNext(again, id);
    expect(merged.stories[0]!.body.map((p) => p.text)).toEqual(
      d.stories[0]!.body.map((p) => p.text),
    );
    expect(merged.stories).toHaveLength(2);
    expect(Object.keys(merged.reviews)).toHaveLength(2);
  });

  it('splits inside a hard-wrapped paragraph, each source line to the part that holds most of it', () => {
    const wrapped = [
      'Harbour Bridge Reopens After Storm Repairs',
      '',
      'The harbour bridge reopened to traffic on Monday, three',
      'weeks after a storm tore away part of its deck and left',
      'commuters facing long detours around the inner harbour.',
      'Engineers worked around the clock, the council said.',
    ].join('\n');
    const d = docOf(wrapped, 'wrapped.txt', 'doc2');
    const story = d.stories[0]!;
    expect(story.body.map((p) => p.lines)).toEqual([[3, 4, 5, 6]]);
    const text = story.body[0]!.text;
    // At the start of the third line: the first two stay, the last two go.
    const split = splitStory(d, story.id, 0, text.indexOf('commuters facing'));
    expect(split.stories.map((s) => s.body.map((p) => p.lines))).toEqual([[[3, 4]], [[5, 6]]]);
    expect(split.stories[0]!.source).toEqual({ firstLine: 1, lastLine: 4 });
    expect(split.stories[1]!.source).toEqual({ firstLine: 5, lastLine: 6 });
    // Near the end of the first line: that line stays, with the cut's part of the copy.
    const early = splitStory(d, story.id, 0, text.indexOf('three'));
    expect(early.stories.map((s) => s.body.map((p) => p.lines))).toEqual([[[3]], [[4, 5, 6]]]);
    // A cut at the paragraph's very start or end moves it whole.
    const atEnd = splitStory(d, story.id, 0, text.length);
    expect(atEnd).toBe(d);
  });

  it('merges a story with the next: its headline becomes a paragraph, captions and removed lines pooled', () => {
    const d = doc();
    const merged = mergeWithNext(d, d.stories[0]!.id);
    expect(merged.stories).toHaveLength(1);
    const story = merged.stories[0]!;
    expect(story.body.map((p) => p.text)).toContain('Fishermen Protest New Quotas in Coastal Town');
    expect(story.source.lastLine).toBe(19);
    expect(mergeWithNext(merged, story.id)).toBe(merged);
  });

  it('moves, spikes, approves and edits stories', () => {
    const d = doc();
    const [a, b] = d.stories.map((s) => s.id) as [string, string];
    expect(headlines(moveStory(d, b, -1))[0]).toBe('Fishermen Protest New Quotas in Coastal Town');
    expect(moveStory(d, a, -1)).toBe(d);
    const spiked = toggleSpike(d, a);
    expect(reviewOf(spiked, a)).toBe('spiked');
    expect(reviewOf(toggleSpike(spiked, a), a)).toBe('reviewed');
    expect(reviewOf(setReview(d, b, 'approved'), b)).toBe('approved');
    expect(updateStory(d, a, { headline: 'New' }).stories[0]!.headline).toBe('New');
    expect(() => updateStory(d, 'nope', { headline: 'x' })).toThrow(/No story nope/);
  });

  it('restores a removed line as a caption or into the body in source order', () => {
    const d = doc();
    const story = d.stories[0]!;
    const removed = story.removed.find((r) => r.reason === 'duplicate-caption')!;
    const asCaption = restoreRemoved(d, story.id, removed.line, 'caption').stories[0]!;
    expect(asCaption.captions).toHaveLength(2);
    expect(asCaption.captions[1]).toMatchObject({ credit: 'EPA', lines: [removed.line] });
    expect(asCaption.removed.find((r) => r.line === removed.line)).toBeUndefined();

    const logo = story.removed.find((r) => r.reason === 'logo-token')!;
    const intoBody = restoreRemoved(d, story.id, logo.line, 'body').stories[0]!;
    expect(intoBody.body[0]).toEqual({ text: 'TT', lines: [logo.line] });
  });

  it('reads a caption line into text, credit and dateline', () => {
    expect(captionFromLine('3 March 2025, Norway, Bergen: Boats in the harbour. (dpa)')).toEqual({
      text: 'Boats in the harbour.',
      credit: 'dpa',
      dateline: '3 March 2025, Norway, Bergen',
      lines: [],
    });
  });
});

describe('fixAllCaptions', () => {
  it('puts every caption in house style and leaves the rest of the document alone', () => {
    const before = doc();
    const first = before.stories[0]!;
    expect(first.captions).toMatchObject([
      { text: 'Workers inspect the repaired deck of the bridge at dawn', credit: 'EPA' },
    ]);
    // The default keeps a caption without its full stop: nothing to change.
    expect(fixAllCaptions(before, DEFAULT_HOUSE_STYLE)).toBe(before);
    const after = fixAllCaptions(before, { ...DEFAULT_HOUSE_STYLE, captionFullStop: 'always' });
    expect(after.stories[0]?.captions).toMatchObject([
      { text: 'Workers inspect the repaired deck of the bridge at dawn.', credit: 'EPA' },
    ]);
    expect(after.stories.slice(1)).toEqual(before.stories.slice(1));
    expect(after.stories[0]?.body).toBe(first.body);
    expect(documentSchema.parse(after)).toEqual(after);
  });

  it('returns the same document when every caption is already in house style', () => {
    const fixed = fixAllCaptions(doc(), DEFAULT_HOUSE_STYLE);
    expect(fixAllCaptions(fixed, DEFAULT_HOUSE_STYLE)).toBe(fixed);
  });
});

it('toggles approval: approved, then back to reviewed', () => {
  const d = doc();
  const id = d.stories[0]!.id;
  const approved = toggleApproval(d, id);
  expect(reviewOf(approved, id)).toBe('approved');
  expect(reviewOf(toggleApproval(approved, id), id)).toBe('reviewed');
});

it('reviews by action: approve toggles, spike toggles, reviewed sets', () => {
  const d = doc();
  const id = d.stories[0]!.id;
  expect(reviewOf(review(d, id, 'approve'), id)).toBe('approved');
  expect(reviewOf(review(review(d, id, 'spike'), id, 'spike'), id)).toBe('reviewed');
  expect(reviewOf(review(d, id, 'reviewed'), id)).toBe('reviewed');
});

describe('story metadata', () => {
  const first = (d: CopydeskDocument) => d.stories[0]!;
  /** The sample's first story with a wire dateline at the start of its copy, as the engine gives it. */
  function datelined(dateline: string | null, opening: string, runs?: Paragraph['runs']) {
    const d = doc();
    const story = first(d);
    const [lead, ...rest] = story.body;
    const body = [{ ...lead!, text: opening, ...(runs ? { runs } : {}) }, ...rest];
    return { ...d, stories: [{ ...story, dateline, body }, ...d.stories.slice(1)] };
  }

  it('keeps a field as typed, trimmed, and empty as none', () => {
    expect(metaValue('  Jane Doe ')).toBe('Jane Doe');
    expect(metaValue(' \t ')).toBeNull();
    const d = doc();
    const id = first(d).id;
    const signed = setByline(d, id, ' By Jane Doe and John Roe, Associated Press ');
    expect(first(signed).byline).toBe('By Jane Doe and John Roe, Associated Press');
    expect(signed.stories[1]).toBe(d.stories[1]);
    expect(first(setByline(signed, id, '   ')).byline).toBeNull();
    // Nothing changes, nothing to save or undo.
    expect(setByline(signed, id, 'By Jane Doe and John Roe, Associated Press  ')).toBe(signed);
    expect(documentSchema.parse(signed)).toEqual(signed);
  });

  it('reads the ISO time again from the published text the editor typed', () => {
    const d = doc();
    const id = first(d).id;
    const dated = setPublished(d, id, 'Updated 3:14 PM GMT+1, November 20, 2024');
    expect(first(dated).published).toEqual({
      text: 'Updated 3:14 PM GMT+1, November 20, 2024',
      iso: '2024-11-20T15:14:00+01:00',
    });
    const redated = setPublished(dated, id, 'Wed 20 Nov 2024 06.15 GMT');
    expect(first(redated).published?.iso).toBe('2024-11-20T06:15:00Z');
    // Text that reads as no date is kept, without a date.
    expect(first(setPublished(d, id, 'Last Tuesday, early')).published).toEqual({
      text: 'Last Tuesday, early',
      iso: null,
    });
    expect(first(setPublished(d, id, '2 hours ago')).published).toEqual({
      text: '2 hours ago',
      iso: null,
    });
    expect(first(setPublished(dated, id, '')).published).toBeNull();
    expect(setPublished(dated, id, ' Updated 3:14 PM GMT+1, November 20, 2024')).toBe(dated);
  });

  it('changes the dateline at the start of the copy with the field', () => {
    const d = datelined('LONDON (AP)', 'LONDON (AP) — The harbour bridge reopened.');
    const id = first(d).id;
    const moved = setStoryDateline(d, id, ' BERGEN, Norway (NTB) ');
    expect(first(moved).dateline).toBe('BERGEN, Norway (NTB)');
    expect(first(moved).body[0]).toEqual({
      ...first(d).body[0],
      text: 'BERGEN, Norway (NTB) — The harbour bridge reopened.',
    });
    expect(first(moved).body.slice(1)).toEqual(first(d).body.slice(1));
    // And back: each change finds the dateline it left.
    expect(first(setStoryDateline(moved, id, 'LONDON (AP)')).body[0]!.text).toBe(
      'LONDON (AP) — The harbour bridge reopened.',
    );
  });

  it.each([
    ['BEIRUT (Reuters) - The talks', 'BEIRUT (Reuters)', 'DAMASCUS (Reuters)'],
    ['Cairo - Asharq Al-Awsat: The talks', 'Cairo - Asharq Al-Awsat', 'Giza - Asharq Al-Awsat'],
    ['LONDON (AP)—The talks', 'LONDON (AP)', 'PARIS (AP)'],
    ['LONDON (AP)', 'LONDON (AP)', 'PARIS (AP)'],
  ])('finds the dateline in %j', (opening, dateline, next) => {
    const d = datelined(dateline, opening);
    expect(first(setStoryDateline(d, first(d).id, next)).body[0]!.text).toBe(
      next + opening.slice(dateline.length),
    );
  });

  it.each([
    ['a longer word', 'LONDON', 'LONDONDERRY (AP) — Rain.'],
    ['a word joined by a hyphen', 'LONDON', 'LONDON-based firms grew.'],
    ['more of a dateline', 'LONDON', 'LONDON (AP) — Rain.'],
    ['other copy', 'LONDON (AP)', 'The harbour bridge reopened.'],
  ])('leaves the copy alone when it starts with %s', (_, dateline, opening) => {
    const d = datelined(dateline, opening);
    const moved = setStoryDateline(d, first(d).id, 'PARIS (AFP)');
    expect(first(moved).dateline).toBe('PARIS (AFP)');
    expect(first(moved).body).toEqual(first(d).body);
  });

  it('records a dateline typed where there was none, without writing it into the copy', () => {
    const d = datelined(null, 'LONDON (AP) — Rain.');
    const set = setStoryDateline(d, first(d).id, 'LONDON (AP)');
    expect(first(set).dateline).toBe('LONDON (AP)');
    expect(first(set).body).toEqual(first(d).body);
    // From then on the field and the copy move together.
    expect(first(setStoryDateline(set, first(d).id, 'OSLO (AP)')).body[0]!.text).toBe(
      'OSLO (AP) — Rain.',
    );
  });

  it('empties the field to no dateline and keeps the copy as it is', () => {
    const d = datelined('LONDON (AP)', 'LONDON (AP) — Rain.');
    const cleared = setStoryDateline(d, first(d).id, '  ');
    expect(first(cleared).dateline).toBeNull();
    expect(first(cleared).body).toEqual(first(d).body);
    expect(setStoryDateline(cleared, first(d).id, '')).toBe(cleared);
  });

  it('keeps the formatting of a dateline it changes', () => {
    const d = datelined('LONDON (AP)', 'LONDON (AP) — Rain, said Met Office.', [
      { text: 'LONDON', bold: true },
      { text: ' (AP) — Rain, said ' },
      { text: 'Met Office', href: 'https://example.org' },
      { text: '.' },
    ]);
    const moved = first(setStoryDateline(d, first(d).id, 'OSLO (NTB)')).body[0]!;
    expect(moved.text).toBe('OSLO (NTB) — Rain, said Met Office.');
    expect(moved.runs).toEqual([
      { text: 'OSLO (NTB)', bold: true },
      { text: ' — Rain, said ' },
      { text: 'Met Office', href: 'https://example.org' },
      { text: '.' },
    ]);
  });
});

describe('replaceStart', () => {
  const p = (runs: Paragraph['runs']): Paragraph => ({
    text: runs!.map((r) => r.text).join(''),
    lines: [4],
    runs,
    dir: 'ltr',
  });
  it('puts the new start in the formatting of the old, and the runs still make the text', () => {
    const cases: [Paragraph, number, string][] = [
      [p([{ text: 'ABC def', italic: true }, { text: ' ghi' }]), 3, 'XY'],
      [p([{ text: 'AB' }, { text: 'CD', bold: true }, { text: 'ef' }]), 3, 'Z'],
      [p([{ text: 'AB', bold: true }, { text: 'cd' }]), 2, ''],
      [p([{ text: 'AB', bold: true }, { text: 'cd' }]), 0, 'Q'],
    ];
    const got = cases.map(([para, n, text]) => replaceStart(para, n, text));
    expect(got.map((g) => g.runs)).toEqual([
      [{ text: 'XY def', italic: true }, { text: ' ghi' }],
      [{ text: 'Z' }, { text: 'D', bold: true }, { text: 'ef' }],
      [{ text: 'cd' }],
      [{ text: 'QAB', bold: true }, { text: 'cd' }],
    ]);
    for (const [i, g] of got.entries()) {
      expect(g.runs!.map((r) => r.text).join('')).toBe(g.text);
      expect(g).toMatchObject({ lines: [4], dir: 'ltr' });
      expect(g.text).toBe(text(cases[i]!));
    }
    function text([para, n, start]: [Paragraph, number, string]) {
      return start + para.text.slice(n);
    }
  });
});

describe('split at the cursor after a merge', () => {
  // Three pages in the seed layout: each picture's caption printed twice above and below the logo.
  const page = (headline: string, caption: string, body: string[]) => [
    headline,
    '',
    caption,
    caption,
    'TT',
    '',
    headline,
    '',
    caption,
    caption,
    '',
    ...body.flatMap((p) => [p, '']),
  ];
  const PAGES = [
    ...page(
      'Harbour Bridge Reopens After Storm Repairs',
      'Workers inspect the repaired deck of the bridge at dawn (EPA)',
      [
        'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck.',
        'Engineers worked around the clock, the city council said in a statement.',
      ],
    ),
    '',
    '',
    ...page(
      'Fishermen Protest New Quotas in Coastal Town',
      '3 March 2025, Norway, Bergen: Fishing boats moored in the harbour during the protest. (dpa)',
      [
        'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new catch quotas.',
        'The ministry said the quotas were needed to protect stocks that have fallen for five years.',
      ],
    ),
    '',
    '',
    ...page('Ferry Timetable Changes From March', 'Passengers board the morning ferry', [
      'The ferry company will run two extra crossings a day from March, it said on Wednesday.',
      'Fares will not change, a spokeswoman said.',
    ]),
  ].join('\n');

  /** The pages split, with metadata the desk set on the second and third stories. */
  function pages(): CopydeskDocument {
    const d = docOf(PAGES, 'pages.txt', 'doc2');
    const [, b, c] = d.stories.map((s) => s.id) as [string, string, string];
    let out = setByline(d, b, 'Jane Doe');
    out = setPublished(out, b, '3:14 PM GMT+1, March 4, 2025');
    out = setStoryDateline(out, b, 'BERGEN, Norway (AP)');
    return setByline(out, c, 'John Roe');
  }

  /** Splits story `id` where the paragraph reading `headline` (a joined story's headline) starts. */
  function splitAtHeadline(d: CopydeskDocument, id: string, headline: string) {
    const at = d.stories.find((s) => s.id === id)!.body.findIndex((p) => p.text === headline);
    expect(at).toBeGreaterThan(0);
    return splitStory(d, id, at, 0);
  }

  it('holds three stories, each with its caption, removed lines and metadata', () => {
    const d = pages();
    expect(headlines(d)).toHaveLength(3);
    for (const s of d.stories) {
      expect(s.captions).toHaveLength(1);
      expect(s.removed.length).toBeGreaterThan(0);
    }
    // The third story's caption has no credit: a warning with its line, to be given back too.
    expect(d.stories[2]!.warnings.map((w) => w.code)).toEqual(['caption-without-credit']);
  });

  it('gives each story back its captions, removed lines, metadata, warnings and source range', () => {
    const d = pages();
    const [a, b] = d.stories as [Story, Story, Story];
    const merged = mergeWithNext(d, a.id);
    expect(merged.stories[0]!.captions).toHaveLength(2);
    expect(merged.stories[0]!.byline).toBeNull();

    const split = splitAtHeadline(merged, a.id, b.headline);
    expect(split.stories).toEqual(d.stories);
    expect(split.selectedStoryId).toBe(b.id);
    expect(reviewOf(split, b.id)).toBe('new');
    expect(documentSchema.parse(split)).toEqual(split);
  });

  it('undoes merges of three stories split back in either order', () => {
    const d = pages();
    const [a, b, c] = d.stories as [Story, Story, Story];
    const all = mergeWithNext(mergeWithNext(d, a.id), a.id);
    expect(all.stories).toHaveLength(1);
    // The last join first, then the middle one.
    const lastFirst = splitAtHeadline(splitAtHeadline(all, a.id, c.headline), a.id, b.headline);
    expect(lastFirst.stories).toEqual(d.stories);
    // The middle join first: the new story holds the third, joined, and gives it back in turn.
    const middle = splitAtHeadline(all, a.id, b.headline);
    expect(middle.stories.map((s) => s.captions.length)).toEqual([1, 2]);
    expect(splitAtHeadline(middle, b.id, c.headline).stories).toEqual(d.stories);
  });

  it('merged the other way round (the second and third first), splits back the same', () => {
    const d = pages();
    const [a, b, c] = d.stories as [Story, Story, Story];
    const all = mergeWithNext(mergeWithNext(d, b.id), a.id);
    const back = splitAtHeadline(splitAtHeadline(all, a.id, b.headline), b.id, c.headline);
    expect(back.stories).toEqual(d.stories);
  });

  it('cut inside the joined copy, keeps what lies above the cut with the first part', () => {
    const d = pages();
    const [a, b] = d.stories as [Story, Story, Story];
    const merged = mergeWithNext(d, a.id);
    const body = merged.stories[0]!.body;
    const split = splitStory(merged, a.id, body.length - 1, 0);
    const [first, second] = split.stories as [Story, Story, Story];
    // The second story's caption and page top lie above the cut: they stay with its headline.
    expect(first.captions).toEqual([...a.captions, ...b.captions]);
    expect(first.removed).toEqual([...a.removed, ...b.removed]);
    expect(first.joined?.map((j) => j.id)).toEqual([b.id]);
    expect(second).toMatchObject({ captions: [], removed: [], byline: null });
    expect(second.joined).toBeUndefined();
    expect(second.body.map((p) => p.text)).toEqual([b.body.at(-1)!.text]);
    // Merged back, the join is still there to split at.
    const again = splitAtHeadline(mergeWithNext(split, a.id), a.id, b.headline);
    expect(again.stories[1]!.byline).toBe('Jane Doe');
  });
});

describe('edits on several stories', () => {
  const FOUR = [
    'Harbour Bridge Reopens After Storm Repairs',
    '',
    'The harbour bridge reopened to traffic on Monday, three weeks after a storm tore away part of its deck.',
    '',
    '',
    '',
    'Fishermen Protest New Quotas in Coastal Town',
    '',
    'Hundreds of fishermen blocked the harbour entrance on Tuesday in protest at new catch quotas.',
    '',
    '',
    '',
    'Council Approves Budget for New Library',
    '',
    'The city council approved the budget for a new central library on Wednesday after a long debate.',
    '',
    '',
    '',
    'Ferry Timetable Changes From Next Month',
    '',
    'The island ferry will run two extra crossings a day from next month, the operator said on Thursday.',
  ].join('\n');
  const four = () => docOf(FOUR, 'four.txt', 'doc4');

  it('starts from four stories', () => {
    expect(headlines(four())).toHaveLength(4);
  });

  it('merges stories that are not next to each other into the first in document order', () => {
    const d = four();
    const [a, b, c, e] = d.stories as [Story, Story, Story, Story];
    // Asked for out of order: the first in the document is the one kept.
    const merged = mergeStories(d, [e.id, a.id, c.id]);
    expect(merged.stories.map((s) => s.id)).toEqual([a.id, b.id]);
    const story = merged.stories[0]!;
    expect(story.body.map((p) => p.text)).toEqual([
      a.body[0]!.text,
      c.headline,
      c.body[0]!.text,
      e.headline,
      e.body[0]!.text,
    ]);
    expect(story.joined?.map((j) => j.id)).toEqual([c.id, e.id]);
    expect(Object.keys(merged.reviews).sort()).toEqual([a.id, b.id].sort());
    expect(merged.selectedStoryId).toBe(a.id);
    expect(documentSchema.safeParse(merged).success).toBe(true);

    // Split where a joined story's headline stands: that story comes back whole, after the first.
    const back = splitStory(merged, a.id, 1, 0);
    expect(back.stories.map((s) => s.id)).toEqual([a.id, c.id, b.id]);
    expect(back.stories[1]!.headline).toBe(c.headline);
  });

  it('merges neighbours as Merge with next does, and leaves a lone story alone', () => {
    const d = four();
    const [a, b] = d.stories as [Story, Story];
    expect(mergeStories(d, [a.id, b.id])).toEqual({
      ...mergeWithNext(d, a.id),
      selectedStoryId: a.id,
    });
    expect(mergeStories(d, [b.id])).toBe(d);
    expect(() => mergeStories(d, [a.id, 'nope'])).toThrow(/No story nope/);
  });

  it('approves or spikes several stories, and takes them back when every one already was', () => {
    const d = four();
    const [a, b, c] = d.stories.map((s) => s.id) as [string, string, string];
    const approved = reviewStories(setReview(d, a, 'approved'), [a, b], 'approve');
    expect([a, b, c].map((id) => reviewOf(approved, id))).toEqual(['approved', 'approved', 'new']);
    const takenBack = reviewStories(approved, [a, b], 'approve');
    expect([a, b].map((id) => reviewOf(takenBack, id))).toEqual(['reviewed', 'reviewed']);
    const spiked = reviewStories(approved, [b, c], 'spike');
    expect([a, b, c].map((id) => reviewOf(spiked, id))).toEqual(['approved', 'spiked', 'spiked']);
    const reviewed = reviewStories(spiked, [b, c], 'reviewed');
    expect(reviewStories(reviewed, [b, c], 'reviewed')).toBe(reviewed);
  });
});
