// The document library: one JSON file per imported document, written atomically and validated on load;
// a damaged file is moved aside and reported, never silently reset or dropped. Node only.

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import {
  createDocument,
  documentEditsSchema,
  documentSchema,
  DOCUMENT_SCHEMA_VERSION,
  type CopydeskDocument,
  type DocumentEdits,
  type DocumentSummary,
  type LibraryListing,
  type LibraryProblem,
} from '../../shared/document';
import { LOW_CONFIDENCE } from '../../shared/model';
import { writeFileAtomically } from './disk';
import { sharedSplitPool, SplitJobError, type SplitPool } from './split-pool';

export type LibraryErrorCode =
  | 'not-found'
  | 'corrupt'
  | 'newer-schema'
  | 'invalid-id'
  | 'invalid-document'
  | 'cancelled'
  | 'split-failed';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export interface LibraryOptions {
  /** Injectable clock for tests. */
  now?: () => Date;
  /** Where splits run: the process's one split thread unless a test gives its own. */
  pool?: SplitPool;
}

type ReadOutcome =
  | { kind: 'ok'; doc: CopydeskDocument }
  | { kind: 'missing' }
  | { kind: 'newer'; message: string }
  // `stuck`: could not even be moved aside, so it is reported afresh on every list().
  | { kind: 'bad'; message: string; stuck?: boolean };

const RECENT_DOCUMENTS = 4;

// Ids become file names: anything else could reach outside the documents folder.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

export class Library {
  readonly documentsDir: string;
  readonly trashDir: string;
  readonly corruptDir: string;
  readonly #now: () => Date;
  readonly #pool: SplitPool;
  readonly #recent = new Map<string, CopydeskDocument>();
  /** Per-document chain: reads, writes, moves of one file never interleave. */
  readonly #queues = new Map<string, Promise<unknown>>();
  /** Files moved aside this session: they are gone from documents/, so list() keeps reporting them. */
  readonly #movedAside: LibraryProblem[] = [];

  constructor(
    readonly dataDir: string,
    options: LibraryOptions = {},
  ) {
    this.documentsDir = join(dataDir, 'documents');
    this.trashDir = join(dataDir, 'trash');
    this.corruptDir = join(dataDir, 'corrupt');
    this.#now = options.now ?? (() => new Date());
    this.#pool = options.pool ?? sharedSplitPool();
  }

  async list(): Promise<LibraryListing> {
    await mkdir(this.documentsDir, { recursive: true });
    const files = (await readdir(this.documentsDir)).filter((f) => f.endsWith('.json')).sort();
    const documents: DocumentSummary[] = [];
    const refused: LibraryProblem[] = [];
    for (const file of files) {
      const id = file.slice(0, -'.json'.length);
      // What this session read or wrote is what is on disk: no need to read megabytes again.
      const cached = this.#recent.get(id);
      if (cached) {
        documents.push(summarise(cached));
        continue;
      }
      const outcome = await this.#exclusive(id, () => this.#readOrMoveAside(id, file));
      if (outcome.kind === 'ok') documents.push(summarise(outcome.doc));
      else if (outcome.kind === 'newer' || (outcome.kind === 'bad' && outcome.stuck))
        refused.push({ file, message: outcome.message });
    }
    documents.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { documents, problems: [...this.#movedAside, ...refused] };
  }

  async load(id: string): Promise<CopydeskDocument> {
    checkId(id);
    // What this session read or wrote is what is on disk: no need to read and check megabytes again.
    const cached = this.#recent.get(id);
    if (cached) return cached;
    const file = `${id}.json`;
    const outcome = await this.#exclusive(id, () => this.#readOrMoveAside(id, file));
    switch (outcome.kind) {
      case 'ok':
        this.#remember(outcome.doc);
        return outcome.doc;
      case 'missing':
        throw new LibraryError('not-found', `There is no document ${id} in the library.`);
      case 'newer':
        throw new LibraryError('newer-schema', outcome.message);
      case 'bad':
        throw new LibraryError('corrupt', outcome.message);
    }
  }

  /** Validates, stamps `updatedAt`, keeps the previous version as `.bak`, then writes atomically. */
  async save(doc: CopydeskDocument): Promise<CopydeskDocument> {
    checkId(doc.id);
    const parsed = documentSchema.safeParse(doc);
    if (!parsed.success) {
      // A caller bug: refuse rather than write a file the next load would move aside.
      throw new LibraryError(
        'invalid-document',
        `Document "${doc.name}" was not saved: ${z.prettifyError(parsed.error)}`,
      );
    }
    return this.#write(parsed.data);
  }

  async #write(doc: CopydeskDocument): Promise<CopydeskDocument> {
    const stamped = { ...doc, updatedAt: this.#now().toISOString() };
    const json = JSON.stringify(stamped);
    const path = this.#path(doc.id);
    await this.#exclusive(doc.id, async () => {
      await mkdir(this.documentsDir, { recursive: true });
      await ifExists(async () => {
        // Via a temp name so a crash mid-copy never leaves a half-written .bak in place of a good one.
        await copyFile(path, `${path}.bak.tmp`);
        await rename(`${path}.bak.tmp`, `${path}.bak`);
      });
      await writeFileAtomically(path, json);
    });
    this.#remember(stamped);
    return stamped;
  }

