// The import pipeline every front end shares (app, CLI, e2e host, benchmark): bytes -> text -> stories.

import type { SourceKind, Story } from '../../shared/model';
import type { DecodedText } from './decode';
import { readSources } from './sources/index';

export interface SplitFileInput {
  name: string;
  bytes: Uint8Array;
}

export interface SplitFileOutput {
  name: string;
  /** The decoded text, kept by the library so a document can always be split again. */
  decoded: DecodedText;
  stories: Story[];
  /** What kind of file it was: plain text split by the engine, or a structured source. */
  kind: SourceKind;
  /**
   * Documents that came inside this file (a mail's importable attachments, named
   * `mail.eml — report.docx`), and the attachments refused, each with its reason. Absent for a
   * file that carries none.
   */
  attached?: {
    documents: Omit<SplitFileOutput, 'attached'>[];
    errors: { name: string; code: string; message: string }[];
  };
}

/**
 * Reads one file by its kind (plain text is decoded and split; a web page, wire file, Markdown,
 * Word file or mail is read for its structure). The output is the file's own document (for a mail
 * whose body is empty, its first attachment's). Throws DecodeError or SourceError (with `code` and
 * a message naming the file) on refusal.
 */
export async function splitFile({ name, bytes }: SplitFileInput): Promise<SplitFileOutput> {
  const { documents, errors } = await readSources(name, bytes);
  const [first, ...rest] = documents;
  if (!first) {
    const [error] = errors;
    throw Object.assign(new Error(error?.message ?? `"${name}" holds no copy to import.`), {
      code: error?.code ?? 'no-article',
    });
  }
  return {
    ...first,
    ...(rest.length > 0 || errors.length > 0 ? { attached: { documents: rest, errors } } : {}),
  };
}
