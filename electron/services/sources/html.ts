// Web pages (saved pages, `.html`/`.htm`, and a browser's copy on the clipboard) into stories.
//
// 1. Decode with the charset of the BOM, else of `<meta charset>`, else detected.
// 2. Parse into a light tree of what may be copy (page-tree.ts): script, style, templates, frames,
//    embedded objects, form controls, comments, event handlers never enter it, and what is stored
//    is plain text and runs (links only http, https, mailto), so no script or handler survives.
// 3. Write the page's text as the stored source: one line per block (the title, each heading,
//    paragraph, list item, caption, table cell...). Line numbers in the stories point at this text.
// 4. Find the article with Mozilla Readability (over linkedom), run over the page written out again
//    with each block tagged with its line numbers: the lines it kept are the article, the others
//    are listed as removed. A page holding several `<article>` elements (a front page, an archive)
//    gives one story each; a page whose one `<article>` holds its h1 is read for that article.
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
  attr,
  contains,
  findAll,
  parsePage,
  textOf,
  VOID,
  type PageEl,
  type PageNode,
  type PageTree,
} from './page-tree';
import {
  caption,
  finishStory,
  oneLine,
  paragraphs,
  safeHref,
  SourceError,
  SourceLines,
} from './assemble';

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

type El = PageEl;

/** The DOM Readability hands back (linkedom's), typed loosely: the few members used here. */
interface DomEl {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomEl>;
}

interface Line {
  number: number;
  /** The block whose text it is. */
  owner: El;
  /** The outermost `<article>` it is in, by its place on the page; -1 outside any. */
  article: number;
  runs: TextRun[];
}

/** An outermost `<article>` of the page, and where its markup is in the skeleton's tokens. */
interface ArticleEl {
  el: El;
  from: number;
  to: number;
}

