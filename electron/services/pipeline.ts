// The import pipeline every front end shares (app, CLI, e2e host, benchmark): bytes -> text -> stories
// -> rows ready to store.

import type { SourceKind, Story } from '../../shared/model';
import type { DecodedText } from './decode';
import { readSource } from './sources/index';
import type { StoryRow } from './store';
import { invalidStories, storyRow } from './story-rows';

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

/** How far a job is, 0 to 1: the share of the file's bytes decoded and split (then stored). */
export type OnProgress = (fraction: number) => void;

/**
 * Reads one file by its kind (plain text is decoded and split; a web page, wire file or Markdown is
 * read for its structure). Throws DecodeError or SourceError (with `code` and a message naming the
 * file) on refusal.
 */
export function splitFile(
  { name, bytes }: SplitFileInput,
  onProgress?: OnProgress,
): SplitFileOutput {
  const { decoded, stories, kind } = readSource(name, bytes, onProgress);
  return { name, decoded, stories, kind };
}

/** A file read and its stories made into rows, checked: what the library stores for an import. */
export interface PreparedImport {
  name: string;
  decoded: DecodedText;
  kind: SourceKind;
  /** Empty when a story is invalid. */
  rows: StoryRow[];
  /** What is wrong with the first invalid story, or null: such a file is refused, nothing stored. */
  invalid: string | null;
}

/** Share of an import's progress that reading (decoding, splitting) takes; making rows the rest. */
const READ_SHARE = 0.8;
/** Stories made into rows between two progress reports. */
const ROWS_PER_REPORT = 250;

/**
 * splitFile, then each story checked and turned into its row (its JSON and counts), all in the
 * split thread, so main receives strings and stores them without cloning or parsing the stories.
 */
export function prepareImport(input: SplitFileInput, onProgress?: OnProgress): PreparedImport {
  const { name, decoded, stories, kind } = splitFile(
    input,
    onProgress && ((fraction) => onProgress(fraction * READ_SHARE)),
  );
  const invalid = invalidStories(stories);
  const rows: StoryRow[] = [];
  if (invalid === null) {
    for (const [i, story] of stories.entries()) {
      rows.push(storyRow(story));
      if (onProgress && i % ROWS_PER_REPORT === 0)
        onProgress(READ_SHARE + ((1 - READ_SHARE) * i) / stories.length);
    }
  }
  onProgress?.(1);
  return { name, decoded, kind, rows, invalid };
}
