// Web pages (saved pages, `.html`/`.htm`, and a browser's copy on the clipboard) into stories.
//
// 1. Decode with the charset of the BOM, else of `<meta charset>`, else detected.
// 2. Parse (linkedom) and drop what is not copy: script, style, templates, frames, embedded objects,
//    form controls. Nothing of them reaches a line, and what is stored is plain text and runs
//    (links only http, https, mailto), so no script or event handler survives anywhere.
// 3. Write the page's text as the stored source: one line per block (the title, each heading,
//    paragraph, list item, caption, table cell...). Line numbers in the stories point at this text.
// 4. Find the article with Mozilla Readability, run over the same page with each block tagged with
//    its line numbers: the lines it kept are the article, the others are listed as removed.
//    A page holding several `<article>` elements (a front page, an archive) gives one story each.
// 5. Map the article onto the model: `h1` headline, `figcaption` captions with credit and
//    dateline, paragraphs and list items as body with their bold, italic and links, the byline and
//    `<time>` as metadata.

import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import {
  REMOVAL_REASONS,
  type Published,
  type RemovalReason,
  type RemovedLine,
  type Story,
  type TextRun,
} from '../../../shared/model';
import { parseByline } from '../../../shared/split/byline';
import { parsePublished, readDate } from '../../../shared/split/published';
import { decodeBytes, decodeWithEncoding, type DecodedText } from '../decode';
import {
  caption,
  finishStory,
  oneLine,
  paragraphs,
  safeHref,
  SourceError,
  SourceLines,
} from './assemble';

/** Never copy, never a line: dropped with everything inside them. */
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'APPLET',
  'LINK',
  'META',
  'BASE',
  'SVG',
  'MATH',
  'CANVAS',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'OPTION',
  'AUDIO',
  'VIDEO',
  'SOURCE',
  'TRACK',
  'PICTURE',
  'MAP',
  'HEAD',
]);
/** Removed from the page before anything reads it: all of DROPPED but the head and its metadata, which hold no copy and give Readability the byline and time. */
const REMOVED = new Set([...DROPPED].filter((t) => t !== 'HEAD' && t !== 'META'));

/** Elements that start a line of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'LEGEND',
  'CENTER',
]);

/** Fewer words than this in the body of every story: the page holds no article. */
const MIN_ARTICLE_WORDS = 12;

/**
 * Readability's time grows much faster than the page on deep nesting (3,000 nested elements take
 * minutes): a page nested deeper than any real one is taken whole instead, and checked for copy.
 */
const MAX_EXTRACT_DEPTH = 400;

/** The attribute carrying a block's own line numbers through Readability. */
const LINE_ATTR = 'data-copydesk-lines';

// linkedom's DOM, typed loosely: the few members used here.
interface El {
  nodeType: number;
  nodeName: string;
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  parentElement: El | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  attributes: ArrayLike<{ name: string }>;
  querySelectorAll(selector: string): ArrayLike<El>;
  closest(selector: string): El | null;
  contains(other: El): boolean;
  remove(): void;
  outerHTML: string;
}

interface Line {
  number: number;
  /** The block whose text it is. */
  owner: El;
  runs: TextRun[];
}

interface Rendered {
  source: SourceLines;
  lines: Line[];
  /** The line each element's text starts on (for inline elements: bylines, times). */
  startOf: Map<El, number>;
  /** The lines each block owns directly. */
  owned: Map<El, number[]>;
  titleLine: number | null;
  /** How deep the page's elements nest. */
  depth: number;
}

interface Format {
  bold: boolean;
  italic: boolean;
  href: string | undefined;
}

/**
 * The page's charset: the BOM's, else the one `<meta charset>` (or its http-equiv form) declares in
 * the first 4 KB, else what the detector finds.
 */
export function decodeHtml(bytes: Uint8Array, fileName: string): DecodedText {
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared)) {
      // As browsers read pages: a page labelled Latin-1 is read as Windows-1252.
      const encoding = /^(?:iso-8859-1|latin-?1|us-ascii|ascii)$/.test(declared)
        ? 'windows-1252'
        : declared;
      return decodeWithEncoding(bytes, encoding, fileName);
    }
  }
  return decodeBytes(bytes, fileName);
}

