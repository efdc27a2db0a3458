// Markdown read for its structure with `marked`'s lexer, not split: a `#` heading starts a story and
// is its headline; an image becomes a caption (the caption line under it, else its title, else its
// alt text, with the credit parsed as the split engine parses it); paragraphs, deeper headings, list
// items, quotes, code and table rows are the body, with bold, italic and links. The stored source
// is the file itself, so line numbers are the file's; rules (`---`) and raw HTML go to `removed`.

import { marked, type Token, type Tokens } from 'marked';
import type {
  Caption,
  Paragraph,
  RemovalReason,
  RemovedLine,
  Story,
  TextRun,
} from '../../../shared/model';
import { decodeBytes, type DecodedText } from '../decode';
import {
  caption,
  finishStory,
  oneLine,
  paragraphs,
  SourceError,
  type StoryDraft,
} from './assemble';

/** Runs of inline tokens; inline HTML is dropped (its text, if any, is the tokens around it). */
function runsOf(tokens: Token[] | undefined, format: Omit<TextRun, 'text'> = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        runs.push(...runsOf(token.tokens, { ...format, bold: true }));
        break;
      case 'em':
        runs.push(...runsOf(token.tokens, { ...format, italic: true }));
        break;
      case 'link':
        runs.push(...runsOf(token.tokens, { ...format, href: (token as Tokens.Link).href }));
        break;
      case 'text':
        if ('tokens' in token && token.tokens?.length) runs.push(...runsOf(token.tokens, format));
        else runs.push({ text: token.text as string, ...format });
        break;
      case 'codespan':
      case 'escape':
      case 'del':
        runs.push({ text: token.text as string, ...format });
        break;
      case 'br':
        runs.push({ text: ' ', ...format });
        break;
      default:
        // html, image inside copy: not copy.
        break;
    }
  }
  return runs;
}

const plain = (runs: TextRun[]) => oneLine(runs.map((r) => r.text).join(''));

/** 1-based line numbers of the non-blank lines in text[from, to). */
function linesIn(text: string, lineStarts: number[], from: number, to: number): number[] {
  const lines: number[] = [];
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= from) lo = mid;
    else hi = mid - 1;
  }
  for (let i = lo; i < lineStarts.length && (lineStarts[i] as number) < to; i++) {
    const start = lineStarts[i] as number;
    const end = lineStarts[i + 1] ?? text.length + 1;
    if (text.slice(start, end - 1).trim()) lines.push(i + 1);
  }
  return lines;
}

export function readMarkdown(
  bytes: Uint8Array,
  name: string,
): { decoded: DecodedText; stories: Story[] } {
  const decoded = decodeBytes(bytes, name);
  const text = decoded.text;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);

  const drafts: StoryDraft[] = [];
  let draft: StoryDraft | null = null;
  const open = (line: number): StoryDraft => {
    draft = {
      headline: '',
      headlineLine: null,
      byline: null,
      published: null,
      captions: [] as Caption[],
      body: [] as Paragraph[],
      removed: [] as RemovedLine[],
      firstLine: line,
      lastLine: line,
      signal: 'markdown-heading',
    };
    drafts.push(draft);
    return draft;
  };
  const current = (line: number) => draft ?? open(line);

  let offset = 0;
  for (const token of marked.lexer(text)) {
    // Blank lines; they also start on the line before's newline, which must not count twice.
    if (token.type === 'space') continue;
    const at = text.indexOf(token.raw, offset);
    const from = at === -1 ? offset : at;
    offset = from + token.raw.length;
    const lines = linesIn(text, lineStarts, from, offset);
    const first = lines[0];
    if (first === undefined) continue;
    const level = token.type === 'heading' ? (token as Tokens.Heading).depth : 0;
    const story = level === 1 ? open(first) : current(first);
    story.lastLine = Math.max(story.lastLine, lines.at(-1) as number);
    const remove = (reason: RemovalReason) => {
      for (const line of lines)
        story.removed.push({
          line,
          text: text.slice(lineStarts[line - 1], (lineStarts[line] ?? text.length + 1) - 1),
          reason,
        });
    };
    const body = (runs: TextRun[], where = lines) => story.body.push(...paragraphs(runs, where));
    switch (token.type) {
      case 'heading':
        if (level === 1 && !story.headline) {
          story.headline = plain(runsOf(token.tokens));
          story.headlineLine = first;
        } else body(runsOf(token.tokens));
        break;
      case 'paragraph': {
        const [head, ...rest] = token.tokens ?? [];
        if (head?.type === 'image') {
          const image = head as Tokens.Image;
          const line = plain(runsOf(rest));
          const words = line || oneLine(image.title ?? '') || oneLine(image.text);
          if (words) story.captions.push(caption(words, lines));
          else remove('gallery');
        } else body(runsOf(token.tokens));
        break;
      }
      case 'list': {
        // One paragraph per item, each on its own lines.
        let itemAt = from;
        for (const item of (token as Tokens.List).items) {
          const found = text.indexOf(item.raw, itemAt);
          const where =
            found === -1 ? lines : linesIn(text, lineStarts, found, found + item.raw.length);
          if (found !== -1) itemAt = found + item.raw.length;
          body(runsOf(item.tokens), where);
        }
        break;
      }
      case 'blockquote':
        for (const inner of token.tokens ?? [])
          if (inner.type === 'paragraph') body(runsOf(inner.tokens));
        break;
      case 'code':
        body([{ text: token.text as string }]);
        break;
      case 'table':
        for (const row of [(token as Tokens.Table).header, ...(token as Tokens.Table).rows])
          body([{ text: row.map((cell) => plain(runsOf(cell.tokens))).join(' | ') }]);
        break;
      case 'hr':
        remove('separator');
        break;
      default:
        // Raw HTML and anything else that is not copy: kept in the list of what was taken out.
        remove('boilerplate');
    }
  }
  // A stretch with nothing but what was taken out (a rule before the first heading) is no story:
  // its removed lines go with the story after it, or before it at the end.
  const kept: StoryDraft[] = [];
  let carried: RemovedLine[] = [];
  for (const d of drafts) {
    if (!d.headline && d.body.length === 0 && d.captions.length === 0) {
      carried.push(...d.removed);
      continue;
    }
    d.removed.push(...carried);
    d.firstLine = Math.min(d.firstLine, ...carried.map((r) => r.line));
    carried = [];
    kept.push(d);
  }
  const last = kept.at(-1);
  if (last && carried.length > 0) {
    last.removed.push(...carried);
    last.lastLine = Math.max(last.lastLine, ...carried.map((r) => r.line));
  }
  const stories = kept.map(finishStory);
  if (stories.length === 0)
    throw new SourceError('no-article', `"${name}" is Markdown with no copy in it.`);
  return { decoded, stories };
}