interface Rendered {
  source: SourceLines;
  lines: Line[];
  /** The line each byline and time element's text starts on (they may be inline). */
  startOf: Map<El, number>;
  /** The lines each block owns directly. */
  owned: Map<El, number[]>;
  titleLine: number | null;
  /** How deep the page's elements nest. */
  depth: number;
  skeleton: Skeleton;
  articles: ArticleEl[];
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

// What Readability reads is the page tree (page-tree.ts: nothing that runs or loads is in it)
// written out again while the page is rendered, each block with its line numbers.

/** Readability's own tests for what its first pass throws away, so the skeleton can leave it out. */
const READABILITY = Readability.prototype as unknown as {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp; byline: RegExp };
  UNLIKELY_ROLES: string[];
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => ENTITIES[c] as string);
const escapeAttr = (s: string) => s.replace(/[&"]/g, (c) => ENTITIES[c] as string);

/**
 * Whether Readability's first pass removes this element with all it holds (an unlikely candidate
 * by class, id or role): left out of the skeleton its first pass reads. A byline or heading stays,
 * since Readability looks at those before it weighs the class.
 */
function unlikely(el: El, inTableOrCode: boolean): boolean {
  const tag = el.tagName;
  const { attrs } = el;
  if (attrs.class === undefined && attrs.id === undefined && attrs.role === undefined) return false;
  if (inTableOrCode || tag === 'BODY' || tag === 'A' || /^H[1-6]$/.test(tag)) return false;
  const match = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  const { REGEXPS, UNLIKELY_ROLES } = READABILITY;
  if (REGEXPS.byline.test(match) || attr(el, 'rel') === 'author') return false;
  if ((attr(el, 'itemprop') ?? '').includes('author')) return false;
  if (REGEXPS.unlikelyCandidates.test(match) && !REGEXPS.okMaybeItsACandidate.test(match))
    return true;
  return UNLIKELY_ROLES.includes(attr(el, 'role') ?? '');
}

/** The page's markup for Readability, as tokens; `pruned` the stretches its first pass drops. */
class Skeleton {
  readonly tokens: string[] = [];
  readonly pruned: [number, number][] = [];
  /** The tokens from..to as markup, with (`prune`) or without the stretches of `pruned`. */
  markup(from: number, to: number, prune: boolean): string {
    if (!prune) return this.tokens.slice(from, to).join('');
    const out: string[] = [];
    let at = from;
    for (const [a, b] of this.pruned) {
      if (b <= at || a >= to) continue;
      if (a > at) out.push(this.tokens.slice(at, a).join(''));
      at = Math.max(at, b);
    }
    if (at < to) out.push(this.tokens.slice(at, to).join(''));
    return out.join('');
  }
}

/**
 * What Readability reads of an element's attributes: its class, id, role and the like, and of a
 * link only whether it points within the page (`#...`, which weighs less in its link density).
 * Every attribute costs linkedom a node, and a big page has hundreds of thousands.
 */
const READ_ATTRS = new Set([
  'class',
  'id',
  'role',
  'rel',
  'itemprop',
  'hidden',
  'aria-hidden',
  'aria-modal',
]);

function attrsMarkup(el: El, names: ReadonlySet<string> | null): string {
  let markup = '';
  for (const name in el.attrs) {
    const value = el.attrs[name] as string;
    if (names === null || names.has(name) || (name === 'href' && value.startsWith('#')))
      markup += ` ${name}="${escapeAttr(value)}"`;
  }
  return markup;
}

/** The head Readability reads metadata from: the title and the meta elements' names and values. */
function headMarkup(head: El | null, title: string): string {
  const metas = head
    ? findAll(head, (el) => el.tagName === 'META').map((m) => `<meta${attrsMarkup(m, null)}>`)
    : [];
  return `<head><title>${escapeText(title)}</title>${metas.join('')}</head>`;
}

/** `[rel="author"], [itemprop~="author"], [class*="byline"], [class*="author"], address` */
const isByline = (el: El) =>
  el.tagName === 'ADDRESS' ||
  attr(el, 'rel') === 'author' ||
  (attr(el, 'itemprop') ?? '').split(/\s+/).includes('author') ||
  /byline|author/.test(attr(el, 'class') ?? '');

/** Writes the page a block a line, and its skeleton for Readability. */
function render(body: El, titleEl: El | null): Rendered {
  const source = new SourceLines();
  const lines: Line[] = [];
  const startOf = new Map<El, number>();
  const owned = new Map<El, number[]>();
  const skeleton = new Skeleton();
  const { tokens } = skeleton;
  const articles: ArticleEl[] = [];
  let article = -1;
  let titleLine: number | null = null;
  const titleText = oneLine(titleEl ? textOf(titleEl) : '');
  if (titleEl && titleText) {
    titleLine = source.add(titleText);
    lines.push({ number: titleLine, owner: titleEl, article: -1, runs: [{ text: titleText }] });
  }

  let pending: TextRun[] = [];
  let pendingOwner: El | null = null;
  const flush = () => {
    const text = oneLine(pending.map((r) => r.text).join(''));
    if (text !== '' && pendingOwner) {
      const number = source.add(text);
      lines.push({ number, owner: pendingOwner, article, runs: pending });
      const list = owned.get(pendingOwner) ?? [];
      list.push(number);
      owned.set(pendingOwner, list);
    }
    pending = [];
    pendingOwner = null;
  };
  // Iterative, so a page nested ten thousand deep cannot overflow the stack.
  type Frame = {
    node: PageNode;
    owner: El;
    format: Format;
    depth: number;
    /** Inside a table or code, where Readability keeps even unlikely-looking elements. */
    keep: boolean;
    /** On the way out: where the element's open tag is among the tokens, where its stretch began if pruned. */
    exit?: { open: number; pruned: number | null };
  };
  let deepest = 0;
  const stack: Frame[] = [
    {
      node: body,
      owner: body,
      format: { bold: false, italic: false, href: undefined },
      depth: 0,
      keep: false,
    },
  ];
  let pruning = false;
  while (stack.length) {
    const frame = stack.pop() as Frame;
    const { node, format, depth } = frame;
    if (depth > deepest) deepest = depth;
    if (typeof node === 'string') {
      if (pendingOwner !== null && pendingOwner !== frame.owner) flush();
      pendingOwner = frame.owner;
      pending.push({ text: node, ...format });
      tokens.push(escapeText(node));
      continue;
    }
    if (frame.exit) {
      const tag = node.tagName;
      if (BLOCKS.has(tag)) flush();
      const numbers = owned.get(node);
      if (numbers) tokens[frame.exit.open] += ` ${LINE_ATTR}="${numbers.join(' ')}"`;
      tokens[frame.exit.open] += '>';
      if (!VOID.has(tag)) tokens.push(`</${tag.toLowerCase()}>`);
      if (frame.exit.pruned !== null) {
        skeleton.pruned.push([frame.exit.pruned, tokens.length]);
        pruning = false;
      }
      if (tag === 'ARTICLE' && articles.at(-1)?.el === node) {
        (articles.at(-1) as ArticleEl).to = tokens.length;
        article = -1;
      }
      continue;
    }
    const tag = node.tagName;
    // The head (when the page has no body, or one stands in it) holds no copy.
    if (tag === 'HEAD') continue;
    if (tag === 'TIME' || isByline(node)) startOf.set(node, source.count + 1);
    if (tag === 'BR') {
      flush();
      tokens.push('<br>');
      continue;
    }
    const block = BLOCKS.has(tag);
    let owner = frame.owner;
    if (block) {
      flush();
      owner = node;
    }
    if (tag === 'ARTICLE' && article === -1) {
      article = articles.length;
      articles.push({ el: node, from: tokens.length, to: tokens.length });
    }
    let prunedFrom: number | null = null;
    if (!pruning && unlikely(node, frame.keep)) {
      pruning = true;
      prunedFrom = tokens.length;
    }
    const link = tag === 'A' ? safeHref(attr(node, 'href')) : undefined;
    // An image counts for Readability (it weighs a block's pictures against its text) only with a
    // source; the page's own address is no business of the skeleton.
    const src = tag === 'IMG' ? ' src=""' : '';
    tokens.push(`<${tag.toLowerCase()}${attrsMarkup(node, READ_ATTRS)}${src}`);
    const exit = { open: tokens.length - 1, pruned: prunedFrom };
    const formats = link || tag === 'B' || tag === 'STRONG' || tag === 'I' || tag === 'EM';
    const next: Format = formats
      ? {
          bold: format.bold || tag === 'B' || tag === 'STRONG',
          italic: format.italic || tag === 'I' || tag === 'EM',
          href: link ?? format.href,
        }
      : format;
    const keep = frame.keep || tag === 'TABLE' || tag === 'CODE';
    stack.push({ node, owner, format, depth, keep, exit });
    const { children } = node;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as PageNode, owner, format: next, depth: depth + 1, keep });
  }
  flush();
  return { source, lines, startOf, owned, titleLine, depth: deepest, skeleton, articles };
}