/** Drops what is never copy, and every attribute that could run or load something. */
function sanitise(root: El): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (REMOVED.has(el.tagName) || el.nodeName.toLowerCase() === 'svg') {
      el.remove();
      continue;
    }
    for (const { name } of Array.from(el.attributes)) {
      const lower = name.toLowerCase();
      if (
        lower.startsWith('on') ||
        lower === 'style' ||
        lower === 'srcdoc' ||
        lower === 'formaction'
      )
        el.removeAttribute(name);
    }
    const href = el.getAttribute('href');
    if (href !== null && !safeHref(href)) el.removeAttribute('href');
  }
}

/** Writes the page a block a line; tags each block with the lines it owns. */
function render(document: {
  title?: string;
  body: El | null;
  querySelector(s: string): El | null;
}): Rendered {
  const source = new SourceLines();
  const lines: Line[] = [];
  const startOf = new Map<El, number>();
  const owned = new Map<El, number[]>();
  let titleLine: number | null = null;
  const titleText = oneLine(document.querySelector('title')?.textContent ?? '');
  if (titleText) titleLine = source.add(titleText);
  if (titleLine !== null)
    lines.push({
      number: titleLine,
      owner: document.querySelector('title') as El,
      runs: [{ text: titleText }],
    });

  let pending: TextRun[] = [];
  let pendingOwner: El | null = null;
  const flush = () => {
    const text = oneLine(pending.map((r) => r.text).join(''));
    if (text !== '' && pendingOwner) {
      const number = source.add(text);
      lines.push({ number, owner: pendingOwner, runs: pending });
      const list = owned.get(pendingOwner) ?? [];
      list.push(number);
      owned.set(pendingOwner, list);
    }
    pending = [];
    pendingOwner = null;
  };
  // Iterative, so a page nested ten thousand deep cannot overflow the stack.
  type Frame = { node: El; owner: El; format: Format; depth: number; exit?: boolean };
  let deepest = 0;
  const body = document.body;
  if (!body) return { source, lines, startOf, owned, titleLine, depth: 0 };
  const stack: Frame[] = [
    { node: body, owner: body, format: { bold: false, italic: false, href: undefined }, depth: 0 },
  ];
  while (stack.length) {
    const frame = stack.pop() as Frame;
    const { node, format, depth } = frame;
    if (depth > deepest) deepest = depth;
    if (frame.exit) {
      if (BLOCKS.has(node.tagName)) flush();
      continue;
    }
    if (node.nodeType === 3) {
      if (pendingOwner !== null && pendingOwner !== frame.owner) flush();
      pendingOwner = frame.owner;
      pending.push({ text: node.textContent ?? '', ...format });
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (DROPPED.has(node.tagName)) continue;
    startOf.set(node, source.count + 1);
    if (node.tagName === 'BR') {
      flush();
      continue;
    }
    const block = BLOCKS.has(node.tagName);
    let owner = frame.owner;
    if (block) {
      flush();
      owner = node;
    }
    const tag = node.tagName;
    const href = tag === 'A' ? (safeHref(node.getAttribute('href')) ?? format.href) : format.href;
    const next: Format = {
      bold: format.bold || tag === 'B' || tag === 'STRONG',
      italic: format.italic || tag === 'I' || tag === 'EM',
      href,
    };
    stack.push({ node, owner, format, depth, exit: true });
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as El, owner, format: next, depth: depth + 1 });
  }
  flush();
  for (const [el, numbers] of owned) el.setAttribute(LINE_ATTR, numbers.join(' '));
  return { source, lines, startOf, owned, titleLine, depth: deepest };
}

