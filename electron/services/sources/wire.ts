// Wire files read as the structured stories they are, without splitting: NITF 3.x XML (one story per
// file) and IPTC ninjs 1.x to 3.x JSON (one object per story, or an array of them), as agencies send
// them and as Copydesk's own export writes them. Headline, byline, dateline, publication time,
// captions with their credit, and the body with its bold, italic and links keep their places. The
// stored source is the file's copy a block a line (see SourceLines), which line numbers point at.

import { DOMParser, parseHTML } from 'linkedom';
import { XMLValidator } from 'fast-xml-parser';
import type { Caption, Paragraph, Published, Story, TextRun } from '../../../shared/model';
import { decodeBytes, type DecodedText } from '../decode';
import { caption, finishStory, oneLine, paragraphs, SourceError, SourceLines } from './assemble';

// linkedom's DOM, typed loosely: the few members used here.
interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  getAttribute?(name: string): string | null;
  querySelector?(selector: string): Node | null;
  querySelectorAll?(selector: string): ArrayLike<Node>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Text runs of an element: <em>/<i> italic (NITF's <em class="bold"> bold), <b>/<strong>, <a>. */
function runsOf(node: Node, format: Omit<TextRun, 'text'> = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      runs.push({ text: child.textContent ?? '', ...format });
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const name = child.nodeName.toLowerCase();
    const classes = (child.getAttribute?.('class') ?? '').split(/\s+/);
    const next = { ...format };
    if (name === 'b' || name === 'strong' || (name === 'em' && classes.includes('bold')))
      next.bold = true;
    if (
      name === 'i' ||
      (name === 'em' && (classes.includes('italic') || !classes.includes('bold')))
    )
      next.italic = true;
    if (name === 'a') {
      const href = child.getAttribute?.('href');
      if (href) next.href = href;
    }
    runs.push(...runsOf(child, next));
  }
  return runs;
}

const text = (node: Node | null | undefined) => oneLine(node?.textContent ?? '');

