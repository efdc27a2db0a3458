import { describe, expect, it } from 'vitest';
import type { Story } from '../../shared/model';
import { findMatches, replaceMatches } from './editor/find';
import { storyFields, withFieldTexts } from './findFields';

const story = {
  id: 's1',
  headline: 'Storm closes the bridge',
  captions: [
    { text: 'The bridge at dawn', credit: 'EPA', dateline: null, lines: [2] },
    { text: 'Cars wait', credit: null, dateline: 'SYDNEY', lines: [3] },
  ],
} as unknown as Story;

describe('find in the story fields', () => {
  it('lists the headline, then each caption and its credit, as on the page', () => {
    expect(storyFields(story).map((f) => [f.label, f.text])).toEqual([
      ['Headline', 'Storm closes the bridge'],
      ['Caption 1', 'The bridge at dawn'],
      ['Credit 1', 'EPA'],
      ['Caption 2', 'Cars wait'],
      ['Credit 2', ''],
    ]);
  });

  it('puts replaced texts back where they came from, leaving the rest alone', () => {
    const texts = storyFields(story).map((f) => f.text);
    const replaced = replaceMatches(texts, findMatches(texts, 'bridge'), 'span');
    expect(withFieldTexts(story, replaced)).toEqual({
      headline: 'Storm closes the span',
      captions: [{ ...story.captions[0], text: 'The span at dawn' }, { ...story.captions[1] }],
    });
    // A credit replaced with nothing is no credit.
    const noCredit = replaceMatches(texts, findMatches(texts, 'EPA'), '');
    expect(withFieldTexts(story, noCredit).captions[0]?.credit).toBeNull();
  });
});
