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