/** The lines Readability kept as the article of this page (or part of a page), or null. */
function extract(
  html: () => string,
): { kept: Set<number>; title: string; byline: string; published: string } | null {
  let article: ReturnType<Readability<El>['parse']>;
  try {
    // A copy of the page (Readability changes the page it reads), parsed again: linkedom's
    // cloneNode is slower than this and recursive.
    const page = parseHTML(html()).document as unknown as Document;
    // The content comes back as the element, not as HTML to parse again.
    article = new Readability<El>(page, {
      charThreshold: 100,
      serializer: (el) => el as El,
    }).parse();
  } catch {
    return null;
  }
  if (!article?.content) return null;
  const kept = new Set<number>();
  for (const el of Array.from(article.content.querySelectorAll(`[${LINE_ATTR}]`)))
    for (const n of (el.getAttribute(LINE_ATTR) ?? '').split(' ')) kept.add(Number(n));
  return {
    kept,
    title: oneLine(article.title ?? ''),
    byline: oneLine(article.byline ?? ''),
    published: oneLine(article.publishedTime ?? ''),
  };
}

/** Why a line outside the article was left out, from where it stands on the page. */
function reasonFor(owner: El, titleOwner: El | null): RemovalReason {
  if (owner === titleOwner) return 'page-title';
  for (let el: El | null = owner; el; el = el.parentElement) {
    const tag = el.tagName;
    const marks =
      `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`.toLowerCase();
    if (/\b(?:ad|ads|advert\w*|sponsor\w*|dfp)\b/.test(marks)) return 'ad';
    if (/share|social/.test(marks)) return 'share';
    if (/newsletter|subscri|promo|signup/.test(marks)) return 'promo';
    if (/related|most-?read|more-?stories|recommend|popular/.test(marks) || tag === 'ASIDE')
      return 'related';
    if (tag === 'NAV' || tag === 'MENU' || /\bnav|menu|breadcrumb|navigation/.test(marks))
      return 'nav';
    if (tag === 'FOOTER' || /footer|contentinfo|copyright/.test(marks)) return 'footer';
    if (tag === 'HEADER' || /\bbanner\b|masthead/.test(marks)) return 'nav';
  }
  return 'outside-article';
}
void REMOVAL_REASONS;

/** A `<time>`'s publication time: as printed, with its ISO form from `datetime` or the words. */
function publishedOf(time: El): Published | null {
  const text = oneLine(time.textContent ?? '');
  const attr = time.getAttribute('datetime')?.trim() ?? '';
  const iso = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(attr) ? attr : null;
  if (text === '') return iso ? { text: iso, iso } : null;
  const read = parsePublished(text) ?? readDate(text);
  return { text: read?.text ?? text, iso: iso ?? read?.iso ?? null };
}

const BYLINE_SELECTOR =
  '[rel="author"], [itemprop~="author"], [class*="byline"], [class*="author"], address';

interface Scope {
  /** The element holding the article (the body for a single-article page). */
  root: El;
  kept: Set<number> | null;
  title: string;
  byline: string;
  published: string;
}

/** Turns a web page into its stories; throws a SourceError naming the file when it holds no article. */
export function readHtml(
  bytes: Uint8Array,
  name: string,
): { decoded: DecodedText; stories: Story[] } {
  return readMarkup(decodeHtml(bytes, name), name);
}

/**
 * Turns decoded HTML into its stories. `whole` is for markup that is all copy (a Word file's, an
 * e-mail's): nothing is extracted away, each top-level `<article>` is a story, else the body is one.
 */
