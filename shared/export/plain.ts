// Clean copy as plain text and Markdown: headline, captions with their credit, body.

import type { Caption, Story } from '../model';

export function captionWithCredit(caption: Caption): string {
  return caption.credit ? `${caption.text} (${caption.credit})` : caption.text;
}

/** Headline, blank line, captions, body paragraphs separated by blank lines. */
export function storyToText(story: Story): string {
  const parts = [
    story.headline,
    ...story.captions.map(captionWithCredit),
    ...story.body.map((p) => p.text),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

/** Escapes what Markdown would read as markup, so copy prints as written. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_{}[\]<>#|~]/g, '\\$&')
      // A paragraph opening `-`, `+`, `=` or `1.` would turn into a list or a heading underline.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)\./, '$1\\.')
  );
}

/** `# Headline`, captions as emphasised lines with their credit, then paragraphs. */
export function storyToMarkdown(story: Story): string {
  const parts = [
    story.headline ? `# ${escapeMarkdown(story.headline)}` : '',
    ...story.captions.map(
      (c) => `*${escapeMarkdown(c.text)}*${c.credit ? ` (${escapeMarkdown(c.credit)})` : ''}`,
    ),
    ...story.body.map((p) => escapeMarkdown(p.text)),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
