// A story as every writer sees it: house style applied (quotes, canonical credit in the house format),
// characters no format can carry taken out, each field's bidi state closed, and the text encoded;
// and the line under the headline that prints the byline and the publication time.

import { strToU8 } from 'fflate';
import { effectiveDirection, firstStrongDirection, type Direction } from '../direction';
import { sameFormat } from '../edits';
import {
  applyQuotes,
  canonicalCredit,
  CREDIT_FORMATS,
  creditAgency,
  styleRuns,
  type HouseStyle,
} from '../house-style';
import { captionText, type Published, type Story, type TextRun } from '../model';
import { printedByline } from './byline';
import type { ExportOptions } from './types';

// Controls (C0, DEL, C1; tabs and breaks are spaces by then) and the non-characters U+FFFE/U+FFFF:
// illegal in XML 1.0, errors in HTML, and never part of copy. Lone surrogates go through toWellFormed.
const ILLEGAL = /[\p{Cc}\uFFFE\uFFFF]/gu;
// A field is one line: line and paragraph breaks and tabs inside it become spaces.
const BREAKS = /\r\n|[\t\n\r\u0085\u2028\u2029]/g;

/** Text any format can carry: one line, no controls, well-formed UTF-16. */
export function cleanText(text: string): string {
  return text.toWellFormed().replace(BREAKS, ' ').replace(ILLEGAL, '');
}

const EMBEDDINGS = new Set([0x202a, 0x202b, 0x202d, 0x202e]); // LRE RLE LRO RLO, closed by PDF
const ISOLATES = new Set([0x2066, 0x2067, 0x2068]); // LRI RLI FSI, closed by PDI
const PDF = 0x202c;
const PDI = 0x2069;

/**
 * The closing marks for the embeddings, overrides and isolates `text` leaves open, so a stray
 * right-to-left override in a caption cannot flip the credit printed after it, or the next line.
 */
export function bidiClosers(text: string): string {
  const open: ('e' | 'i')[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (EMBEDDINGS.has(code)) open.push('e');
    else if (ISOLATES.has(code)) open.push('i');
    else if (code === PDF && open.at(-1) === 'e') open.pop();
    else if (code === PDI && open.includes('i')) {
      // A PDI also closes the embeddings opened inside its isolate.
      while (open.pop() !== 'i') {
        /* popping */
      }
    }
  }
  return open
    .reverse()
    .map((kind) => String.fromCharCode(kind === 'e' ? PDF : PDI))
    .join('');
}

/** cleanText, trimmed, with its bidi state closed: a headline, caption or credit as exported. */
export function field(text: string): string {
  const clean = cleanText(text).trim();
  return clean + bidiClosers(clean);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escaped for XML text and attribute values; cleanText has already removed what XML cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] as string);
}

