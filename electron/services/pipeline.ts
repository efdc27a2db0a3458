// The import pipeline every front end shares (app, CLI, e2e host, benchmark): bytes -> text -> stories.

import type { SourceKind, Story } from '../../shared/model';
import type { DecodedText } from './decode';
import { readSource } from './sources/index';

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
}

/**
 * Reads one file by its kind (plain text is decoded and split; a web page, wire file or Markdown is
 * read for its structure). Throws DecodeError or SourceError (with `code` and a message naming the
 * file) on refusal.
 */
export function splitFile({ name, bytes }: SplitFileInput): SplitFileOutput {
  const { decoded, stories, kind } = readSource(name, bytes);
  return { name, decoded, stories, kind };
}