export function readMarkup(
  decoded: DecodedText,
  name: string,
  {
    whole = false,
    signal = 'html-article',
    prepare,
  }: {
    whole?: boolean;
    signal?: string;
    /** Rearranges the parsed page before it is read (the Word source puts its stories in articles). */
    prepare?: (document: object) => void;
  } = {},
): { decoded: DecodedText; stories: Story[] } {
  // A clipboard fragment (no <html> or <body>, or a browser's StartFragment marker) is what the
  // editor chose: all of it is the article.
  const bare = !/<(?:html|body|head)[\s>]/i.test(decoded.text);
  const fragment = bare || /<!--\s*StartFragment\s*-->/i.test(decoded.text);
  const { document } = parseHTML(
    bare ? `<!DOCTYPE html><html><head></head><body>${decoded.text}</body></html>` : decoded.text,
  );
  prepare?.(document);
  const doc = document as unknown as {
    title?: string;
    body: El | null;
    documentElement: El;
    querySelector(s: string): El | null;
    querySelectorAll(s: string): ArrayLike<El>;
  };
  const titleEl = doc.querySelector('title');
  const titleText = titleEl?.textContent ?? '';
  sanitise(doc.documentElement);
  // The title survives the sanitising of <head> only as text: render reads it first.
  const rendered = render({
    body: doc.body,
    querySelector: (s) => (s === 'title' ? titleEl : doc.querySelector(s)),
  });
  void titleText;
  const { source, lines } = rendered;
  if (lines.length === 0)
    throw new SourceError(
      'no-article',
      `"${name}" is a web page with no text in it: there is no article to import.`,
    );

  // The first line of each outermost article, found in one pass (a file of hundreds of stories).
  const firstLineOf = new Map<El, number>();
  for (const l of rendered.lines) {
    let outer: El | null = null;
    for (let el: El | null = l.owner; el; el = el.parentElement)
      if (el.tagName === 'ARTICLE') outer = el;
    if (outer && !firstLineOf.has(outer)) firstLineOf.set(outer, l.number);
  }
  const articles = Array.from(doc.querySelectorAll('article')).filter((a) => firstLineOf.has(a));
  const scopes: Scope[] = [];
  if (whole && articles.length > 0) {
    for (const a of articles)
      scopes.push({ root: a, kept: null, title: '', byline: '', published: '' });
  } else if (fragment || whole) {
    scopes.push({ root: doc.body as El, kept: null, title: '', byline: '', published: '' });
  } else if (articles.length >= 2) {
    for (const a of articles) {
      const found =
        rendered.depth > MAX_EXTRACT_DEPTH
          ? null
          : extract(
              () =>
                `<!DOCTYPE html><html><head><title></title></head><body>${a.outerHTML}</body></html>`,
            );
      scopes.push({
        root: a,
        kept: found?.kept ?? null,
        title: '',
        byline: found?.byline ?? '',
        published: found?.published ?? '',
      });
    }
  } else {
    // When the extractor finds nothing (or fails on a strange page), the page is taken whole,
    // and the check below still refuses a page without copy.
    const found =
      rendered.depth > MAX_EXTRACT_DEPTH
        ? null
        : extract(() => `<!DOCTYPE html>${doc.documentElement.outerHTML}`);
    scopes.push({
      root: doc.body as El,
      kept: found && found.kept.size > 0 ? found.kept : null,
      title: found?.title ?? '',
      byline: found?.byline ?? '',
      published: found?.published ?? '',
    });
  }

  // Each story spans the lines from its article's first line to the next one's; the first story
  // also has the page's top, the last its foot.
  const firstOf = scopes.map((s, i) => (i === 0 ? 1 : (firstLineOf.get(s.root) ?? 1)));
  const stories = scopes.map((scope, i) =>
    storyOf(
      scope,
      rendered,
      firstOf[i] as number,
      i + 1 < scopes.length ? (firstOf[i + 1] as number) - 1 : source.count,
      titleEl,
      signal,
    ),
  );
  // A page whose "article" is a menu or a line is not a story (a pasted fragment is the editor's).
  const words = stories.reduce(
    (n, s) => n + s.body.reduce((m, p) => m + p.text.split(' ').length, 0),
    0,
  );
  if (words === 0 || (!fragment && !whole && words < MIN_ARTICLE_WORDS))
    throw new SourceError(
      'no-article',
      `"${name}" is a web page in which Copydesk found no article: save the story's own page, or copy the story's text and paste it.`,
    );
  return { decoded: { ...decoded, text: source.text() }, stories };
}

