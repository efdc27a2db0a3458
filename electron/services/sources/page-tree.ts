// A web page parsed into a light tree of what the import reads: every element that may hold copy,
// with the few attributes the import and Readability look at. Scripts, styles, icons, frames, form
// controls, comments, event handlers and inline styles never enter it, so nothing of them reaches a
// line or what is stored. It is built straight from htmlparser2's events (the tokenizer linkedom
// parses with, so the tree is the one linkedom would build, less what was left out): a full DOM
// costs linkedom an object and a WeakMap entry for every node and attribute, which on a 5 MB page
// was most of the import's time. Only Readability gets a DOM, of the part it has to read.

import { Parser } from 'htmlparser2';
import { safeHref } from './assemble';

export interface PageEl {
  /** Upper case, as the DOM gives it: `P`, `FIGCAPTION`. */
  tagName: string;
  attrs: Record<string, string>;
  children: PageNode[];
  parentElement: PageEl | null;
}
export type PageNode = PageEl | string;

export interface PageTree {
  /** Holds the page's top-level nodes. */
  root: PageEl;
  head: PageEl | null;
  /** The page's body; when the markup has none, all of the page. */
  body: PageEl;
  title: PageEl | null;
}

/** Never copy: left out with everything inside them. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'base',
  'svg',
  'math',
  'canvas',
  'input',
  'select',
  'textarea',
  'button',
  'option',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'map',
]);

/** What the import and Readability read of an element: its class, its role, its time... */
const KEPT = new Set([
  'class',
  'id',
  'role',
  'rel',
  'itemprop',
  'datetime',
  'hidden',
  'aria-hidden',
  'aria-modal',
  'lang',
  'dir',
]);
/** The head's metadata (Readability reads the byline, title and time there). */
const META = new Set(['name', 'property', 'itemprop', 'content']);

/** Elements without an end tag. */
export const VOID = new Set(['AREA', 'BR', 'COL', 'HR', 'IMG', 'META', 'WBR', 'PARAM', 'KEYGEN']);

/** A link the page keeps: http(s), mailto or relative (a `javascript:` or `data:` one is dropped). */
const keptHref = (href: string) =>
  /^\s*[a-z][a-z\d+.-]*:/i.test(href) ? safeHref(href) : href.trim() || undefined;

export function parsePage(html: string): PageTree {
  const root: PageEl = { tagName: '#document', attrs: {}, children: [], parentElement: null };
  let at = root;
  let dropping = 0;
  const first = new Map<string, PageEl>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (dropping > 0 || DROPPED.has(name)) {
          dropping++;
          return;
        }
        const names = name === 'meta' ? META : KEPT;
        const attrs: Record<string, string> = {};
        for (const [key, value] of Object.entries(attributes)) {
          const lower = key.toLowerCase();
          if (names.has(lower)) attrs[lower] = value;
        }
        if (name === 'a' && attributes.href !== undefined) {
          const href = keptHref(attributes.href);
          if (href) attrs.href = href;
        }
        const el: PageEl = { tagName: name.toUpperCase(), attrs, children: [], parentElement: at };
        at.children.push(el);
        at = el;
        if (!first.has(el.tagName)) first.set(el.tagName, el);
      },
      ontext(text) {
        if (dropping > 0) return;
        const { children } = at;
        const last = children.length - 1;
        if (typeof children[last] === 'string') children[last] += text;
        else children.push(text);
      },
      onclosetag() {
        if (dropping > 0) dropping--;
        else at = at.parentElement ?? root;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  return {
    root,
    head: first.get('HEAD') ?? null,
    body: first.get('BODY') ?? root,
    title: first.get('TITLE') ?? null,
  };
}

export const attr = (el: PageEl, name: string): string | null => el.attrs[name] ?? null;

/** The elements under `root` (not itself), in page order, that pass `test`. */
export function findAll(root: PageEl, test: (el: PageEl) => boolean): PageEl[] {
  const found: PageEl[] = [];
  const stack: PageNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop() as PageNode;
    if (typeof node === 'string') continue;
    if (test(node)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as PageNode);
  }
  return found;
}

/** All the text under an element, as the DOM's textContent gives it. */
export function textOf(el: PageEl): string {
  const parts: string[] = [];
  const stack: PageNode[] = [el];
  while (stack.length) {
    const node = stack.pop() as PageNode;
    if (typeof node === 'string') parts.push(node);
    else
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as PageNode);
  }
  return parts.join('');
}

/** Whether `inner` is `outer` or inside it. */
export function contains(outer: PageEl, inner: PageEl): boolean {
  for (let el: PageEl | null = inner; el; el = el.parentElement) if (el === outer) return true;
  return false;
}