  /**
   * Autosave: the editor's changes (stories, review states, selection) merged into the stored
   * document, whose source text never travels back and forth.
   */
  async update(edits: DocumentEdits): Promise<CopydeskDocument> {
    checkId(edits.id);
    const base = await this.load(edits.id);
    // The stored part was valid when read; the edits are checked here, not the whole document
    // again (it can be tens of megabytes, saved every second while the editor types).
    const parsed = documentEditsSchema.safeParse(edits);
    if (!parsed.success) {
      throw new LibraryError(
        'invalid-document',
        `Document "${base.name}" was not saved: ${z.prettifyError(parsed.error)}`,
      );
    }
    return this.#write({ ...base, ...parsed.data });
  }

  /** Keeps the last few documents read or written, so autosave need not read megabytes back. */
  #remember(doc: CopydeskDocument): void {
    this.#recent.delete(doc.id);
    this.#recent.set(doc.id, doc);
    while (this.#recent.size > RECENT_DOCUMENTS)
      this.#recent.delete(this.#recent.keys().next().value as string);
  }

  /** Moves the document (and its .bak) to trash/: nothing is ever deleted outright. */
  async remove(id: string): Promise<void> {
    checkId(id);
    const path = this.#path(id);
    await this.#exclusive(id, async () => {
      await mkdir(this.trashDir, { recursive: true });
      const target = unusedPath(this.trashDir, `${id}-${this.#stamp()}`);
      this.#recent.delete(id);
      const moved = await ifExists(() => rename(path, target));
      if (!moved) throw new LibraryError('not-found', `There is no document ${id} in the library.`);
      await ifExists(() => rename(`${path}.bak`, `${target}.bak`));
    });
  }

  /**
   * Decodes and splits a file (in the split thread) and stores it as a new document, its source text
   * kept for a re-split. Aborting `signal` cancels it: nothing is stored unless the save had begun,
   * and then the document is stored whole and returned.
   */
  async import(
    { name, bytes }: { name: string; bytes: Uint8Array },
    { signal }: { signal?: AbortSignal } = {},
  ): Promise<CopydeskDocument> {
    const cancelled = `The import of "${name}" was cancelled: nothing was stored.`;
    const stop = () => {
      if (signal?.aborted) throw new LibraryError('cancelled', cancelled);
    };
    stop();
    const exported = copydeskExport(name, bytes);
    if (exported) {
      // A Copydesk document exported earlier comes back as it was, edits and reviews included,
      // under a new id so it never replaces the document it came from.
      return this.save({ ...exported, id: randomUUID(), importedAt: this.#now().toISOString() });
    }
    const { decoded, stories } = await this.#split(
      () => this.#pool.splitFile({ name, bytes }, signal),
      { cancelled, failed: `"${name}" could not be split`, kept: 'Nothing was stored' },
    );
    stop();
    const doc = createDocument({ id: randomUUID(), name, decoded, stories, now: this.#now() });
    return this.save(doc);
  }

  /** A split job, its pool errors told in the editor's terms (what was asked, what is kept). */
  async #split<T>(
    run: () => Promise<T>,
    words: { cancelled: string; failed: string; kept: string },
  ): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof SplitJobError)) throw err; // a refusal (binary, empty...) as it is
      if (err.code === 'cancelled') throw new LibraryError('cancelled', words.cancelled);
      throw new LibraryError(
        'split-failed',
        `${words.failed}: ${lowerFirst(err.message)} ${words.kept}; try again.`,
      );
    }
  }

  #path(id: string): string {
    return join(this.documentsDir, `${id}.json`);
  }

  #stamp(): string {
    return this.#now().toISOString().replace(/[:.]/g, '-');
  }

  #exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(id) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.catch(() => undefined);
    this.#queues.set(id, tail);
    void tail.then(() => {
      if (this.#queues.get(id) === tail) this.#queues.delete(id);
    });
    return result;
  }

  /**
   * Splits the document again from its stored source text (in the split thread): the editor's edits
   * and review states are replaced (the UI warns before calling this). The previous version stays
   * in the .bak file.
   */
  async resplit(id: string): Promise<CopydeskDocument> {
    const doc = await this.load(id);
    const { stories } = await this.#split(() => this.#pool.splitText(doc.source.text), {
      cancelled: `Splitting "${doc.name}" again was cancelled: the document is unchanged.`,
      failed: `"${doc.name}" could not be split again`,
      kept: 'The document is unchanged',
    });
    return this.save({ ...doc, stories, reviews: {}, selectedStoryId: null });
  }

  /** Reads one file; a damaged one is moved to corrupt/ (restoring the .bak if it is sound). */

  async #readOrMoveAside(id: string, file: string): Promise<ReadOutcome> {
    const path = join(this.documentsDir, file);
    const outcome = await readDocument(path, id);
    if (outcome.kind !== 'bad') return outcome;

    await mkdir(this.corruptDir, { recursive: true });
    const aside = unusedPath(this.corruptDir, `${id}-${this.#stamp()}`);
    let where: string;
    let moved = false;
    try {
      await rename(path, aside);
      moved = true;
      where = `It was moved to ${aside} so nothing is lost.`;
    } catch (err) {
      where = `It could not be moved aside either (${errorText(err)}); it is still at ${path}.`;
    }

    // Only over a file that was moved away: never write on top of the one copy of the damaged data.
    const backup = moved ? await readDocument(`${path}.bak`, id) : ({ kind: 'missing' } as const);
    if (backup.kind === 'ok') {
      await writeFileAtomically(path, JSON.stringify(backup.doc));
      const message = `${outcome.message} ${where} The previous saved version (${backup.doc.updatedAt}) was restored; the most recent edits may be missing.`;
      this.#movedAside.push({ file, message });
      return backup;
    }
    const message = `${outcome.message} ${where}`;
    if (moved) this.#movedAside.push({ file, message });
    return { kind: 'bad', message, stuck: !moved };
  }
}

