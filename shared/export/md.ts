// Markdown: `# Headline`, the byline line as in plain text, each caption as an emphasised line
// followed by its credit, paragraphs with their bold, italic and links. Everything Markdown would
// read as markup is escaped, so copy prints as written. Several stories are separated by a thematic
// break (`---`).

import type { HouseStyle } from '../house-style';
import type { Story, TextRun } from '../model';
import { bylineLineOf, encodeText, storyCopy, type CaptionCopy } from './copy';
import { EXPORT_FORMAT_INFO, type ExportWriter } from './types';

export const MARKDOWN_STORY_SEPARATOR = '\n---\n\n';

/** Escapes the characters Markdown reads as markup anywhere in a line. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~&]/g, '\\$&');
}

/** A line opening `-`, `+`, `=`, `1.` or `1)` would become a list or a heading underline. */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Escapes what Markdown would read as markup, so a line of copy prints as written. */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeInline(text));
}

/** A link target: parentheses, backslashes and `&` (entities) escaped; safeHref took out spaces. */
function linkTarget(href: string): string {
  return href.replace(/[()\\&]/g, '\\$&');
}

function inline(run: TextRun): string {
  // Emphasis must hug its text: `** bold**` is not bold, so spaces stay outside the markers.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
  if (core === '') return run.text;
  let text = escapeInline(core);
  if (run.bold && run.italic) text = `***${text}***`;
  else if (run.bold) text = `**${text}**`;
  else if (run.italic) text = `*${text}*`;
  if (run.href) text = `[${text}](${linkTarget(run.href)})`;
  return `${lead}${text}${trail}`;
}

function captionMarkdown(caption: CaptionCopy): string {
  const text = caption.text ? `*${escapeInline(caption.text)}*` : '';
  const credit = caption.printed ? escapeInline(caption.printed) : '';
  return escapeLineStart([text, credit].filter((p) => p).join(' '));
}

export function storyToMarkdown(story: Story, style: HouseStyle): string {
  const copy = storyCopy(story, style);
  const parts = [
    copy.headline ? `# ${escapeInline(copy.headline)}` : '',
    escapeMarkdown(bylineLineOf(copy) ?? ''),
    ...copy.captions.map(captionMarkdown),
    ...copy.body.map((p) => escapeLineStart(p.runs.map(inline).join(''))),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

export function storiesToMarkdown(stories: Story[], style: HouseStyle): string {
  return stories.map((story) => storyToMarkdown(story, style)).join(MARKDOWN_STORY_SEPARATOR);
}

export const mdWriter: ExportWriter = {
  ...EXPORT_FORMAT_INFO.md,
  write: ({ stories }, options) =>
    encodeText(storiesToMarkdown(stories, options.houseStyle), options),
};
