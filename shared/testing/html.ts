// HTML parsed with jsdom for the export tests. jsdom ships no types: the few DOM calls the tests
// make are typed here.

// @ts-expect-error jsdom ships no type declarations
import { JSDOM } from 'jsdom';

export interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El> & ArrayLike<El>;
}

export interface Doc extends El {
  title: string;
  body: El;
}

export const parseHtml = (markup: string): Doc =>
  (new JSDOM(markup) as { window: { document: Doc } }).window.document;
