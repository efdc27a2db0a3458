// HTML: a standalone HTML5 document or a fragment to paste into a CMS. An <article> per story with
// the headline in <h1>, the byline line in <p class="byline"> (the publication time in a <time>
// with its ISO datetime when it has one), each caption in a <figure>'s <figcaption> with the credit in
// <small class="credit">, paragraphs with <strong>, <em> and <a>; dir="rtl" where the copy runs
// right to left. All text is escaped; nothing active (no script, no event handlers, no styles).

import { firstStrongDirection, type Direction } from '../direction';
import type { TextRun } from '../model';
import {
  BYLINE_SEPARATOR,
  bylineLineOf,
  encodeText,
  fileTitle,
  storyCopy,
  type BylineMarkup,
  type CaptionCopy,
  type ParagraphCopy,
  type StoryCopy,
} from './copy';
import { EXPORT_FORMAT_INFO, type ExportWriter } from './types';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escaped for HTML text and double- or single-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const dirAttr = (dir: Direction | null) => (dir === 'rtl' ? ' dir="rtl"' : '');

function runHtml(run: TextRun): string {
  let html = escapeHtml(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  return html;
}

/** A body paragraph as a <p>, with its inline formatting. */
export function paragraphHtml(paragraph: ParagraphCopy): string {
  return `<p${dirAttr(paragraph.dir)}>${paragraph.runs.map(runHtml).join('')}</p>`;
}

const BYLINE_HTML: BylineMarkup = {
  byline: escapeHtml,
  published: ({ text, iso }) =>
    iso ? `<time datetime="${escapeHtml(iso)}">${escapeHtml(text)}</time>` : escapeHtml(text),
  separator: escapeHtml(BYLINE_SEPARATOR),
};

/** The byline line under the headline, or '' when the story has no byline or time. */
function bylineHtml(copy: StoryCopy): string {
  const html = bylineLineOf(copy, BYLINE_HTML);
  if (html === null) return '';
  const dir = firstStrongDirection(bylineLineOf(copy) ?? '');
  return `<p class="byline"${dirAttr(dir)}>${html}</p>`;
}

function captionHtml(caption: CaptionCopy): string {
  const { dateline, text } = caption;
  const body = dateline
    ? `<span class="dateline">${escapeHtml(dateline)}</span>${escapeHtml(text.slice(dateline.length))}`
    : escapeHtml(text);
  const credit = caption.printed
    ? `${body ? ' ' : ''}<small class="credit">${escapeHtml(caption.printed)}</small>`
    : '';
  return `<figure>\n<figcaption${dirAttr(caption.dir)}>${body}${credit}</figcaption>\n</figure>`;
}

export function storiesToHtml(
  copies: StoryCopy[],
  mode: 'document' | 'fragment',
  documentName: string,
): string {
  const articles = copies.map((copy) =>
    [
      '<article>',
      copy.headline ? `<h1${dirAttr(copy.headlineDir)}>${escapeHtml(copy.headline)}</h1>` : '',
      bylineHtml(copy),
      ...copy.captions.map(captionHtml),
      ...copy.body.map(paragraphHtml),
      '</article>',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  );
  const content = `${articles.join('\n')}\n`;
  if (mode === 'fragment') return content;
  // The copy's language is not known: `und` is BCP 47 for undetermined.
  return [
    '<!DOCTYPE html>',
    '<html lang="und">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="generator" content="Copydesk">',
    `<title>${escapeHtml(fileTitle(copies, documentName))}</title>`,
    '</head>',
    '<body>',
    `${content}</body>`,
    '</html>',
    '',
  ].join('\n');
}

export const htmlWriter: ExportWriter = {
  ...EXPORT_FORMAT_INFO.html,
  write: ({ document, stories }, options) =>
    encodeText(
      storiesToHtml(
        stories.map((s) => storyCopy(s, options.houseStyle)),
        options.html,
        document.name,
      ),
      options,
    ),
};
