// What --help says about each export format: the writers themselves live in shared/export.

import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types';

export const FORMAT_HELP: Record<ExportFormat, string> = {
  json: 'structured stories: headline, byline, published, dateline, captions, body, provenance',
  txt: 'clean copy: headline, captions with credit, body paragraphs; stories split by ===',
  md: 'clean copy as Markdown: # headline, *caption* (credit), paragraphs with bold, italic, links',
  html: 'an HTML5 document (or, with --fragment, <article> elements to paste into a CMS)',
  docx: 'Word: Title, Caption paragraphs with credit, body with bold, italic, links (needs --out)',
  nitf: 'NITF 3.6 XML, one story per file (needs --out): hedline, media with caption and producer',
  ninjs: 'IPTC ninjs 3.0 JSON: headlines, bodies (HTML and text), picture associations',
  ninjs1: 'IPTC ninjs 1.4 JSON: headline, body_text, body_html, picture associations',
  copydesk: 'the Copydesk document with these stories: lossless, opens in the app',
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** Formats whose files are not text: never printed to a terminal. */
export const BINARY_FORMATS: ReadonlySet<ExportFormat> = new Set(['docx']);

/** Formats whose stdout output is one document: with several input files, they need --out. */
export const ONE_DOCUMENT_FORMATS: ReadonlySet<ExportFormat> = new Set([
  'html',
  'ninjs',
  'ninjs1',
  'copydesk',
]);
