import { describe, expect, it } from 'vitest';
import { findMatches, matchLabel, nextMatchIndex, replaceMatches } from './find';

const story = ['The minister said the plan was final.', 'No plan B.', 'بغداد خطة الخطة'];

describe('findMatches', () => {
  it('finds every occurrence in reading order, ignoring case by default', () => {
    expect(findMatches(story, 'the')).toEqual([
      { paragraph: 0, start: 0, end: 3 },
      { paragraph: 0, start: 18, end: 21 },
    ]);
    expect(findMatches(story, 'The', { caseSensitive: true })).toEqual([
      { paragraph: 0, start: 0, end: 3 },
    ]);
  });

  it('finds whole words only when asked, in any script', () => {
    const texts = ['The plan, the planned plan-B and airplane.', 'خطة الخطة خطة.'];
    expect(findMatches(texts, 'plan').map((m) => m.start)).toEqual([4, 14, 22, 36]);
    expect(findMatches(texts, 'plan', { wholeWord: true }).map((m) => m.start)).toEqual([4, 22]);
    expect(findMatches(texts, 'خطة', { wholeWord: true })).toEqual([
      { paragraph: 1, start: 0, end: 3 },
      { paragraph: 1, start: 10, end: 13 },
    ]);
    expect(findMatches(texts, 'PLAN', { wholeWord: true, caseSensitive: true })).toEqual([]);
    expect(findMatches(['Café au lait'], 'caf', { wholeWord: true })).toEqual([]);
    expect(findMatches(['a.b (a.b)'], 'a.b', { wholeWord: true }).map((m) => m.start)).toEqual([
      0, 5,
    ]);
  });

  it('treats the query as text, not a pattern', () => {
    expect(findMatches(['a.b axb (a.b)'], 'a.b').map((m) => m.start)).toEqual([0, 9]);
    expect(findMatches(['x'], '')).toEqual([]);
  });

  it('finds Arabic, and keeps offsets right after case-folded characters', () => {
    expect(findMatches(story, 'خطة')).toEqual([
      { paragraph: 2, start: 6, end: 9 },
      { paragraph: 2, start: 12, end: 15 },
    ]);
    expect(findMatches(['İstanbul plan'], 'plan')).toEqual([{ paragraph: 0, start: 9, end: 13 }]);
  });

  it('does not overlap matches', () => {
    expect(findMatches(['aaaa'], 'aa').map((m) => m.start)).toEqual([0, 2]);
  });
});

describe('nextMatchIndex', () => {
  const matches = findMatches(story, 'plan');

  it('picks the first match at or after the caret, wrapping around', () => {
    expect(nextMatchIndex(matches, { paragraph: 0, offset: 0 })).toBe(0);
    expect(nextMatchIndex(matches, { paragraph: 0, offset: 23 })).toBe(1);
    expect(nextMatchIndex(matches, { paragraph: 2, offset: 0 })).toBe(0);
    expect(nextMatchIndex([], { paragraph: 0, offset: 0 })).toBe(-1);
  });
});

describe('replaceMatches', () => {
  it('replaces every match, including several in one paragraph', () => {
    const texts = ['plan a plan', 'no plan'];
    expect(replaceMatches(texts, findMatches(texts, 'plan'), 'scheme')).toEqual([
      'scheme a scheme',
      'no scheme',
    ]);
  });

  it('replaces only the matches given', () => {
    const texts = ['plan a plan'];
    const [, second] = findMatches(texts, 'plan');
    expect(replaceMatches(texts, second ? [second] : [], '')).toEqual(['plan a ']);
  });
});

describe('matchLabel', () => {
  it('says where the current match is', () => {
    expect(matchLabel(0, -1)).toBe('No matches');
    expect(matchLabel(12, 2)).toBe('3 of 12');
    expect(matchLabel(12, -1)).toBe('12 matches');
  });
});
