// The import pipeline every front end shares (app, CLI, e2e host, benchmark): bytes -> text -> stories.

import { splitStories } from '../../shared/split/index';
import type { Story } from '../../shared/model';
import { decodeBytes, type DecodedText } from './decode';

export interface SplitFileInput {
  name: string;
  bytes: Uint8Array;
}

export interface SplitFileOutput {
  name: string;
  /** The decoded text, kept by the library so a document can always be split again. */
  decoded: DecodedText;
  stories: Story[];
}

/** Decodes and splits one file. Throws DecodeError (with `code` and a message naming the file) on refusal. */
export function splitFile({ name, bytes }: SplitFileInput): SplitFileOutput {
  const decoded = decodeBytes(bytes, name);
  const { stories } = splitStories(decoded.text);
  return { name, decoded, stories };
}
