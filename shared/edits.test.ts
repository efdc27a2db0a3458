import { describe, expect, it } from 'vitest';
import { createDocument, documentSchema, type CopydeskDocument } from './document';
import {
  captionFromLine,
  fixAllCaptions,
  mergeWithNext,
  moveStory,
  restoreRemoved,
  reviewOf,
  setReview,
  review,
  splitStory,
  toggleApproval,
  toggleSpike,
  updateStory,
} from './edits';
import { DEFAULT_HOUSE_STYLE } from './house-style';
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

function doc(): CopydeskDocument {
  return createDocument({
    id: 'doc1',
    name: 'dump.txt',
    decoded: { text: TEXT, encoding: 'UTF-8', lineEndings: 'LF' },
    stories: splitStories(TEXT).stories,
    now: new Date('2026-11-25T08:00:00Z'),
  });
}

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
      text: '3 March 2025, Norway, Bergen: Boats in the harbour.',
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
    const after = fixAllCaptions(before, DEFAULT_HOUSE_STYLE);
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
