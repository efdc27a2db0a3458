// The export writers, one per format, and the one call that runs them.

import { copydeskWriter } from './copydesk';
import { docxWriter } from './docx';
import { htmlWriter } from './html';
import { jsonWriter } from './json';
import { mdWriter } from './md';
import { ninjsWriter } from './ninjs';
import { ninjs1Writer } from './ninjs1';
import { nitfWriter } from './nitf';
import { txtWriter } from './txt';
import type { ExportFormat, ExportInput, ExportOptions, ExportWriter } from './types';

export const WRITERS: Record<ExportFormat, ExportWriter> = {
  txt: txtWriter,
  md: mdWriter,
  html: htmlWriter,
  docx: docxWriter,
  nitf: nitfWriter,
  ninjs: ninjsWriter,
  ninjs1: ninjs1Writer,
  json: jsonWriter,
  copydesk: copydeskWriter,
};

/** The bytes of one file holding `input.stories` in `format`. */
export async function exportStories(
  format: ExportFormat,
  input: ExportInput,
  options: ExportOptions,
): Promise<Uint8Array> {
  return WRITERS[format].write(input, options);
}
