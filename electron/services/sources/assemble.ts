// What every structured source (web page, wire file, Markdown) builds its stories with: the source
// text written a block a line (so line numbers point at something the editor can read), paragraphs
// from formatted runs, captions parsed as the split engine parses them, and the story's warnings.

import {
  captionWords,
  TEXT_LIMITS,
  type Caption,
  type Paragraph,
  type Published,
  type RemovedLine,
  type Story,
  type TextRun,
} from '../../../shared/model';
import { parseStoryDateline } from '../../../shared/split/byline';
import {
  parseCaptionDateline,
  parseCredit,
  withoutCreditLabel,
} from '../../../shared/split/caption';

/** The kinds of file that are read for their structure; plain text goes to the split engine. */
export type StructuredKind = 'html' | 'nitf' | 'ninjs' | 'markdown' | 'docx' | 'eml';

/** A file that is not what its name or content says, or holds nothing to import; names the file. */
export class SourceError extends Error {
  constructor(
    readonly code: 'damaged' | 'no-article' | 'unsupported' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** White space other than a single space: what oneLine has to fold (most lines have none). */
const FOLDED = /[^\S ]| {2}/;

/** Spaces, tabs and line breaks folded to one space: a block is one line of the source text. */
export const oneLine = (text: string) =>
  (FOLDED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

/** The source text as it is stored: one line per block of the file, numbered from 1. */
export class SourceLines {
  readonly lines: string[] = [];
  /** Adds a block's text as a line (folded to one line) and returns its number. */
  add(text: string): number {
    this.lines.push(oneLine(text));
    return this.lines.length;
  }
  get count(): number {
    return this.lines.length;
  }
  text(): string {
    return this.lines.join('\n');
  }
}

const SAFE_HREF = /^(?:https?:|mailto:)/i;

/** A link target the model keeps (http, https, mailto), or undefined for any other. */
export function safeHref(href: string | null | undefined): string | undefined {
  const value = href?.trim();
  if (!value || !SAFE_HREF.test(value) || value.length > TEXT_LIMITS.short) return undefined;
  return value;
}

/**
 * Runs as the model holds them: whitespace folded across runs, the ends trimmed, neighbours of the
 * same formatting merged, unsafe links dropped. Null when there is no text.
 */
export function normaliseRuns(raw: TextRun[]): TextRun[] {
  const runs: TextRun[] = [];
  let lastSpace = true;
  for (const run of raw) {
    let text = run.text.replace(/\s+/g, ' ');
    if (lastSpace) text = text.replace(/^ /, '');
    if (text === '') continue;
    lastSpace = text.endsWith(' ');
    const href = safeHref(run.href);
    const next: TextRun = {
      text,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italic: true } : {}),
      ...(href ? { href } : {}),
    };
    const prev = runs.at(-1);
    if (prev && prev.bold === next.bold && prev.italic === next.italic && prev.href === next.href)
      prev.text += text;
    else runs.push(next);
  }
  const last = runs.at(-1);
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (last.text === '') runs.pop();
  }
  return runs;
}

/**
 * Body paragraphs from runs: runs are kept only when some carry formatting; a run of copy longer
 * than a paragraph may be is cut into pieces, as the split engine cuts it.
 */
export function paragraphs(raw: TextRun[], lines: number[]): Paragraph[] {
  const runs = normaliseRuns(raw);
  const text = runs.map((r) => r.text).join('');
  if (text === '') return [];
  const formatted = runs.some((r) => r.bold || r.italic || r.href);
  if (text.length <= TEXT_LIMITS.paragraph)
    return [{ text, lines, ...(formatted ? { runs } : {}) }];
  const out: Paragraph[] = [];
  const size = TEXT_LIMITS.paragraph / 2;
  for (let at = 0; at < text.length; at += size)
    out.push({ text: text.slice(at, at + size), lines });
  return out;
}

/**
 * A caption from its printed text: the credit (trailing, or given apart, as a credit element or
 * NITF's media-producer), the picture's dateline, the words.
 */
export function caption(text: string, lines: number[], credit?: string | null): Caption {
  const folded = oneLine(text).slice(0, TEXT_LIMITS.short);
  let words = folded;
  let found: string | null = credit ? withoutCreditLabel(oneLine(credit)) || null : null;
  if (!found) {
    const parsed = parseCredit(folded);
    if (parsed.credit) {
      words = parsed.text;
      found = parsed.credit;
    }
  }
  const dateline = parseCaptionDateline(words);
  return {
    text: captionWords(words, dateline),
    credit: found?.slice(0, TEXT_LIMITS.short) ?? null,
    dateline,
    lines,
  };
}

export interface StoryDraft {
  headline: string;
  headlineLine: number | null;
  byline: string | null;
  published: Published | null;
  /** The story's dateline when the file states it; else read from the first paragraph. */
  dateline?: string | null;
  captions: Caption[];
  body: Paragraph[];
  removed: RemovedLine[];
  firstLine: number;
  lastLine: number;
  /** Why the story starts where it does: `html-article`, `nitf-document`, … */
  signal: string;
}

/** The story, its warnings as the split engine gives them. Structured stories are certain. */
export function finishStory(d: StoryDraft): Story {
  const at = d.firstLine;
  const headline = oneLine(d.headline);
  const longHeadline = headline.length > TEXT_LIMITS.headline;
  const body =
    longHeadline && d.headlineLine !== null
      ? [{ text: headline, lines: [d.headlineLine] }, ...d.body]
      : d.body;
  const dateline =
    d.dateline !== undefined ? d.dateline : body[0] ? parseStoryDateline(body[0].text) : null;
  const story: Story = {
    id: `story-${at}`,
    headline: longHeadline ? '' : headline,
    headlineLine: longHeadline ? null : d.headlineLine,
    byline: d.byline ? oneLine(d.byline).slice(0, TEXT_LIMITS.short) || null : null,
    published: d.published,
    dateline: dateline?.trim() ? dateline.trim().slice(0, TEXT_LIMITS.short) : null,
    captions: d.captions,
    body,
    removed: d.removed.sort((a, b) => a.line - b.line),
    warnings: [],
    boundary: { line: at, confidence: 1, signals: [d.signal] },
    source: { firstLine: at, lastLine: Math.max(at, d.lastLine) },
  };
  if (story.headline === '')
    story.warnings.push({ code: 'no-headline', message: 'This story has no headline.', line: at });
  if (story.body.length === 0)
    story.warnings.push({ code: 'no-body', message: 'This story has no body copy.', line: at });
  for (const c of story.captions)
    if (c.credit === null)
      story.warnings.push({
        code: 'caption-without-credit',
        message: 'Caption has no credit.',
        ...(c.lines[0] !== undefined ? { line: c.lines[0] } : {}),
      });
  return story;
}
