// A story as the library stores it (store.ts's StoryRow: its JSON and the counts the documents list
// sums), and the check every story passes before it is stored. Shared by the library and the split
// thread, which turns an import's stories into rows itself: strings cross from the thread to main
// in a few milliseconds where the stories as objects took hundreds to clone.

import type { z } from 'zod';
import { storySchema } from '../../shared/document';
import { LOW_CONFIDENCE, type Story } from '../../shared/model';
import type { StoryRow } from './store';

/** A validation failure in the editor's terms: where, and what is wrong, e.g. `stories.0.headline: is 5000000 characters long; the limit is 2000`. */
export function problem(error: z.ZodError): string {
  const [first, ...rest] = error.issues;
  if (!first) return 'unknown problem';
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return `${first.path.join('.') || 'document'}: ${first.message}${more}`;
}

/**
 * What is wrong with the first bad story, or null: of all of them, or of those in [from, to).
 * Checked a story at a time, keeping nothing of the check: zod's copy of a 50 MB document at once
 * would double the import's memory.
 */
export function invalidStories(stories: unknown, from = 0, to = Infinity): string | null {
  if (!Array.isArray(stories)) return 'stories: expected an array';
  for (let i = from; i < Math.min(to, stories.length); i++) {
    const checked = storySchema.safeParse(stories[i]);
    if (!checked.success) return `stories.${i}.${problem(checked.error)}`;
  }
  return null;
}

/** A story's row without its JSON: its id and the counts the documents list sums. */
export type StoryCounts = Omit<StoryRow, 'json'>;

export function storyCounts(story: Story): StoryCounts {
  return {
    id: story.id,
    captions: story.captions.length,
    removed: story.removed.length,
    uncertain: story.boundary.confidence < LOW_CONFIDENCE,
  };
}

/** One story row: its JSON and the counts the documents list sums. */
export function storyRow(story: Story): StoryRow {
  return { ...storyCounts(story), json: JSON.stringify(story) };
}
