// What every exporter takes and gives: stories of one document in, the bytes of one file out.
// The writers are pure (no fs, no clock): the export service and the CLI decide files and dates.

import type { CopydeskDocument } from '../document';
import type { HouseStyle } from '../house-style';
import type { Story } from '../model';

/**
 * `json` is the structured stories the CLI has always printed ({"stories":[{headline, captions,
 * body: [string]}]}); `copydesk` is the whole Copydesk document, lossless and re-importable.
 */
export const EXPORT_FORMATS = [
  'txt',
  'md',
  'html',
  'docx',
  'nitf',
  'ninjs',
  'ninjs1',
  'json',
  'copydesk',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Each format's name in the export dialog and `--help`, and its files' extension and type. */
export interface ExportFormatInfo {
  label: string;
  ext: string;
  mime: string;
  /** The format holds one story per file (NITF): no combined file, never printed for many. */
  oneStoryPerFile?: true;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  txt: { label: 'Plain text', ext: 'txt', mime: 'text/plain' },
  md: { label: 'Markdown', ext: 'md', mime: 'text/markdown' },
  html: { label: 'HTML', ext: 'html', mime: 'text/html' },
  docx: {
    label: 'Word (DOCX)',
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  nitf: { label: 'NITF 3.6 XML', ext: 'xml', mime: 'application/xml', oneStoryPerFile: true },
  ninjs: { label: 'IPTC ninjs 3 JSON', ext: 'json', mime: 'application/json' },
  ninjs1: { label: 'IPTC ninjs 1 JSON', ext: 'json', mime: 'application/json' },
  json: { label: 'JSON (stories)', ext: 'json', mime: 'application/json' },
  copydesk: { label: 'Copydesk document (JSON)', ext: 'copydesk.json', mime: 'application/json' },
};

export interface ExportOptions {
  houseStyle: HouseStyle;
  /** Every text format. */
  lineEndings: 'lf' | 'crlf';
  /** Plain text only: a UTF-8 byte order mark for tools that want one. */
  bom: boolean;
  /** HTML: a standalone document or a fragment to paste into a CMS. */
  html: 'document' | 'fragment';
  /** When the export happens: NITF and ninjs dates, `{date}` in file names. */
  now: Date;
}

export interface ExportInput {
  /** The document the stories come from (name, dates, review states, the source for JSON). */
  document: CopydeskDocument;
  /** The stories to write, in order: one for a per-story file, several for a combined one. */
  stories: Story[];
}

export interface ExportWriter {
  /** Shown in the export dialog and `--help`. */
  label: string;
  /** File extension without the dot. */
  ext: string;
  mime: string;
  write(input: ExportInput, options: ExportOptions): Uint8Array | Promise<Uint8Array>;
}