/** Only web and mail links are written; characters that would end or break a URL are escaped. */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const url = cleanText(href).trim();
  if (!/^(?:https?:\/\/[^/?#\s]|mailto:\S)/i.test(url)) return undefined;
  return url.replace(/[\s"'<>\\^`{|}]/g, (c) => encodeURIComponent(c));
}

export interface CaptionCopy {
  /** The caption text with house quotes, its leading dateline included. */
  text: string;
  /** The dateline when the text starts with it, for writers that mark it up. */
  dateline: string | null;
  /** The credit's names in house spelling (`AFP/Getty Images`), or null. */
  credit: string | null;
  /** The credit as printed after the caption in the house format: `(EPA)`, `Photo: EPA`. */
  printed: string | null;
  /** The known agency the credit names (`AFP` in `Jane Doe/AFP`): the picture's copyright holder. */
  agency: string | null;
  dir: Direction | null;
}

export interface ParagraphCopy {
  /** The runs' text joined. */
  text: string;
  /** Adjacent runs with the same formatting merged; empty runs dropped; unsafe links unlinked. */
  runs: TextRun[];
  /** The override if the editor set one, else from the first strong character. */
  dir: Direction;
}

export interface StoryCopy {
  id: string;
  headline: string;
  headlineDir: Direction | null;
  /** Who wrote it, as the editor typed it; null when unknown. */
  byline: string | null;
  /** The publication time as typed, with its ISO 8601 form when that is one (see isoDate). */
  published: Published | null;
  /** The story's dateline (the copy prints it too), or null. */
  dateline: string | null;
  captions: CaptionCopy[];
  /** Paragraphs with text; empty ones are left out. */
  body: ParagraphCopy[];
}

/** Between the byline and the publication time on the line under the headline. */
export const BYLINE_SEPARATOR = ' · ';

/** How a format marks up the parts of the line under the headline; plain text by default. */
export interface BylineMarkup {
  byline: (printed: string) => string;
  published: (published: Published) => string;
  separator: string;
}

const PLAIN_LINE: BylineMarkup = {
  byline: (printed) => printed,
  published: (published) => published.text,
  separator: BYLINE_SEPARATOR,
};

/**
 * The line under the headline: `By Jane Doe · 3:14 PM GMT+1, November 20, 2024`, either half alone,
 * or null when the story has neither. Formats with markup pass theirs; the words stay the same.
 */
export function bylineLineOf(copy: StoryCopy, markup = PLAIN_LINE): string | null {
  const parts: string[] = [];
  if (copy.byline) parts.push(markup.byline(printedByline(copy.byline)));
  if (copy.published) parts.push(markup.published(copy.published));
  return parts.length === 0 ? null : parts.join(markup.separator);
}

// What parsePublished writes: a date, a date-time, with or without an offset.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The ISO form of a publication time when it is one: it goes into attributes and dates (HTML
 * datetime, NITF norm), so a hand-edited document cannot put anything else there.
 */
export function isoDate(iso: string | null | undefined): string | null {
  return iso && ISO_DATE.test(iso) ? iso : null;
}

/** A date-time with its offset, as JSON Schema's `date-time` wants it (ninjs dates), or null. */
export function offsetDateTime(iso: string | null): string | null {
  return iso && /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(iso) ? iso : null;
}

/** A caption line as printed in text formats: the text, then the credit in house format. */
export function captionLineOf(caption: CaptionCopy): string {
  return [caption.text, caption.printed].filter((p) => p).join(' ');
}

function paragraphRuns(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const text = cleanText(run.text);
    if (text === '') continue;
    const next: TextRun = { text };
    if (run.bold) next.bold = true;
    if (run.italic) next.italic = true;
    const href = safeHref(run.href);
    if (href) next.href = href;
    const last = out.at(-1);
    if (last && sameFormat(last, next)) last.text += text;
    else out.push(next);
  }
  // A paragraph neither starts nor ends with spaces: Markdown would read four as code.
  while (out.length > 0) {
    const first = out[0] as TextRun;
    first.text = first.text.trimStart();
    if (first.text !== '') break;
    out.shift();
  }
  while (out.length > 0) {
    const last = out[out.length - 1] as TextRun;
    last.text = last.text.trimEnd();
    if (last.text !== '') break;
    out.pop();
  }
  const closers = bidiClosers(out.map((r) => r.text).join(''));
  if (closers) out.push({ text: closers });
  return out;
}

export function storyCopy(story: Story, style: HouseStyle): StoryCopy {
  const headline = field(applyQuotes(story.headline, style.quotes));
  // A metadata field as printed: house quotes, one clean line; nothing left is no field.
  const meta = (text: string | null | undefined) => {
    const printed = text ? field(applyQuotes(text, style.quotes)) : '';
    return printed === '' ? null : printed;
  };
  const publishedText = meta(story.published?.text);
  const captions = story.captions.map((caption): CaptionCopy => {
    // The caption as it reads, its dateline included: one rule for every format (captionText).
    const text = field(applyQuotes(captionText(caption), style.quotes));
    const rawCredit = caption.credit === null ? '' : cleanText(caption.credit).trim();
    const canonical = rawCredit === '' ? '' : field(canonicalCredit(rawCredit, style));
    const dateline = caption.dateline === null ? '' : cleanText(caption.dateline).trim();
    return {
      text,
      dateline: dateline !== '' && text.startsWith(dateline) ? dateline : null,
      credit: canonical === '' ? null : canonical,
      // The house format around the credit with its bidi state already closed, so an override in
      // the credit cannot flip its parentheses: CREDIT_FORMATS is what formatCredit writes with.
      printed: canonical === '' ? null : CREDIT_FORMATS[style.creditFormat].write(canonical),
      agency: canonical === '' ? null : creditAgency(canonical, style),
      dir: firstStrongDirection(text),
    };
  });
  const body = story.body
    .map((paragraph): ParagraphCopy => {
      const runs = paragraphRuns(styleRuns(paragraph, style));
      const text = runs.map((r) => r.text).join('');
      return { text, runs, dir: effectiveDirection(text, paragraph.dir ?? null) };
    })
    .filter((p) => p.text.trim() !== '');
  return {
    id: story.id,
    headline,
    headlineDir: firstStrongDirection(headline),
    byline: meta(story.byline),
    published:
      publishedText === null ? null : { text: publishedText, iso: isoDate(story.published?.iso) },
    dateline: meta(story.dateline),
    captions,
    body,
  };
}

/** Output text as bytes: UTF-8, LF or CRLF line ends, an optional byte order mark. */
export function encodeText(text: string, options: ExportOptions, bom = false): Uint8Array {
  const ended = options.lineEndings === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
  return strToU8(bom ? `\uFEFF${ended}` : ended);
}

/** What the title of a file holding `count` stories is: the headline, or the document's name. */
export function fileTitle(stories: StoryCopy[], documentName: string): string {
  const only = stories.length === 1 ? stories[0]?.headline : undefined;
  return only || field(documentName.replace(/^.*[\\/]/, '')) || 'Copydesk export';
}
