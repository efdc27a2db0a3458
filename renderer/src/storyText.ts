// Counts the UI shows, cached per story object: stories are immutable, so a changed story is a new
// object and the cache never goes stale.

import type { Story } from '../../shared/model';

const words = new WeakMap<Story, number>();

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export function storyWords(story: Story): number {
  let n = words.get(story);
  if (n === undefined) {
    n = story.body.reduce((sum, p) => sum + countWords(p.text), 0);
    words.set(story, n);
  }
  return n;
}
