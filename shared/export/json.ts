// The structured stories the CLI has always printed, a contract for scripts: fields are added, never
// changed or taken away: {"stories":[{id, headline, byline, published: {text, iso} | null, dateline,
// captions:[{text, credit, dateline}], body:[string], confidence, warnings, removed,
// source:{file, firstLine, lastLine}}]}. A file holding one story (the CLI's --out files) is that
// story's object alone. The copy is as split and edited: no house style, no cleaning.

import { captionText, type Story } from '../model';
import { encodeText } from './copy';
import { EXPORT_FORMAT_INFO, type ExportWriter } from './types';

/** One story in the promised shape; `file` is the source file as it was named to the CLI. */
export function storyToJson(story: Story, file: string) {
  return {
    id: story.id,
    headline: story.headline,
    byline: story.byline,
    published: story.published && { text: story.published.text, iso: story.published.iso },
    dateline: story.dateline,
    // `text` as the caption reads, its dateline included, as the CLI has always printed it.
    captions: story.captions.map((c) => ({
      text: captionText(c),
      credit: c.credit,
      dateline: c.dateline,
    })),
    body: story.body.map((p) => p.text),
    confidence: story.boundary.confidence,
    warnings: story.warnings,
    removed: story.removed,
    source: { file, firstLine: story.source.firstLine, lastLine: story.source.lastLine },
  };
}

/** Stories of one or more files as {"stories": [...]}. */
export function storiesToJson(items: { story: Story; file: string }[]): string {
  return `${JSON.stringify({ stories: items.map(({ story, file }) => storyToJson(story, file)) }, null, 2)}\n`;
}

export const jsonWriter: ExportWriter = {
  ...EXPORT_FORMAT_INFO.json,
  write({ document, stories }, options) {
    const [only] = stories;
    const text =
      stories.length === 1 && only
        ? `${JSON.stringify(storyToJson(only, document.name), null, 2)}\n`
        : storiesToJson(stories.map((story) => ({ story, file: document.name })));
    return encodeText(text, options);
  },
};
