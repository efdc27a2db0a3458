// Counts the UI shows, cached per story body: bodies are immutable, so a changed body is a new array
// and the cache never goes stale, while a headline or caption edit keeps the body and its count.

import { characters } from '../../shared/house-style';
import type { Paragraph, Story } from '../../shared/model';

const words = new WeakMap<readonly Paragraph[], number>();

function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** The body's characters, as house style counts them (paragraph breaks not counted). */
export function storyCharacters(story: Story): number {
  let n = characterCounts.get(story.body);
  if (n === undefined) {
    n = story.body.reduce((sum, p) => sum + characters(p.text), 0);
    characterCounts.set(story.body, n);
  }
  return n;
}
const characterCounts = new WeakMap<readonly Paragraph[], number>();

export function storyWords(story: Story): number {
  let n = words.get(story.body);
  if (n === undefined) {
    n = story.body.reduce((sum, p) => sum + countWords(p.text), 0);
    words.set(story.body, n);
  }
  return n;
}
