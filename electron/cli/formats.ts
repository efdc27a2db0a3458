// What the CLI can print or write, one entry per format: a single table, so --help and the code agree.

import type { Story } from '../../shared/model';
import { storyToMarkdown, storyToText } from '../../shared/export/plain';

/** The JSON shape the CLI promises: the model's copy fields plus provenance extras. */
export function storyToJson(story: Story, file: string) {
  return {
    id: story.id,
    headline: story.headline,
    captions: story.captions.map(({ text, credit, dateline }) => ({ text, credit, dateline })),
    body: story.body.map((p) => p.text),
    confidence: story.boundary.confidence,
    warnings: story.warnings,
    removed: story.removed,
    source: { file, firstLine: story.source.firstLine, lastLine: story.source.lastLine },
  };
}

export interface CliFormat {
  ext: string;
  describe: string;
  /** All stories of all files, printed to stdout. */
  many(stories: { story: Story; file: string }[]): string;
  /** One story, written to its own file with --out. */
  one(story: Story, file: string): string;
}

export const FORMATS = {
  json: {
    ext: 'json',
    describe:
      'structured stories: headline, captions {text, credit, dateline}, body, plus provenance',
    many: (items) =>
      `${JSON.stringify({ stories: items.map(({ story, file }) => storyToJson(story, file)) }, null, 2)}\n`,
    one: (story, file) => `${JSON.stringify(storyToJson(story, file), null, 2)}\n`,
  },
  txt: {
    ext: 'txt',
    describe: 'clean copy: headline, captions with credit, body paragraphs',
    many: (items) => items.map(({ story }) => storyToText(story)).join('\n\n'),
    one: (story) => storyToText(story),
  },
  md: {
    ext: 'md',
    describe: 'clean copy as Markdown: # headline, *caption* (credit), paragraphs',
    many: (items) => items.map(({ story }) => storyToMarkdown(story)).join('\n---\n\n'),
    one: (story) => storyToMarkdown(story),
  },
} satisfies Record<string, CliFormat>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