function checkId(id: string): void {
  if (!ID_PATTERN.test(id)) throw new LibraryError('invalid-id', `"${id}" is not a document id.`);
}

/**
 * A Copydesk document export (`*.copydesk.json`), or null for any other file. One that claims to be
 * a Copydesk document but does not validate is refused rather than split as raw copy.
 */
function copydeskExport(name: string, bytes: Uint8Array): CopydeskDocument | null {
  if (!name.toLowerCase().endsWith('.json')) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('schemaVersion' in value)) return null;
  const parsed = documentSchema.safeParse(value);
  if (!parsed.success) {
    throw new LibraryError(
      'invalid-document',
      `"${name}" looks like a Copydesk document but is not a valid one (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}).`,
    );
  }
  return parsed.data;
}

export function summarise(doc: CopydeskDocument): DocumentSummary {
  const approvedCount = doc.stories.filter((s) => doc.reviews[s.id] === 'approved').length;
  return {
    id: doc.id,
    name: doc.name,
    importedAt: doc.importedAt,
    updatedAt: doc.updatedAt,
    storyCount: doc.stories.length,
    approvedCount,
    captionCount: doc.stories.reduce((n, s) => n + s.captions.length, 0),
    removedCount: doc.stories.reduce((n, s) => n + s.removed.length, 0),
    uncertainCount: doc.stories.filter((s) => s.boundary.confidence < LOW_CONFIDENCE).length,
  };
}

async function readDocument(path: string, id: string): Promise<ReadOutcome> {
  const fileName = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (isNotFound(err)) return { kind: 'missing' };
    return bad(`The document file ${fileName} could not be read (${errorText(err)}).`);
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return bad(
      `The document file ${fileName} is damaged: it is not valid JSON, perhaps cut short or edited by hand.`,
    );
  }

  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const title = typeof record.name === 'string' ? `"${record.name}"` : fileName;
  const version = record.schemaVersion;
  if (typeof version === 'number' && version > DOCUMENT_SCHEMA_VERSION) {
    return {
      kind: 'newer',
      message: `${title} was saved by a newer version of Copydesk (format ${version}; this version reads format ${DOCUMENT_SCHEMA_VERSION}). Update Copydesk to open it; the file was left untouched.`,
    };
  }

  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const detail = first ? `${first.path.join('.') || 'file'}: ${first.message}` : 'unknown';
    return bad(
      `The document ${title} is damaged: its content is not what Copydesk expects (${detail}).`,
    );
  }
  if (parsed.data.id !== id) {
    return bad(`The document file ${fileName} is damaged: it holds document ${parsed.data.id}.`);
  }
  return { kind: 'ok', doc: parsed.data };
}

/** `<dir>/<base>.json`, or `<base>-2.json`... when taken: rename would replace an earlier file. */
function unusedPath(dir: string, base: string): string {
  let path = join(dir, `${base}.json`);
  for (let n = 2; existsSync(path) || existsSync(`${path}.bak`); n++)
    path = join(dir, `${base}-${n}.json`);
  return path;
}

const bad = (message: string): ReadOutcome => ({ kind: 'bad', message });

/** Runs `task`, returning false instead of throwing when the file it touches does not exist. */
async function ifExists(task: () => Promise<unknown>): Promise<boolean> {
  try {
    await task();
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

function isNotFound(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'ENOENT';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
