// Word files (.docx) into stories, with mammoth, through the web page's path (html.ts) so a Word
// story and a web story are read by the same rules:
//
// 1. The zip is opened safely (unzip.ts): sizes checked before anything is inflated, one limit.
// 2. mammoth turns the document into HTML by its paragraph styles: headings (`Title`, `Heading 1`…)
//    become h1…h6, a caption style (`Caption`, `Photo caption`, `Cutline`…) a figcaption, a byline
//    style a byline; bold, italic and links are kept; pictures are left out (their bytes are never
//    read). What mammoth warns about (styles it does not know, parts it could not read) is kept as
//    the document's warnings, shown in the import summary.
// 3. Stories: each heading of the highest level used starts one; lower headings are subheads in the
//    body. A heading of that level used once, at the top, with no copy before the next level's
//    headings, is the file's title (a desk's file of many stories), not a story.
// 4. html.ts reads that markup whole (nothing extracted away): figcaptions are captions with credit
//    and dateline, the rest the body with its formatting; links other than http(s)/mailto dropped.

import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Story } from '../../../shared/model';
import type { DecodedText } from '../decode';
import { oneLine, SourceError } from './assemble';
import { readMarkup } from './html';
import { attr, findAll, textOf, type PageEl, type PageNode, type PageTree } from './page-tree';
import { unzipSafely } from './unzip';

/** Style names (any language's habits) and what they are. */
const CAPTION_STYLE = /caption|cutline|bildunterschrift|l[ée]gende|pie de foto|didascalia/i;
const BYLINE_STYLE = /byline|author|autor/i;
const TITLE_STYLE = /^title$/i;

/** Warnings named in the summary; the rest are counted. */
const WARNINGS_LISTED = 10;

const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  "p[style-name='Byline'] => p.byline:fresh",
  // A caption's credit as Copydesk's own export marks it: the caption's words, read as such.
  "r[style-name='Credit'] =>",
];

/** The byline line as exports print it, `By Jane Doe · 3:14 PM, November 20, 2024`: name and time. */
function splitBylines(body: PageEl): void {
  for (const el of findAll(body, (e) => e.tagName === 'P' && attr(e, 'class') === 'byline')) {
    const text = oneLine(textOf(el));
    const at = text.lastIndexOf(' · ');
    if (at <= 0) continue;
    delete el.attrs.class;
    el.children = [
      element('SPAN', el, [text.slice(0, at)], { class: 'byline' }),
      ' · ',
      element('TIME', el, [text.slice(at + 3)]),
    ];
  }
}

/** A new element of the page tree under `parent`, holding `children`. */
function element(
  tagName: string,
  parent: PageEl | null,
  children: PageNode[] = [],
  attrs: Record<string, string> = {},
): PageEl {
  const el: PageEl = { tagName, attrs, children, parentElement: parent };
  for (const child of children) if (typeof child !== 'string') child.parentElement = el;
  return el;
}

interface MammothParagraph {
  type: string;
  styleName?: string | null;
  children?: MammothParagraph[];
}

/** Gives the paragraphs whose style says what they are the one name the style map knows. */
function namedStyles(element: MammothParagraph): MammothParagraph {
  if (element.type === 'paragraph' && element.styleName) {
    const style = element.styleName;
    if (TITLE_STYLE.test(style)) element.styleName = 'Title';
    else if (CAPTION_STYLE.test(style)) element.styleName = 'Caption';
    else if (BYLINE_STYLE.test(style)) element.styleName = 'Byline';
  }
  element.children?.forEach(namedStyles);
  return element;
}

/** A heading's level: the title 0, h1…h6 1…6; else null. */
function levelOf(node: PageNode): number | null {
  if (typeof node === 'string') return null;
  if (node.tagName === 'H1' && attr(node, 'class') === 'title') return 0;
  const m = /^H([1-6])$/.exec(node.tagName);
  return m ? Number(m[1]) : null;
}

