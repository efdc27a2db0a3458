// Triage over a whole dump: which stories the list shows (a search of every story's copy, a status,
// only those with problems) and where the next story with problems is. Stories are never changed in
// place, so what is worked out for one story object stays true of it: each story's lowercase text
// is made once per version, and a search is answered once per story and query.

import type { OpenedDocument, ReviewState } from '../../shared/document';
import { captionFlags, type HouseStyle } from '../../shared/house-style';
import type { Paragraph, Story } from '../../shared/model';

export type StatusFilter = ReviewState | 'all';

export interface StoryFilter {
  /** Words to find in the headline, captions (text, credit, dateline) or body; any case. */
  query: string;
  status: StatusFilter;
  /** Only stories with a warning from the split or a caption the caption desk flags. */
  problems: boolean;
}

export const NO_FILTER: StoryFilter = { query: '', status: 'all', problems: false };

export const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'Any status' },
  { value: 'new', label: 'New' },
  { value: 'reviewed', label: 'Reviewed' },
  { value: 'approved', label: 'Approved' },
  { value: 'spiked', label: 'Spiked' },
];

// Per story object (and the house style it was counted for).
const flaggedCounts = new WeakMap<Story, { style: HouseStyle; flagged: number }>();

/** Captions of the story the caption desk would flag. */
export function flaggedCaptions(story: Story, style: HouseStyle): number {
  const known = flaggedCounts.get(story);
  if (known?.style === style) return known.flagged;
  const flagged = story.captions.filter(
    (c) => captionFlags(c, story.body, style).length > 0,
  ).length;
  flaggedCounts.set(story, { style, flagged });
  return flagged;
}

/** A warning from the split, or a caption to fix. */
export function hasProblems(story: Story, style: HouseStyle): boolean {
  return story.warnings.length > 0 || flaggedCaptions(story, style) > 0;
}

// The body is most of a story's text and is kept when only the headline or a caption changes.
const bodyTexts = new WeakMap<readonly Paragraph[], string>();
const storyTexts = new WeakMap<Story, string>();

/** Everything a search looks in, lowercase, one field a line. */
export function searchText(story: Story): string {
  let text = storyTexts.get(story);
  if (text !== undefined) return text;
  let body = bodyTexts.get(story.body);
  if (body === undefined) {
    body = story.body.map((p) => p.text.toLowerCase()).join('\n');
    bodyTexts.set(story.body, body);
  }
  const captions = story.captions.map((c) =>
    [c.dateline ?? '', c.text, c.credit ?? ''].join(' ').toLowerCase(),
  );
  text = [story.headline.toLowerCase(), ...captions, body].join('\n');
  storyTexts.set(story, text);
  return text;
}

/** The words of a query, lowercase: a story matches when it holds every one. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

// The last answer per story: typing in one story, or changing the status filter, asks the others
// the same question again.
const answers = new WeakMap<Story, { query: string; hit: boolean }>();

export function matchesQuery(story: Story, words: readonly string[]): boolean {
  const query = words.join(' ');
  const known = answers.get(story);
  if (known?.query === query) return known.hit;
  const text = searchText(story);
  const hit = words.every((w) => text.includes(w));
  answers.set(story, { query, hit });
  return hit;
}

export const isFiltered = (filter: StoryFilter) =>
  queryWords(filter.query).length > 0 || filter.status !== 'all' || filter.problems;

/** The stories the list shows, in document order; the document's own array when nothing filters. */
export function filterStories(
  doc: Pick<OpenedDocument, 'stories' | 'reviews'>,
  filter: StoryFilter,
  style: HouseStyle,
): Story[] {
  if (!isFiltered(filter)) return doc.stories;
  const words = queryWords(filter.query);
  return doc.stories.filter(
    (s) =>
      (filter.status === 'all' || (doc.reviews[s.id] ?? 'new') === filter.status) &&
      (!filter.problems || hasProblems(s, style)) &&
      (words.length === 0 || matchesQuery(s, words)),
  );
}

/**
 * The next story with problems after `fromId` in `stories` (or the one before, going back), round
 * past the end; undefined when none has any. From a story not in `stories`, the search starts at
 * the top (or the bottom, going back).
 */
export function storyWithProblems(
  stories: readonly Story[],
  fromId: string | null,
  direction: 1 | -1,
  style: HouseStyle,
): Story | undefined {
  const n = stories.length;
  const at = stories.findIndex((s) => s.id === fromId);
  const start = at >= 0 ? at : direction === 1 ? -1 : n;
  for (let step = 1; step <= n; step++) {
    const story = stories[(((start + step * direction) % n) + n) % n] as Story;
    if (story.id !== fromId && hasProblems(story, style)) return story;
  }
  return undefined;
}

/**
 * Works out what a search and the problems filter read of each story (its lowercase text, its
 * caption flags) a slice at a time while the page is idle, so that the first search of a large
 * document does not stop the typing. Stories already worked out cost a lookup. Returns a cancel.
 */
export function warmUp(stories: readonly Story[], style: HouseStyle): () => void {
  let next = 0;
  let handle: number | undefined;
  const idle = (work: (deadline: { timeRemaining(): number }) => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(work, { timeout: 1000 })
      : (setTimeout(() => work({ timeRemaining: () => 8 }), 0) as unknown as number);
  const slice = (deadline: { timeRemaining(): number }) => {
    // A few stories each time even when called late (a page never idle), as the timeout makes it.
    const least = next + 8;
    while (next < stories.length && (next < least || deadline.timeRemaining() > 1)) {
      const story = stories[next++] as Story;
      searchText(story);
      hasProblems(story, style);
    }
    if (next < stories.length) handle = idle(slice);
  };
  handle = idle(slice);
  return () => {
    if (handle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}
