// NITF 3.6 XML, one document per story as the standard has it: head (title, docdata with doc-id and
// date.issue: the publication time when it reads as a date, else the export's), body.head in the
// DTD's order (hedline/hl1, byline with each <person>, dateline with its <location> and
// <story.date>), body.content (a <media media-type="image"> per caption with its media-caption and
// the credit as media-producer, then the paragraphs). NITF 3.x has no `dir` attribute but admits
// attributes from other namespaces, so right-to-left copy is marked with the W3C ITS 2.0
// `its:dir="rtl"`. Several stories are refused: a NITF consumer reads one document as one story, so
// they go in a file each. A caption's dateline is the picture's, and stays in its caption.

import { firstStrongDirection, type Direction } from '../direction';
import type { TextRun } from '../model';
import { bylineParts, printedByline } from './byline';
import { encodeText, escapeXml, fileTitle, field, storyCopy, type StoryCopy } from './copy';
import { datelineParts } from './dateline';
import { EXPORT_FORMAT_INFO, type ExportWriter } from './types';

const ITS_NS = 'http://www.w3.org/2005/11/its';
const dirAttr = (dir: Direction | null) => (dir === 'rtl' ? ' its:dir="rtl"' : '');

/** NITF dates (date.issue norm): ISO 8601 basic, UTC, as NITF 3.1+ recommends. */
export function nitfDate(date: Date): string {
  return nitfNorm(`${date.toISOString().slice(0, 19)}Z`);
}

/**
 * An ISO 8601 date or date-time in NITF's norm form, ISO 8601 basic, its offset kept:
 * `2024-11-20T15:14:00+01:00` is `20241120T151400+0100`, `2024-11-20` is `20241120`.
 */
export function nitfNorm(iso: string): string {
  const [date = '', time] = iso.split('T');
  const basic = date.replace(/-/g, '');
  return time === undefined ? basic : `${basic}T${time.replace(/:/g, '')}`;
}

/** `<byline>By <person>Jane Doe</person>, Associated Press</byline>`, or nothing. */
function bylineXml(copy: StoryCopy): string[] {
  if (!copy.byline) return [];
  const printed = printedByline(copy.byline);
  const xml = bylineParts(printed)
    .map((p) => (p.person ? `<person>${escapeXml(p.text)}</person>` : escapeXml(p.text)))
    .join('');
  return [`      <byline${dirAttr(firstStrongDirection(printed))}>${xml}</byline>`];
}

/** `<dateline><location>BEIRUT</location>, <story.date norm="20241120">Nov 20</story.date> (Reuters)</dateline>`. */
function datelineXml(copy: StoryCopy): string[] {
  if (!copy.dateline) return [];
  const xml = datelineParts(copy.dateline, copy.published?.iso ?? null)
    .map((p) => {
      const text = escapeXml(p.text);
      if (p.kind === 'location') return `<location>${text}</location>`;
      if (p.kind === 'date') {
        return `<story.date${p.iso ? ` norm="${nitfNorm(p.iso)}"` : ''}>${text}</story.date>`;
      }
      return text;
    })
    .join('');
  return [`      <dateline${dirAttr(firstStrongDirection(copy.dateline))}>${xml}</dateline>`];
}

function runXml(run: TextRun): string {
  let xml = escapeXml(run.text);
  // NITF has only <em>; bold is an <em> of class bold.
  const classes = [run.bold ? 'bold' : '', run.italic ? 'italic' : ''].filter((c) => c);
  if (classes.length === 1 && run.italic) xml = `<em>${xml}</em>`;
  else if (classes.length > 0) xml = `<em class="${classes.join(' ')}">${xml}</em>`;
  if (run.href) xml = `<a href="${escapeXml(run.href)}">${xml}</a>`;
  return xml;
}

/** Media for the captions, then the paragraphs: what a story's body.content or block holds. */
function storyContent(copy: StoryCopy, indent: string): string[] {
  const lines: string[] = [];
  for (const caption of copy.captions) {
    lines.push(
      `${indent}<media media-type="image">`,
      // The DTD wants a reference; the copy names no picture file, so it carries the type only.
      `${indent}  <media-reference mime-type="image/jpeg"/>`,
    );
    if (caption.text) {
      lines.push(
        `${indent}  <media-caption${dirAttr(caption.dir)}>${escapeXml(caption.text)}</media-caption>`,
      );
    }
    if (caption.credit) {
      lines.push(`${indent}  <media-producer>${escapeXml(caption.credit)}</media-producer>`);
    }
    lines.push(`${indent}</media>`);
  }
  for (const p of copy.body) {
    lines.push(`${indent}<p${dirAttr(p.dir)}>${p.runs.map(runXml).join('')}</p>`);
  }
  return lines;
}

export const nitfWriter: ExportWriter = {
  ...EXPORT_FORMAT_INFO.nitf,
  write({ document, stories }, options) {
    const [story, ...more] = stories;
    if (!story || more.length > 0) {
      throw Object.assign(
        new Error(
          `NITF holds one story per document; ${stories.length} were given. Export them one file per story.`,
        ),
        { code: 'one-story-per-file' },
      );
    }
    const copy = storyCopy(story, options.houseStyle);
    const rtl =
      copy.headlineDir === 'rtl' ||
      [copy.byline, copy.dateline].some((t) => t && firstStrongDirection(t) === 'rtl') ||
      copy.captions.some((k) => k.dir === 'rtl') ||
      copy.body.some((p) => p.dir === 'rtl');
    const title = fileTitle([copy], document.name);
    const docId = field(`${document.id}/${copy.id}`);
    const content = storyContent(copy, '      ');
    const issued = copy.published?.iso ? nitfNorm(copy.published.iso) : nitfDate(options.now);
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<nitf version="-//IPTC//DTD NITF 3.6//EN"${rtl ? ` xmlns:its="${ITS_NS}" its:version="2.0"` : ''}>`,
      '  <head>',
      `    <title>${escapeXml(title)}</title>`,
      '    <docdata management-status="usable">',
      `      <doc-id regsrc="Copydesk" id-string="${escapeXml(docId)}"/>`,
      `      <date.issue norm="${issued}"/>`,
      '    </docdata>',
      '  </head>',
      '  <body>',
      '    <body.head>',
      `      <hedline><hl1${dirAttr(copy.headlineDir)}>${escapeXml(title)}</hl1></hedline>`,
      // The DTD's order: hedline, note, rights, byline, distributor, dateline, abstract, series.
      ...bylineXml(copy),
      ...datelineXml(copy),
      '    </body.head>',
      '    <body.content>',
      ...content,
      '    </body.content>',
      '  </body>',
      '</nitf>',
      '',
    ].join('\n');
    return encodeText(xml, options);
  },
};
