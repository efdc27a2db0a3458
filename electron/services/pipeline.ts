// The import pipeline every front end shares (app, CLI, e2e host, benchmark): bytes -> text -> stories
// -> rows ready to store.

import { FIRST_STORIES } from '../../shared/api';
import type { SourceKind, Story } from '../../shared/model';
import type { DecodedText } from './decode';
import { readSources, type OnProgress } from './sources/index';
import type { StoryRow } from './store';
import { invalidStories, storyCounts, storyRow, type StoryCounts } from './story-rows';

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

export type { OnProgress };

/**
 * Reads one file by its kind (plain text is decoded and split; a web page, wire file, Markdown,
 * Word file or mail is read for its structure). The output is the file's own document (for a mail
 * whose body is empty, its first attachment's). Throws DecodeError or SourceError (with `code` and
 * a message naming the file) on refusal.
 */
export async function splitFile(
  { name, bytes }: SplitFileInput,
  onProgress?: OnProgress,
): Promise<SplitFileOutput> {
  const { documents, errors } = await readSources(name, bytes, { onProgress });
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

/** A file read and its stories made into rows, checked: what the library stores for an import. */
export interface PreparedDocument {
  name: string;
  decoded: DecodedText;
  kind: SourceKind;
  /** Empty when a story is invalid. */
  rows: StoryRow[];
  /** What is wrong with the first invalid story, or null: such a file is refused, nothing stored. */
  invalid: string | null;
}

export interface PreparedImport extends PreparedDocument {
  /** A mail's importable attachments, prepared the same way, and those refused (splitFile's). */
  attached?: {
    documents: PreparedDocument[];
    errors: NonNullable<SplitFileOutput['attached']>['errors'];
  };
}

/**
 * A big document's first FIRST_STORIES rows, sent as soon as those stories are checked, before the
 * rest are checked and made into rows: the library stores them and answers while the thread makes the rest.
 * `stories` are every story's id and counts, for the documents list. The decoded text itself comes
 * with the rest (PreparedImport), and is stored with them.
 */
export interface PreparedFirst {
  name: string;
  decoded: Omit<DecodedText, 'text'>;
  kind: SourceKind;
  rows: StoryRow[];
  stories: StoryCounts[];
}

export type OnFirst = (first: PreparedFirst) => void;

/** Share of an import's progress that reading (decoding, splitting) takes; making rows the rest. */
const READ_SHARE = 0.8;
/** Stories made into rows between two progress reports. */
const ROWS_PER_REPORT = 250;

/**
 * A document's stories checked and made into rows (their JSON and counts); `onFirst` hears the
 * first rows of a document with more than FIRST_STORIES stories as soon as they are made.
 */
function prepared(
  { name, decoded, stories, kind }: Omit<SplitFileOutput, 'attached'>,
  onProgress?: OnProgress,
  onFirst?: OnFirst,
): PreparedDocument {
  const rows: StoryRow[] = [];
  // A big document's first screen is checked and sent first, the rest checked after it: a bad one
  // there has the library remove the document it announced (Library's #storingStopped).
  const ahead = onFirst && stories.length > FIRST_STORIES ? FIRST_STORIES : 0;
  let invalid = invalidStories(stories, 0, ahead || Infinity);
  if (invalid === null && onFirst && ahead > 0) {
    rows.push(...stories.slice(0, ahead).map(storyRow));
    const { text: _text, ...described } = decoded;
    onFirst({ name, decoded: described, kind, rows: [...rows], stories: stories.map(storyCounts) });
    invalid = invalidStories(stories, ahead);
  }
  if (invalid !== null) return { name, decoded, kind, rows: [], invalid };
  for (let i = rows.length; i < stories.length; i++) {
    rows.push(storyRow(stories[i] as Story));
    if (onProgress && i % ROWS_PER_REPORT === 0)
      onProgress(READ_SHARE + ((1 - READ_SHARE) * i) / stories.length);
  }
  return { name, decoded, kind, rows, invalid };
}

/**
 * splitFile, then each story checked and turned into its row (its JSON and counts), all in the
 * split thread, so main receives strings and stores them without cloning or parsing the stories.
 * `onFirst` hears a big document's first rows ahead of the rest (not a mail's with attachments,
 * which are stored together).
 */
export async function prepareImport(
  input: SplitFileInput,
  onProgress?: OnProgress,
  onFirst?: OnFirst,
): Promise<PreparedImport> {
  const { attached, ...own } = await splitFile(
    input,
    onProgress && ((fraction) => onProgress(fraction * READ_SHARE)),
  );
  const out: PreparedImport = prepared(own, onProgress, attached ? undefined : onFirst);
  if (attached)
    out.attached = {
      documents: attached.documents.map((d) => prepared(d)),
      errors: attached.errors,
    };
  onProgress?.(1);
  return out;
}
