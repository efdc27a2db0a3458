import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from '../../shared/house-style';
import type { Story } from '../../shared/model';
import { numberedStory, openedDocument } from '../../shared/testing/stories';
import {
  filterStories,
  hasProblems,
  matchesQuery,
  NO_FILTER,
  queryWords,
  searchText,
  storyWithProblems,
} from './triage';

const style = DEFAULT_HOUSE_STYLE;
const caption = (text: string, credit: string | null = 'Reuters') => ({
  text,
  credit,
  dateline: null,
  lines: [],
});

const stories: Story[] = [
  numberedStory(1, { headline: 'Harbour Bridge Reopens' }),
  numberedStory(2, { captions: [caption('Fishermen on the quay.')] }),
  numberedStory(3, {
    body: [{ text: 'The Ferry runs TWICE a day.', lines: [3] }],
    warnings: [{ code: 'no-headline', message: 'No headline' }],
  }),
  // No credit: the caption desk flags it.
  numberedStory(4, { captions: [caption('A crowd at the harbour.', null)] }),
  numberedStory(5),
];
const doc = {
  ...openedDocument(stories),
  reviews: {
    'story-1': 'approved',
    'story-2': 'spiked',
    'story-3': 'new',
    'story-4': 'new',
    'story-5': 'reviewed',
  } as const,
};
const ids = (list: readonly Story[]) => list.map((s) => s.id.replace('story-', ''));

describe('search and filters', () => {
  it('finds a word in the headline, a caption or the body, in any case', () => {
    expect(ids(filterStories(doc, { ...NO_FILTER, query: 'harbour' }, style))).toEqual(['1', '4']);
    expect(ids(filterStories(doc, { ...NO_FILTER, query: 'QUAY' }, style))).toEqual(['2']);
    expect(ids(filterStories(doc, { ...NO_FILTER, query: 'twice' }, style))).toEqual(['3']);
    expect(ids(filterStories(doc, { ...NO_FILTER, query: 'reuters' }, style))).toEqual(['2']);
  });

  it('wants every word of the query, wherever each is', () => {
    expect(queryWords('  Harbour   crowd ')).toEqual(['harbour', 'crowd']);
    expect(ids(filterStories(doc, { ...NO_FILTER, query: 'harbour crowd' }, style))).toEqual(['4']);
    expect(filterStories(doc, { ...NO_FILTER, query: 'harbour nowhere' }, style)).toEqual([]);
  });

  it('filters by status and by problems, with the search', () => {
    expect(ids(filterStories(doc, { ...NO_FILTER, status: 'new' }, style))).toEqual(['3', '4']);
    expect(ids(filterStories(doc, { ...NO_FILTER, status: 'spiked' }, style))).toEqual(['2']);
    expect(ids(filterStories(doc, { ...NO_FILTER, problems: true }, style))).toEqual(['3', '4']);
    expect(
      ids(filterStories(doc, { query: 'harbour', status: 'new', problems: true }, style)),
    ).toEqual(['4']);
  });

  it('hands back the document’s own stories when nothing filters', () => {
    expect(filterStories(doc, NO_FILTER, style)).toBe(doc.stories);
    expect(filterStories(doc, { ...NO_FILTER, query: '   ' }, style)).toBe(doc.stories);
  });

  it('reads a changed story afresh: a story is never changed in place', () => {
    const story = stories[4] as Story;
    expect(searchText(story)).toContain('body of story 5.');
    expect(matchesQuery(story, ['lighthouse'])).toBe(false);
    const edited = { ...story, body: [{ text: 'The lighthouse is lit.', lines: [5] }] };
    expect(matchesQuery(edited, ['lighthouse'])).toBe(true);
    expect(matchesQuery(story, ['lighthouse'])).toBe(false);
  });
});

describe('stories with problems', () => {
  it('counts warnings and flagged captions as problems', () => {
    expect(stories.map((s) => hasProblems(s, style))).toEqual([false, false, true, true, false]);
  });

  it('finds the next and the previous, round past either end', () => {
    const next = (from: string | null, direction: 1 | -1 = 1) =>
      storyWithProblems(stories, from, direction, style)?.id ?? null;
    expect(next('story-1')).toBe('story-3');
    expect(next('story-3')).toBe('story-4');
    expect(next('story-4')).toBe('story-3');
    expect(next('story-4', -1)).toBe('story-3');
    expect(next('story-3', -1)).toBe('story-4');
    expect(next('story-2', -1)).toBe('story-4');
    // From a story not shown: from the top, or going back from the bottom.
    expect(next('gone')).toBe('story-3');
    expect(next(null, -1)).toBe('story-4');
    // The only story with problems, from itself: none other.
    expect(storyWithProblems(stories.slice(0, 3), 'story-3', 1, style)).toBeUndefined();
    expect(storyWithProblems([], null, 1, style)).toBeUndefined();
  });
});
