// Plain text: headline, the byline line (`By Jane Doe · 3:14 PM GMT+1, November 20, 2024`), captions
// with their credit in house format, body paragraphs, each separated by a blank line. Several stories
// are separated by a line of three equals signs.

import type { HouseStyle } from '../house-style';
import type { Story } from '../model';
import { bylineLineOf, captionLineOf, encodeText, storyCopy } from './copy';
import { EXPORT_FORMAT_INFO, type ExportWriter } from './types';

/** Between two stories: a blank line, `===`, a blank line. */
export const TEXT_STORY_SEPARATOR = '\n===\n\n';

export function storyToText(story: Story, style: HouseStyle): string {
  const copy = storyCopy(story, style);
  const parts = [
    copy.headline,
    bylineLineOf(copy) ?? '',
    ...copy.captions.map(captionLineOf),
    ...copy.body.map((p) => p.text),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

export function storiesToText(stories: Story[], style: HouseStyle): string {
  return stories.map((story) => storyToText(story, style)).join(TEXT_STORY_SEPARATOR);
}

export const txtWriter: ExportWriter = {
  ...EXPORT_FORMAT_INFO.txt,
  write: ({ stories }, options) =>
    encodeText(storiesToText(stories, options.houseStyle), options, options.bom),
};
