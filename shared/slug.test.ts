import { describe, expect, it } from 'vitest';
import { slugify, uniqueNames } from './slug';

describe('slugify', () => {
  it.each([
    ['Russia, Israel Agree on Syria', 'russia-israel-agree-on-syria'],
    ['"We Will Not Give Up," Says Union', 'we-will-not-give-up-says-union'],
    ['Café prices rise', 'cafe-prices-rise'],
    ['../../etc/passwd', 'etc-passwd'],
    ['CON', 'con-story'],
    ['', 'story'],
    ['?!', 'story'],
    ['افتتاح معرض الكتاب', 'افتتاح-معرض-الكتاب'],
  ])('%j -> %j', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it('keeps to the length limit without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(50), 22);
    expect(slug.length).toBeLessThanOrEqual(22);
    expect(slug).not.toMatch(/-$/);
  });
});

describe('uniqueNames', () => {
  it('numbers repeats from 2', () => {
    const name = uniqueNames();
    expect(['a', 'b', 'a', 'a'].map(name)).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});
