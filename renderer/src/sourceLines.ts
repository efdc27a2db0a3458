// What the Source view says about each source line: the story it is in, the part of the story it
// went to, whether a story starts there and how sure the split was. Worked out per line shown, so a
// 200,000-line dump costs no more than the few dozen lines on screen.

import { REMOVAL_REASONS, type LineNumber, type Story } from '../../shared/model';
import { partsAt, placesOf, storyIndexAt, type Place } from '../../shared/placement';
import { signalLabel } from '../../shared/split/signals';

/** The stories in source order, for finding the one a line is in by its first line. */
export interface StoryIndex {
  stories: readonly Story[];
  bySource: Story[];
  /** Each story's place in the document (1-based), as the stories list numbers them. */
  number: Map<string, number>;
}

export function indexStories(stories: readonly Story[]): StoryIndex {
  const bySource = stories.slice().sort((a, b) => a.source.firstLine - b.source.firstLine);
  return { stories, bySource, number: new Map(stories.map((s, i) => [s.id, i + 1])) };
}

export interface LineInfo {
  /** The story whose source range the line is in (blank lines between its parts included). */
  story: Story | null;
  /** The part of that story holding the line; null for a blank line. */
  place: Place | null;
  /** The line is the first of its story. */
  starts: boolean;
}

/** The last story starting at or before `line`, by binary search. */
function lastStartingBy(index: StoryIndex, line: LineNumber): Story | null {
  let lo = 0;
  let hi = index.bySource.length - 1;
  let found: Story | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const story = index.bySource[mid] as Story;
    if (story.source.firstLine <= line) {
      found = story;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function lineInfo(index: StoryIndex, line: LineNumber, blank: boolean): LineInfo {
  const near = lastStartingBy(index, line);
  const inRange = near !== null && line <= near.source.lastLine ? near : null;
  const place = inRange ? placesOf(inRange).get(line)?.[0] : undefined;
  if (inRange && place) return { story: inRange, place, starts: inRange.source.firstLine === line };
  if (!blank) {
    // A story moved and merged with one further down holds lines outside its range: look for it.
    const owner = index.stories[storyIndexAt(index.stories, line)];
    const at = owner && placesOf(owner).get(line)?.[0];
    if (owner && at) return { story: owner, place: at, starts: owner.source.firstLine === line };
  }
  return { story: inRange, place: null, starts: inRange?.source.firstLine === line };
}

/** The part a line is in, as the desk names it: `Headline`, `Caption 2`, `Removed: Byline`. */
export function roleLabel(story: Story, place: Place | null): string {
  if (place === null) return '';
  if (place.role === 'headline') return 'Headline';
  if (place.role === 'caption') return `Caption ${place.index + 1}`;
  if (place.role === 'body') return 'Body';
  const reason = story.removed[place.index]?.reason;
  return `Removed: ${reason ? REMOVAL_REASONS[reason] : 'unknown reason'}`;
}

/** How sure the split is of a story's start, and why: `72% sure: wide gap, caption follows`. */
export function confidenceText(story: Story): string {
  const sure = `${Math.round(story.boundary.confidence * 100)}% sure`;
  const why = story.boundary.signals.map(signalLabel).join(', ');
  return why === '' ? sure : `${sure}: ${why}`;
}

/** The source lines the part at `line` spans: what marking that line moves. */
export function partLines(story: Story, line: LineNumber): LineNumber[] {
  return partsAt(story, line).lines;
}