/** NITF's norm `20241120T151400+0100` as ISO 8601 `2024-11-20T15:14:00+01:00`, or null. */
export function isoFromNorm(norm: string | null | undefined): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})?)?$/.exec(norm ?? '');
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`;
}

const publishedAt = (iso: string | null): Published | null => (iso ? { text: iso, iso } : null);

/** NITF 3.x: one document, one story. */
export function readNitf(
  bytes: Uint8Array,
  name: string,
): { decoded: DecodedText; stories: Story[] } {
  const decoded = decodeBytes(bytes, name);
  const valid = XMLValidator.validate(decoded.text);
  if (valid !== true) {
    throw new SourceError(
      'damaged',
      `"${name}" is not valid XML (line ${valid.err.line}: ${valid.err.msg}), so it was not read as NITF.`,
    );
  }
  const doc = new DOMParser().parseFromString(decoded.text, 'text/xml') as unknown as Node;
  const nitf = doc.querySelector?.('nitf');
  if (!nitf)
    throw new SourceError('unsupported', `"${name}" is XML but not NITF (no <nitf> element).`);
  const source = new SourceLines();
  const headline =
    text(nitf.querySelector?.('body\\.head hedline hl1')) ||
    text(nitf.querySelector?.('head title'));
  const headlineLine = headline ? source.add(headline) : null;
  const byline = text(nitf.querySelector?.('body\\.head byline')) || null;
  if (byline) source.add(byline);
  const dateline = text(nitf.querySelector?.('body\\.head dateline')) || null;
  if (dateline) source.add(dateline);
  const captions: Caption[] = [];
  const body: Paragraph[] = [];
  for (const media of Array.from(nitf.querySelectorAll?.('body\\.content media') ?? [])) {
    const words = text(media.querySelector?.('media-caption'));
    if (!words) continue;
    captions.push(
      caption(words, [source.add(words)], text(media.querySelector?.('media-producer')) || null),
    );
  }
  for (const p of Array.from(nitf.querySelectorAll?.('body\\.content p') ?? [])) {
    const line = text(p);
    if (line) body.push(...paragraphs(runsOf(p), [source.add(line)]));
  }
  if (!headline && body.length === 0)
    throw new SourceError('no-article', `"${name}" is NITF but holds no headline and no copy.`);
  const issued = nitf.querySelector?.('head docdata date\\.issue')?.getAttribute?.('norm');
  const story = finishStory({
    headline,
    headlineLine,
    byline,
    published: publishedAt(isoFromNorm(issued)),
    // Without a <dateline> element, the one printed at the head of the copy, if any.
    ...(dateline ? { dateline } : {}),
    captions,
    body,
    removed: [],
    firstLine: 1,
    lastLine: source.count,
    signal: 'nitf-document',
  });
  return { decoded: { ...decoded, text: source.text() }, stories: [story] };
}

type Json = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown): Json[] =>
  Array.isArray(value)
    ? value.filter((v): v is Json => typeof v === 'object' && v !== null)
    : typeof value === 'object' && value !== null
      ? Object.values(value).filter((v): v is Json => typeof v === 'object' && v !== null)
      : [];

/** Whether parsed JSON is ninjs: objects with a uri and a type, and a headline or a body. */
export function looksLikeNinjs(value: unknown): boolean {
  const items = Array.isArray(value) ? value : [value];
  return (
    items.length > 0 &&
    items.every((item) => {
      if (typeof item !== 'object' || item === null) return false;
      const o = item as Json;
      return (
        typeof o.uri === 'string' &&
        typeof o.type === 'string' &&
        ['headlines', 'headline', 'bodies', 'body_html', 'body_text'].some((k) => k in o)
      );
    })
  );
}

/** The body's paragraphs as the item carries them: HTML (with its formatting) first, else text. */
function ninjsBody(item: Json, source: SourceLines): Paragraph[] {
  const bodies = list(item.bodies);
  const html =
    str(bodies.find((b) => str(b.contentType ?? b.contenttype) === 'text/html')?.value) ||
    str(item.body_html);
  const plain =
    str(bodies.find((b) => str(b.contentType ?? b.contenttype) === 'text/plain')?.value) ||
    str(item.body_text);
  const out: Paragraph[] = [];
  if (html) {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const blocks = Array.from(
      (document as unknown as Node).querySelectorAll?.('p, li, h2, h3, h4, blockquote') ?? [],
    );
    for (const block of blocks) {
      const line = text(block);
      if (line) out.push(...paragraphs(runsOf(block), [source.add(line)]));
    }
    if (out.length > 0) return out;
  }
  for (const para of plain.split(/\n\s*\n/)) {
    const line = oneLine(para);
    if (line) out.push(...paragraphs([{ text: line }], [source.add(line)]));
  }
  return out;
}

function ninjsStory(item: Json, source: SourceLines): Story {
  const firstLine = source.count + 1;
  const headlines = list(item.headlines);
  const headline = oneLine(
    str((headlines.find((h) => str(h.role) === 'main') ?? headlines[0])?.value) ||
      str(item.headline),
  );
  const headlineLine = headline ? source.add(headline) : null;
  const byline = oneLine(str(item.by) || str(item.byline)) || null;
  if (byline) source.add(byline);
  const captions: Caption[] = [];
  for (const picture of list(item.associations)) {
    if (str(picture.type) && str(picture.type) !== 'picture') continue;
    const descriptions = list(picture.descriptions);
    const words = oneLine(
      str(descriptions.find((d) => str(d.role) === 'caption')?.value) ||
        str(picture.description_text) ||
        str(picture.body_text),
    );
    if (!words) continue;
    const credit = oneLine(str(picture.by) || str(picture.byline)) || null;
    captions.push(caption(words, [source.add(words)], credit));
  }
  const body = ninjsBody(item, source);
  const iso = str(item.firstCreated) || str(item.firstcreated);
  return finishStory({
    headline,
    headlineLine,
    byline,
    published: publishedAt(iso || null),
    // ninjs names only the place (`located`); the dateline as printed leads the first paragraph.
    captions,
    body,
    removed: [],
    firstLine,
    lastLine: source.count,
    signal: 'ninjs-item',
  });
}

/** ninjs 1.x to 3.x: one item or an array of items, each a story. */
export function readNinjs(
  bytes: Uint8Array,
  name: string,
): { decoded: DecodedText; stories: Story[] } {
  const decoded = decodeBytes(bytes, name);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    throw new SourceError('damaged', `"${name}" is not valid JSON (${(err as Error).message}).`);
  }
  if (!looksLikeNinjs(value))
    throw new SourceError(
      'unsupported',
      `"${name}" is JSON but not ninjs (no uri, type and headline or body).`,
    );
  const source = new SourceLines();
  const stories = (Array.isArray(value) ? value : [value]).map((item) =>
    ninjsStory(item as Json, source),
  );
  if (stories.every((s) => s.body.length === 0 && !s.headline))
    throw new SourceError('no-article', `"${name}" is ninjs but holds no headline and no copy.`);
  return { decoded: { ...decoded, text: source.text() }, stories };
}
