// Where each source line of a story went: its headline, a caption, a body paragraph or its removed
// list. The split places every non-blank line once (see shared/split); the Source view shows these
// places, and the line actions of edits.ts move a line from one to another.

import type { LineNumber, Story } from './model';

/** The parts of a story a source line can be in. */
export type LineRole = 'headline' | 'caption' | 'body' | 'removed';

/** One part of a story holding a line: which kind, and its index in the story's list of them. */
export interface Place {
  role: LineRole;
  /** Index in `captions`, `body` or `removed`; 0 for the headline. */
  index: number;
}

// Stories are never changed in place: a story's places are worked out once per story object.
const cache = new WeakMap<Story, Map<LineNumber, Place[]>>();

/**
 * Every line the story holds, with the parts holding it. A line is in one part, except where the
 * split cut one line into several (glued paragraphs, a paragraph over the size limit).
 */
export function placesOf(story: Story): Map<LineNumber, Place[]> {
  const known = cache.get(story);
  if (known) return known;
  const places = new Map<LineNumber, Place[]>();
  const add = (line: LineNumber, place: Place) => {
    const at = places.get(line);
    if (at) at.push(place);
    else places.set(line, [place]);
  };
  if (story.headlineLine !== null) add(story.headlineLine, { role: 'headline', index: 0 });
  story.captions.forEach((c, index) => c.lines.forEach((l) => add(l, { role: 'caption', index })));
  story.body.forEach((p, index) => p.lines.forEach((l) => add(l, { role: 'body', index })));
  story.removed.forEach((r, index) => add(r.line, { role: 'removed', index }));
  cache.set(story, places);
  return places;
}

/** The source lines of one part of a story. */
export function linesOfPlace(story: Story, place: Place): LineNumber[] {
  if (place.role === 'headline') return story.headlineLine === null ? [] : [story.headlineLine];
  if (place.role === 'caption') return story.captions[place.index]?.lines ?? [];
  if (place.role === 'body') return story.body[place.index]?.lines ?? [];
  const removed = story.removed[place.index];
  return removed ? [removed.line] : [];
}

/**
 * The parts that go together with `line`: the part holding it and, since a part can span several
 * lines (a hard-wrapped paragraph, a caption and its credit line), every part sharing a line with
 * those, until none is left. What a line action moves, so that no line is left behind in two places.
 */
export function partsAt(story: Story, line: LineNumber): { places: Place[]; lines: LineNumber[] } {
  const all = placesOf(story);
  const seen = new Set<string>();
  const places: Place[] = [];
  const lines = new Set<LineNumber>([line]);
  const queue = [line];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const place of all.get(next) ?? []) {
      const key = `${place.role}:${place.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      places.push(place);
      for (const l of linesOfPlace(story, place)) {
        if (!lines.has(l)) {
          lines.add(l);
          queue.push(l);
        }
      }
    }
  }
  if (places.length === 0) return { places, lines: [] };
  return { places, lines: [...lines].sort((a, b) => a - b) };
}

/**
 * The index in `stories` of the story holding `line`, or -1 (a blank line, a line past the end).
 * Stories whose source range spans the line are looked into first; a story moved and merged with
 * one further down can hold lines outside its range, so the others are looked into after.
 */
export function storyIndexAt(stories: readonly Story[], line: LineNumber): number {
  const spans = (s: Story) => s.source.firstLine <= line && line <= s.source.lastLine;
  const inRange = stories.findIndex((s) => spans(s) && placesOf(s).has(line));
  if (inRange >= 0) return inRange;
  return stories.findIndex((s) => !spans(s) && placesOf(s).has(line));
}
