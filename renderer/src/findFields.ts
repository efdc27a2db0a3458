// The story's fields Find searches before the body, in the order they stand on the page: the
// headline, then each caption and its credit. Find sees them as texts before the body's paragraphs.

import type { Story } from '../../shared/model';

export interface FindField {
  /** As the field is named on the page: `Headline`, `Caption 2`, `Credit 2`. */
  label: string;
  /** The field's element id, to show and select a match in it. */
  id: string;
  text: string;
}

export function storyFields(story: Pick<Story, 'headline' | 'captions'>): FindField[] {
  return [
    { label: 'Headline', id: 'story-headline', text: story.headline },
    ...story.captions.flatMap((caption, i) => [
      { label: `Caption ${i + 1}`, id: `caption-${i + 1}-text`, text: caption.text },
      { label: `Credit ${i + 1}`, id: `caption-${i + 1}-credit`, text: caption.credit ?? '' },
    ]),
  ];
}

/** The story's headline and captions with the fields' texts as replaced (in storyFields' order). */
export function withFieldTexts(
  story: Story,
  texts: readonly string[],
): Pick<Story, 'headline' | 'captions'> {
  return {
    headline: texts[0] ?? story.headline,
    captions: story.captions.map((caption, i) => {
      const credit = texts[2 + 2 * i] ?? caption.credit ?? '';
      return { ...caption, text: texts[1 + 2 * i] ?? caption.text, credit: credit || null };
    }),
  };
}
