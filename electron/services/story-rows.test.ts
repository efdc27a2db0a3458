import { describe, expect, it } from 'vitest';
import { numberedStory } from '../../shared/testing/stories';
import { invalidStories } from './story-rows';

describe('invalidStories', () => {
  const good = numberedStory(1);
  const bad = { ...good, headline: 'x'.repeat(5_000) };

  it('names the first bad story by its place in the document', () => {
    expect(invalidStories([good, bad, bad])).toMatch(/^stories\.1\.headline: is 5000 characters/);
    expect(invalidStories([good, good])).toBeNull();
  });

  it('checks only the stories in a range, naming them by their place all the same', () => {
    expect(invalidStories([good, bad, good, bad], 2)).toMatch(/^stories\.3\.headline/);
    expect(invalidStories([good, bad, good, bad], 0, 1)).toBeNull();
    expect(invalidStories([bad, good], 1)).toBeNull();
  });
});