/** Readability's floor on an article's length: below it, it tries again with its rules relaxed. */
const CHAR_THRESHOLD = 100;

/** The lines Readability kept as the article of this page (or part of a page), or null. */
function readArticle(
  markup: string,
): { kept: Set<number>; title: string; byline: string; published: string; length: number } | null {
  let article: ReturnType<Readability<DomEl>['parse']>;
  try {
    const page = parseHTML(markup).document as unknown as Document;
    // The content comes back as the element, not as HTML to parse again.
    article = new Readability<DomEl>(page, {
      charThreshold: CHAR_THRESHOLD,
      // The skeleton holds no script, so no JSON-LD: spare Readability the search for it.
      disableJSONLD: true,
      serializer: (el) => el as unknown as DomEl,
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
    length: article.length ?? 0,
  };
}

/**
 * Readability over the skeleton's tokens from..to: first without what its first pass would throw
 * away anyway (most of a big page's furniture), which gives the same article; when that pass finds
 * too little and Readability would have relaxed its rules and looked again, over all of it.
 */
function extract(
  skeleton: Skeleton,
  from: number,
  to: number,
  head: string,
): ReturnType<typeof readArticle> {
  const page = (prune: boolean) =>
    `<!DOCTYPE html><html>${head}<body>${skeleton.markup(from, to, prune)}</body></html>`;
  const first = readArticle(page(true));
  if (first && first.length >= CHAR_THRESHOLD) return first;
  return readArticle(page(false)) ?? first;
}

/** Why a line outside the article was left out, from where it stands on the page. */
const AD_MARKS = /\b(?:ad|ads|advert\w*|sponsor\w*|dfp)\b/;
const marksOf = (el: El) =>
  `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'role') ?? ''}`.toLowerCase();

/** Whether a line stands in an ad slot within `root` (Readability keeps an ad slot's label). */
function inAd(owner: El, root: El): boolean {
  for (let el: El | null = owner; el && el !== root; el = el.parentElement)
    if (AD_MARKS.test(marksOf(el))) return true;
  return false;
}

function reasonFor(owner: El, titleOwner: El | null): RemovalReason {
  if (owner === titleOwner) return 'page-title';
  for (let el: El | null = owner; el; el = el.parentElement) {
    const tag = el.tagName;
    const marks = marksOf(el);
    if (AD_MARKS.test(marks)) return 'ad';
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
  const text = oneLine(textOf(time));
  const stamp = attr(time, 'datetime')?.trim() ?? '';
  const iso = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(stamp) ? stamp : null;
  if (text === '') return iso ? { text: iso, iso } : null;
  const read = parsePublished(text) ?? readDate(text);
  return { text: read?.text ?? text, iso: iso ?? read?.iso ?? null };
}

/** `[class*="credit"], [class*="copyright"], small, cite` */
const isCredit = (el: El) =>
  el.tagName === 'SMALL' ||
  el.tagName === 'CITE' ||
  /credit|copyright/.test(attr(el, 'class') ?? '');

interface Scope {
  /** The element holding the article (the body for a single-article page). */
  root: El;
  /** Its index among the page's articles; -1 for the body. */
  article: number;
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
    prepare?: (page: PageTree) => void;
  } = {},
): { decoded: DecodedText; stories: Story[] } {
  // A clipboard fragment (no <html> or <body>, or a browser's StartFragment marker) is what the
  // editor chose: all of it is the article.
  const bare = !/<(?:html|body|head)[\s>]/i.test(decoded.text);
  const fragment = bare || /<!--\s*StartFragment\s*-->/i.test(decoded.text);
  const doc = parsePage(
    bare ? `<!DOCTYPE html><html><head></head><body>${decoded.text}</body></html>` : decoded.text,
  );
  prepare?.(doc);
  const titleEl = doc.title;
  const rendered = render(doc.body, titleEl);
  const { source, lines, skeleton } = rendered;
  if (lines.length === 0)
    throw new SourceError(
      'no-article',
      `"${name}" is a web page with no text in it: there is no article to import.`,
    );

  // The outermost <article>s with copy in them, and each one's first line.
  const firstLines = new Map<number, number>();
  for (const l of lines)
    if (l.article >= 0 && !firstLines.has(l.article)) firstLines.set(l.article, l.number);
  const articles = [...firstLines.keys()];
  const deep = rendered.depth > MAX_EXTRACT_DEPTH;
  const scopes: Scope[] = [];
  const unextracted = (root: El, article: number): Scope => ({
    root,
    article,
    kept: null,
    title: '',
    byline: '',
    published: '',
  });
  if (whole && articles.length > 0) {
    for (const i of articles) scopes.push(unextracted((rendered.articles[i] as ArticleEl).el, i));
  } else if (fragment || whole) {
    scopes.push(unextracted(doc.body, -1));
  } else if (articles.length >= 2) {
    const head = '<head><title></title></head>';
    for (const i of articles) {
      const { el, from, to } = rendered.articles[i] as ArticleEl;
      const found = deep ? null : extract(skeleton, from, to, head);
      scopes.push({
        root: el,
        article: i,
        kept: found?.kept ?? null,
        title: '',
        byline: found?.byline ?? '',
        published: found?.published ?? '',
      });
    }
  } else {
    // When the extractor finds nothing (or fails on a strange page), the page is taken whole,
    // and the check below still refuses a page without copy.
    const head = headMarkup(doc.head, titleEl ? textOf(titleEl) : '');
    // A page whose one <article> holds its headline (every h1 of the page) says where its story is:
    // Readability reads that article, not the related lists, teasers and ads of a big page around it.
    const h1s = lines.filter((l) => l.owner.tagName === 'H1');
    const lead =
      articles.length === 1 && h1s.length > 0 && h1s.every((l) => l.article === articles[0])
        ? (rendered.articles[articles[0] as number] as ArticleEl)
        : { from: 0, to: skeleton.tokens.length };
    const found = deep ? null : extract(skeleton, lead.from, lead.to, head);
    scopes.push({
      root: doc.body,
      article: -1,
      kept: found && found.kept.size > 0 ? found.kept : null,
      title: found?.title ?? '',
      byline: found?.byline ?? '',
      published: found?.published ?? '',
    });
  }

  // Each story spans the lines from its article's first line to the next one's; the first story
  // also has the page's top, the last its foot.
  const firstOf = scopes.map((s, i) => (i === 0 ? 1 : (firstLines.get(s.article) ?? 1)));
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

/** The lines numbered first..last, from the lines in their order. */
function linesBetween(lines: Line[], first: number, last: number): Line[] {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as Line).number < first) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < lines.length && (lines[end] as Line).number <= last) end++;
  return lines.slice(lo, end);
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
  const inRange = linesBetween(lines, firstLine, lastLine);
  const lineOf = new Map(inRange.map((l) => [l.number, l]));
  const inScope = (l: Line) => scope.article === -1 || l.article === scope.article;
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
    return l && (contains(l.owner, el) || contains(el, l.owner)) ? l : undefined;
  };
  for (const el of findAll(scope.root, isByline)) {
    const text = oneLine(textOf(el));
    if (text === '' || text.length > 200) continue;
    const line = lineAt(el);
    if (!line || used.has(line.number)) continue;
    byline = parseByline(text) ?? text.replace(/^by\s+/i, '');
    remove(line, 'byline');
    break;
  }
  for (const el of findAll(scope.root, (e) => e.tagName === 'TIME')) {
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
  for (const fig of findAll(scope.root, (e) => e.tagName === 'FIGCAPTION')) {
    const own = [fig, ...findAll(fig, () => true)]
      .flatMap((el) => rendered.owned.get(el) ?? [])
      .sort((a, b) => a - b)
      .map((n) => lineOf.get(n) as Line)
      .filter((l) => l && l.number >= firstLine && l.number <= lastLine && !used.has(l.number));
    if (own.length === 0) continue;
    const first = own[0] as Line;
    if (!(inArticle(first) || (first.number > from && first.number < to))) continue;
    const creditEl = findAll(fig, isCredit)[0];
    const credit = creditEl ? oneLine(textOf(creditEl)) : null;
    let text = oneLine(textOf(fig));
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
    if (inArticle(l) && l.owner !== titleEl && !inAd(l.owner, scope.root)) {
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