/**
 * Puts each story of the document in an `<article>`, and the file's title, if any, in `<title>`.
 */
function arrangeStories(page: PageTree): void {
  const { body } = page;
  splitBylines(body);
  const blocks = [...body.children];
  const levels = blocks.map(levelOf);
  const used = levels.filter((l): l is number => l !== null);
  let top = used.length ? Math.min(...used) : null;
  const tops = levels.flatMap((l, i) => (l === top ? [i] : []));
  const below = used.filter((l) => top !== null && l > top);
  const second = below.length ? Math.min(...below) : null;
  const first = tops[0];
  const textBefore = (i: number) =>
    blocks
      .slice(0, i)
      .map((b) => (typeof b === 'string' ? b : textOf(b)))
      .join('');
  // A lone top heading followed at once by the stories' headings: the file's title.
  if (
    first !== undefined &&
    tops.length === 1 &&
    second !== null &&
    levels.filter((l) => l === second).length >= 2 &&
    levels[first + 1] === second &&
    oneLine(textBefore(first)) === ''
  ) {
    const heading = blocks[first] as PageEl;
    const head = page.head ?? element('HEAD', page.root);
    if (!page.head) {
      page.head = head;
      page.root.children.unshift(head);
    }
    const title = element('TITLE', head, [oneLine(textOf(heading))]);
    head.children.push(title);
    page.title = title;
    blocks.splice(first, 1);
    levels.splice(first, 1);
    top = second;
  }
  let article: PageEl | null = null;
  const articles: PageEl[] = [];
  blocks.forEach((block, i) => {
    if (!article || (top !== null && levels[i] === top)) {
      article = element('ARTICLE', body);
      articles.push(article);
    }
    article.children.push(block);
    if (typeof block !== 'string') block.parentElement = article;
  });
  body.children = articles;
}

/** What mammoth said, each once: the first few as they are, the rest counted. */
function warningsOf(messages: { type: string; message: string }[]): string[] {
  const distinct = [...new Set(messages.map((m) => oneLine(m.message).slice(0, 300)))];
  const listed = distinct.slice(0, WARNINGS_LISTED).map((m) => `Word: ${m}`);
  if (distinct.length > WARNINGS_LISTED)
    listed.push(`Word: ${distinct.length - WARNINGS_LISTED} more warnings like these.`);
  return listed;
}

/** Turns a Word file into its stories; throws a SourceError naming the file when it cannot. */
export async function readDocx(
  bytes: Uint8Array,
  name: string,
): Promise<{ decoded: DecodedText; stories: Story[] }> {
  // Pictures are never read, so they are not inflated either.
  const files = unzipSafely(bytes, name, 'a Word document', (entry) =>
    entry.startsWith('word/media/'),
  );
  if (!files['word/document.xml'])
    throw new SourceError(
      'damaged',
      `"${name}" cannot be read as a Word document: it is a zip archive without a Word document in it.`,
    );
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      // Stored, not compressed again: mammoth's own unzip only copies what was checked above.
      { buffer: Buffer.from(zipSync(files, { level: 0 })) },
      {
        styleMap: STYLE_MAP,
        transformDocument: namedStyles,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
  } catch (error) {
    throw new SourceError(
      'damaged',
      `"${name}" cannot be read as a Word document: ${(error as Error).message}`,
    );
  }
  // mammoth writes text escaped: what is left without the tags is the document's text.
  if (result.value.replace(/<[^>]*>/g, '').trim() === '')
    throw new SourceError(
      'no-article',
      `"${name}" is a Word document with no text in it: there is no copy to import.`,
    );
  const decoded: DecodedText = {
    text: `<!DOCTYPE html><html><head></head><body>${result.value}</body></html>`,
    encoding: 'UTF-8',
    bom: false,
    lineEndings: 'none',
    confidence: 1,
    warnings: warningsOf(result.messages),
  };
  return readMarkup(decoded, name, {
    whole: true,
    signal: 'docx-heading',
    prepare: arrangeStories,
  });
}