function storyOf(
  scope: Scope,
  rendered: Rendered,
  firstLine: number,
  lastLine: number,
  titleEl: El | null,
  signal: string,
): Story {
  const { lines, startOf } = rendered;
  const inRange = lines.filter((l) => l.number >= firstLine && l.number <= lastLine);
  const lineOf = new Map(inRange.map((l) => [l.number, l]));
  const inScope = (l: Line) => scope.root.contains(l.owner);
  const inArticle = (l: Line) => inScope(l) && (scope.kept === null || scope.kept.has(l.number));
  const used = new Set<number>();
  const removed: RemovedLine[] = [];
  const remove = (l: Line, reason: RemovalReason) => {
    if (used.has(l.number)) return;
    used.add(l.number);
    removed.push({ line: l.number, text: rendered.source.lines[l.number - 1] as string, reason });
  };

  // Headline: the article's h1 (or, on a front page, its first heading), else the page's title.
  let headline = '';
  let headlineLine: number | null = null;
  const heading =
    inRange.find((l) => inScope(l) && /^H1$/.test(l.owner.tagName)) ??
    (scope.root.tagName === 'ARTICLE' || scope.kept === null
      ? inRange.find((l) => inScope(l) && /^H[1-6]$/.test(l.owner.tagName))
      : undefined);
  if (heading) {
    headline = rendered.source.lines[heading.number - 1] as string;
    headlineLine = heading.number;
    used.add(heading.number);
  } else if (
    rendered.titleLine !== null &&
    rendered.titleLine >= firstLine &&
    rendered.titleLine <= lastLine
  ) {
    headline = scope.title || (rendered.source.lines[rendered.titleLine - 1] as string);
    headlineLine = rendered.titleLine;
    used.add(rendered.titleLine);
  }

  // Byline and time: the elements that say they are one, within the article.
  let byline: string | null = null;
  let published: Published | null = null;
  const lineAt = (el: El) => {
    const l = lineOf.get(startOf.get(el) ?? 0);
    return l && (l.owner === el || l.owner.contains(el) || el.contains(l.owner)) ? l : undefined;
  };
  for (const el of Array.from(scope.root.querySelectorAll(BYLINE_SELECTOR))) {
    const text = oneLine(el.textContent ?? '');
    if (text === '' || text.length > 200) continue;
    const line = lineAt(el);
    if (!line || used.has(line.number)) continue;
    byline = parseByline(text) ?? text.replace(/^by\s+/i, '');
    remove(line, 'byline');
    break;
  }
  for (const el of Array.from(scope.root.querySelectorAll('time'))) {
    const line = lineAt(el);
    const p = publishedOf(el);
    if (!p) continue;
    published = p;
    if (line && !used.has(line.number)) remove(line, 'timestamp');
    break;
  }
  if (!byline && scope.byline)
    byline = parseByline(scope.byline) ?? scope.byline.replace(/^by\s+/i, '');
  if (!published && scope.published)
    published = { text: scope.published, iso: readDate(scope.published)?.iso ?? null };

  // Captions: figcaptions within the article, or within the stretch of page the article covers.
  const articleLines = inRange.filter(inArticle).map((l) => l.number);
  const from = Math.min(headlineLine ?? Infinity, articleLines[0] ?? Infinity);
  const to = articleLines.at(-1) ?? -Infinity;
  const captions = [];
  for (const fig of Array.from(scope.root.querySelectorAll('figcaption'))) {
    const own = [fig, ...Array.from(fig.querySelectorAll('*'))]
      .flatMap((el) => rendered.owned.get(el) ?? [])
      .sort((a, b) => a - b)
      .map((n) => lineOf.get(n) as Line)
      .filter((l) => l && l.number >= firstLine && l.number <= lastLine && !used.has(l.number));
    if (own.length === 0) continue;
    const first = own[0] as Line;
    if (!(inArticle(first) || (first.number > from && first.number < to))) continue;
    const creditEl = Array.from(
      fig.querySelectorAll('[class*="credit"], [class*="copyright"], small, cite'),
    )[0];
    const credit = creditEl ? oneLine(creditEl.textContent ?? '') : null;
    let text = oneLine(fig.textContent ?? '');
    if (credit) text = oneLine(text.replace(credit, ''));
    captions.push(
      caption(
        text,
        own.map((l) => l.number),
        credit,
      ),
    );
    for (const l of own) used.add(l.number);
  }

  const body = [];
  for (const l of inRange) {
    if (used.has(l.number)) continue;
    if (inArticle(l) && l.owner !== titleEl) {
      used.add(l.number);
      body.push(...paragraphs(l.runs, [l.number]));
    } else remove(l, reasonFor(l.owner, titleEl));
  }
  return finishStory({
    headline,
    headlineLine,
    byline,
    published,
    captions,
    body,
    removed,
    firstLine,
    lastLine,
    signal,
  });
}
