import { expect, it } from 'vitest';
import type { Story } from '../model';
import { storiesInScope } from './scope';

const story = (id: string) => ({ id }) as Story;
const doc = {
  stories: ['a', 'b', 'c', 'd'].map(story),
  reviews: { a: 'approved', b: 'spiked', d: 'approved' } as const,
};
const ids = (stories: Story[]) => stories.map((s) => s.id);

it('takes approved, not spiked, or the chosen stories, in document order', () => {
  expect(ids(storiesInScope(doc, 'approved', []))).toEqual(['a', 'd']);
  expect(ids(storiesInScope(doc, 'not-spiked', []))).toEqual(['a', 'c', 'd']);
  expect(ids(storiesInScope(doc, 'selected', ['d', 'a', 'zz']))).toEqual(['a', 'd']);
  expect(ids(storiesInScope(doc, 'current', ['c']))).toEqual(['c']);
});
