// The library's storage engine: one SQLite database (Node's built-in node:sqlite, so there is no
// native module to rebuild for Electron) in WAL mode. The source text is stored once, each story is
// its own row, and every save is one transaction: a one-word edit writes one story, a merge or a
// split lands whole or not at all, a kill -9 at any moment leaves the last committed save, and a
// full disk fails the transaction instead of passing for a save. Nothing here knows the model beyond
// rows of JSON: validation and the editor's terms live in library.ts. Node only.

import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { DocumentSummary } from '../../shared/document';
import type { SourceKind } from '../../shared/model';

/** What one document row holds besides its stories: the document minus stories, reviews and text. */
export interface DocumentRow {
  id: string;
  name: string;
  importedAt: string;
  updatedAt: string;
  revision: number;
  encoding: string;
  /** 0-1: how sure the decoding was of the encoding. */
  encodingConfidence: number;
  /** JSON: the decoding's warnings, an array of strings. */
  decodeWarnings: string;
  /** What kind of file the document came from. */
  kind: SourceKind;
  lineEndings: string;
  selectedStoryId: string | null;
}

/** One story as stored: its JSON, and the counts the documents list shows without reading it. */
export interface StoryRow {
  id: string;
  json: string;
  captions: number;
  removed: number;
  uncertain: boolean;
}

/** Bump with a migration in `MIGRATIONS` when the tables change. */
const SCHEMA = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     imported_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     revision INTEGER NOT NULL,
     encoding TEXT NOT NULL,
     encoding_confidence REAL NOT NULL DEFAULT 1,
     decode_warnings TEXT NOT NULL DEFAULT '[]',
     source_kind TEXT NOT NULL DEFAULT 'text',
     line_endings TEXT NOT NULL,
     selected_story_id TEXT,
     story_count INTEGER NOT NULL DEFAULT 0,
     approved_count INTEGER NOT NULL DEFAULT 0,
     caption_count INTEGER NOT NULL DEFAULT 0,
     removed_count INTEGER NOT NULL DEFAULT 0,
     uncertain_count INTEGER NOT NULL DEFAULT 0,
     trashed_at TEXT
   ) STRICT`,
  `CREATE TABLE sources (
     document_id TEXT PRIMARY KEY REFERENCES documents(id),
     text TEXT NOT NULL
   ) STRICT`,
  `CREATE TABLE stories (
     document_id TEXT NOT NULL REFERENCES documents(id),
     id TEXT NOT NULL,
     position INTEGER NOT NULL,
     json TEXT NOT NULL,
     captions INTEGER NOT NULL,
     removed INTEGER NOT NULL,
     uncertain INTEGER NOT NULL,
     PRIMARY KEY (document_id, id)
   ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE reviews (
     document_id TEXT NOT NULL REFERENCES documents(id),
     story_id TEXT NOT NULL,
     state TEXT NOT NULL,
     PRIMARY KEY (document_id, story_id)
   ) STRICT, WITHOUT ROWID`,
  // The document as it was before a re-split replaced its stories: the editor's work is never gone.
  `CREATE TABLE versions (
     document_id TEXT NOT NULL REFERENCES documents(id),
     saved_at TEXT NOT NULL,
     json TEXT NOT NULL
   ) STRICT`,
];
export const STORE_VERSION = 1;

/**
 * Tables added since format 1 that an older Copydesk can ignore, so they need no format bump (which
 * would lock that Copydesk out of the library): created on every open if missing.
 */
const ADDITIONS = [
  // What the watched folder imported, by the file's content hash: a file seen again (after a
  // restart, or because moving it to processed/ failed) is never imported twice.
  `CREATE TABLE IF NOT EXISTS watched_files (
     hash TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     imported_at TEXT NOT NULL
   ) STRICT, WITHOUT ROWID`,
  // Imports whose first stories are stored and the rest still being written (library.ts). A row
  // left here by a crash marks a document to split again from its source when it is next read.
  `CREATE TABLE IF NOT EXISTS storing (
     document_id TEXT PRIMARY KEY REFERENCES documents(id)
   ) STRICT`,
];

/**
 * WAL pages are copied into the database (a checkpoint) this long after the last commit, when the
 * library is idle, instead of inside the commit the editor is waiting for: a 10 MB import's commit
 * would otherwise copy and sync 30 MB twice before it answers.
 */
const CHECKPOINT_DELAY_MS = 1_000;
/** SQLite checkpoints within a commit only past this many WAL pages (4 KB each): a bound, not the rule. */
const WAL_BOUND_PAGES = 16_384;

/** Opens node:sqlite without the one-line "experimental" warning it prints on Node 22. */
function sqlite(): typeof import('node:sqlite') {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (!/SQLite is an experimental feature/.test(text))
      (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return process.getBuiltinModule('node:sqlite');
  } finally {
    process.emitWarning = emit;
  }
}

export class Store {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  #checkpoint: ReturnType<typeof setTimeout> | undefined;

  /** Opens (creating if need be) the database at `path`; throws SQLite's error when it cannot. */
  constructor(readonly path: string) {
    const { DatabaseSync } = sqlite();
    this.#db = new DatabaseSync(path, { timeout: 5_000 });
    try {
      // WAL: readers never block the writer, and a commit is one append. FULL: a save the editor
      // was told about survives a power cut, not only a crash; it costs a millisecond.
      this.#db.exec(
        `PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
         PRAGMA wal_autocheckpoint = ${WAL_BOUND_PAGES}`,
      );
      const version = (this.#get('PRAGMA user_version') as { user_version: number }).user_version;
      if (version > STORE_VERSION) throw new NewerStoreError(version);
      if (version < STORE_VERSION) {
        this.transaction(() => {
          for (const sql of SCHEMA) this.#db.exec(sql);
          this.#db.exec(`PRAGMA user_version = ${STORE_VERSION}`);
        });
      }
      for (const sql of ADDITIONS) this.#db.exec(sql);
    } catch (err) {
      this.#db.close();
      throw err;
    }
  }

  close(): void {
    clearTimeout(this.#checkpoint);
    // Closing the last connection checkpoints the WAL into the database itself.
    if (this.#db.isOpen) this.#db.close();
  }

  /** A checkpoint once the library has been idle for CHECKPOINT_DELAY_MS (see there). */
  #checkpointWhenIdle(): void {
    clearTimeout(this.#checkpoint);
    this.#checkpoint = setTimeout(() => {
      // PASSIVE: copies what no reader needs, never waits for one; what it leaves is copied next time.
      if (!this.#db.isOpen || this.#db.isTransaction) return;
      try {
        this.#db.exec('PRAGMA wal_checkpoint(PASSIVE)');
      } catch {
        // Busy or a full disk: the WAL still holds every commit; the next commit or closing copies it.
      }
    }, CHECKPOINT_DELAY_MS);
    this.#checkpoint.unref();
  }

  /**
   * Runs `work` in one write transaction, taken at once (IMMEDIATE) so that two processes on one
   * library queue up instead of failing halfway. Rolls back if it throws. `redoable`: a power cut
   * may lose it (it is not synced to disk before this returns) because what it writes can be made
   * again, as an import's later stories are split again from its source. The WAL keeps commits in
   * order, so a power cut loses such transactions only from the end, never one in the middle.
   */
  transaction<T>(work: () => T, { redoable = false } = {}): T {
    if (redoable) this.#db.exec('PRAGMA synchronous = NORMAL');
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const result = work();
        this.#db.exec('COMMIT');
        this.#checkpointWhenIdle();
        return result;
      } catch (err) {
        if (this.#db.isTransaction) this.#db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      if (redoable) this.#db.exec('PRAGMA synchronous = FULL');
    }
  }

  listDocuments(): DocumentSummary[] {
    return this.#summaries('trashed_at IS NULL ORDER BY updated_at DESC');
  }

  /** One document's line in the list, or undefined when there is none or it is in the trash. */
  documentSummary(id: string): DocumentSummary | undefined {
    return this.#summaries('id = ? AND trashed_at IS NULL', id)[0];
  }

  #summaries(where: string, ...params: string[]): DocumentSummary[] {
    return (
      this.#all(
        `SELECT id, name, imported_at, updated_at, story_count, approved_count, caption_count,
                removed_count, uncertain_count, encoding, encoding_confidence, decode_warnings,
                source_kind
           FROM documents WHERE ${where}`,
        ...params,
      ) as Record<string, string | number>[]
    ).map((r) => ({
      id: r.id as string,
      name: r.name as string,
      importedAt: r.imported_at as string,
      updatedAt: r.updated_at as string,
      storyCount: r.story_count as number,
      approvedCount: r.approved_count as number,
      captionCount: r.caption_count as number,
      removedCount: r.removed_count as number,
      uncertainCount: r.uncertain_count as number,
      encoding: r.encoding as string,
      confidence: r.encoding_confidence as number,
      warnings: JSON.parse(r.decode_warnings as string) as string[],
      kind: r.source_kind as SourceKind,
    }));
  }

  /** Whether a document with this id is stored, in the trash or not (ids are never reused). */
  has(id: string): boolean {
    return this.#get('SELECT 1 AS found FROM documents WHERE id = ?', id) !== undefined;
  }

  /** The document's row, or undefined when there is none or it is in the trash. */
  document(id: string): DocumentRow | undefined {
    const r = this.#get(
      `SELECT id, name, imported_at, updated_at, revision, encoding, encoding_confidence,
              decode_warnings, source_kind, line_endings, selected_story_id
         FROM documents WHERE id = ? AND trashed_at IS NULL`,
      id,
    ) as Record<string, string | number | null> | undefined;
    if (!r) return undefined;
    return {
      id: r.id as string,
      name: r.name as string,
      importedAt: r.imported_at as string,
      updatedAt: r.updated_at as string,
      revision: r.revision as number,
      encoding: r.encoding as string,
      encodingConfidence: r.encoding_confidence as number,
      decodeWarnings: r.decode_warnings as string,
      kind: r.source_kind as SourceKind,
      lineEndings: r.line_endings as string,
      selectedStoryId: r.selected_story_id as string | null,
    };
  }

  /** The stories' JSON in order. */
  stories(id: string): { id: string; json: string }[] {
    return this.#all(
      'SELECT id, json FROM stories WHERE document_id = ? ORDER BY position',
      id,
    ) as { id: string; json: string }[];
  }

  /**
   * The first `count` stories' JSON in order. Their ids first, then each by its key: ordering rows
   * that carry their JSON would read every story of the document to return a few.
   */
  firstStories(id: string, count: number): { id: string; json: string }[] {
    const ids = this.#all(
      'SELECT id FROM stories WHERE document_id = ? ORDER BY position LIMIT ?',
      id,
      count,
    ) as { id: string }[];
    return ids.map(({ id: storyId }) => ({
      id: storyId,
      json: (
        this.#get('SELECT json FROM stories WHERE document_id = ? AND id = ?', id, storyId) as {
          json: string;
        }
      ).json,
    }));
  }

  /** How many stories come before this one in its document, or -1 when it has none by that id. */
  storyIndex(documentId: string, storyId: string): number {
    const found = this.#get(
      `SELECT (SELECT count(*) FROM stories WHERE document_id = ?1 AND position < s.position) AS n
         FROM stories s WHERE s.document_id = ?1 AND s.id = ?2`,
      documentId,
      storyId,
    ) as { n: number } | undefined;
    return found?.n ?? -1;
  }

  reviews(id: string): Record<string, string> {
    const rows = this.#all('SELECT story_id, state FROM reviews WHERE document_id = ?', id) as {
      story_id: string;
      state: string;
    }[];
    return Object.fromEntries(rows.map((r) => [r.story_id, r.state]));
  }

  /** One story's review state, or undefined when it has none. */
  review(documentId: string, storyId: string): string | undefined {
    return (
      this.#get(
        'SELECT state FROM reviews WHERE document_id = ? AND story_id = ?',
        documentId,
        storyId,
      ) as { state: string } | undefined
    )?.state;
  }

  source(id: string): string | undefined {
    return (this.#get('SELECT text FROM sources WHERE document_id = ?', id) as { text: string })
      ?.text;
  }

  /** A new document's row (its source text and stories are put apart). Call inside a transaction. */
  insertDocument(row: DocumentRow): void {
    this.#run(
      `INSERT INTO documents (id, name, imported_at, updated_at, revision, encoding,
                              encoding_confidence, decode_warnings, source_kind, line_endings,
                              selected_story_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.id,
      row.name,
      row.importedAt,
      row.updatedAt,
      row.revision,
      row.encoding,
      row.encodingConfidence,
      row.decodeWarnings,
      row.kind,
      row.lineEndings,
      row.selectedStoryId,
    );
  }

  /** A new document's source text. Call inside a transaction. */
  putSource(documentId: string, text: string): void {
    this.#run('INSERT INTO sources (document_id, text) VALUES (?, ?)', documentId, text);
  }

  /**
   * Writes these stories (new or changed) at these positions; a position of -1 keeps a stored
   * story where it is (a changed story when the order did not change). Call inside a transaction.
   */
  putStories(documentId: string, stories: { row: StoryRow; position: number }[]): void {
    for (const { row, position } of stories) {
      this.#run(
        `INSERT INTO stories (document_id, id, position, json, captions, removed, uncertain)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (document_id, id) DO UPDATE SET
           position = iif(excluded.position < 0, stories.position, excluded.position),
           json = excluded.json, captions = excluded.captions, removed = excluded.removed,
           uncertain = excluded.uncertain`,
        documentId,
        row.id,
        position,
        row.json,
        row.captions,
        row.removed,
        row.uncertain ? 1 : 0,
      );
    }
  }

  /** Puts the stories in this order; those not named are deleted. Call inside a transaction. */
  orderStories(documentId: string, order: string[]): void {
    const keep = new Set(order);
    for (const { id } of this.#all('SELECT id FROM stories WHERE document_id = ?', documentId) as {
      id: string;
    }[])
      if (!keep.has(id))
        this.#run('DELETE FROM stories WHERE document_id = ? AND id = ?', documentId, id);
    order.forEach((id, position) =>
      this.#run(
        'UPDATE stories SET position = ? WHERE document_id = ? AND id = ?',
        position,
        documentId,
        id,
      ),
    );
  }

  /** Ids of this document's stories. */
  storyIds(documentId: string): Set<string> {
    return new Set(
      (
        this.#all('SELECT id FROM stories WHERE document_id = ?', documentId) as { id: string }[]
      ).map((r) => r.id),
    );
  }

  putReviews(documentId: string, reviews: Record<string, string>): void {
    for (const [storyId, state] of Object.entries(reviews))
      this.#run(
        `INSERT INTO reviews (document_id, story_id, state) VALUES (?, ?, ?)
         ON CONFLICT (document_id, story_id) DO UPDATE SET state = excluded.state`,
        documentId,
        storyId,
        state,
      );
  }

  /** Deletes every story and review of the document (before a re-split writes new ones). */
  clearStories(documentId: string): void {
    this.#run('DELETE FROM stories WHERE document_id = ?', documentId);
    this.#run('DELETE FROM reviews WHERE document_id = ?', documentId);
  }

  /**
   * Stamps a save: the new revision, time and selection, and the counts the documents list shows,
   * counted from the story rows so they can never disagree with them. An import whose stories are
   * still being stored passes all its rows and reviews: the list shows it whole from the start.
   */
  touch(
    documentId: string,
    {
      revision,
      updatedAt,
      selectedStoryId,
    }: Pick<DocumentRow, 'revision' | 'updatedAt' | 'selectedStoryId'>,
    all?: { rows: readonly Omit<StoryRow, 'json'>[]; reviews: Record<string, string> },
  ): void {
    const counts = all ? countRows(all.rows, all.reviews) : this.#countStored(documentId);
    this.#run(
      `UPDATE documents SET revision = ?, updated_at = ?, selected_story_id = ?, story_count = ?,
         caption_count = ?, removed_count = ?, uncertain_count = ?, approved_count = ?
       WHERE id = ?`,
      revision,
      updatedAt,
      selectedStoryId,
      counts.stories,
      counts.captions,
      counts.removed,
      counts.uncertain,
      counts.approved,
      documentId,
    );
  }

  #countStored(documentId: string): Counts {
    return this.#get(
      `SELECT count(*) AS stories, coalesce(sum(captions), 0) AS captions,
              coalesce(sum(removed), 0) AS removed, coalesce(sum(uncertain), 0) AS uncertain,
              (SELECT count(*) FROM reviews r JOIN stories s
                  ON s.document_id = r.document_id AND s.id = r.story_id
                WHERE r.document_id = ?1 AND r.state = 'approved') AS approved
         FROM stories WHERE document_id = ?1`,
      documentId,
    ) as unknown as Counts;
  }

  /** Notes that the document's first stories are stored and the rest are being written. */
  beginStoring(documentId: string): void {
    this.#run('INSERT INTO storing (document_id) VALUES (?)', documentId);
  }

  /** Its stories are all stored; false when it was not being stored (another window finished it). */
  endStoring(documentId: string): boolean {
    return this.#run('DELETE FROM storing WHERE document_id = ?', documentId).changes > 0;
  }

  /** Whether the document's stories are still being stored, or were when Copydesk stopped. */
  isStoring(documentId: string): boolean {
    return (
      this.#get('SELECT 1 AS found FROM storing WHERE document_id = ?', documentId) !== undefined
    );
  }

  /** Keeps the document's current stories and reviews as a previous version. */
  keepVersion(documentId: string, savedAt: string, json: string): void {
    this.#run(
      'INSERT INTO versions (document_id, saved_at, json) VALUES (?, ?, ?)',
      documentId,
      savedAt,
      json,
    );
  }

  /** The document's previous versions, newest first; `id` names one for version and dropVersion. */
  versions(documentId: string): { id: number; savedAt: string; json: string }[] {
    return (
      this.#all(
        'SELECT rowid AS id, saved_at, json FROM versions WHERE document_id = ? ORDER BY rowid DESC',
        documentId,
      ) as { id: number; saved_at: string; json: string }[]
    ).map((r) => ({ id: r.id, savedAt: r.saved_at, json: r.json }));
  }

  /** One previous version's JSON, or undefined when the document has none of that id. */
  version(documentId: string, versionId: number): string | undefined {
    return (
      this.#get(
        'SELECT json FROM versions WHERE document_id = ? AND rowid = ?',
        documentId,
        versionId,
      ) as { json: string } | undefined
    )?.json;
  }

  /** Forgets one previous version (it was restored, so it is the document's stories now). */
  dropVersion(documentId: string, versionId: number): void {
    this.#run('DELETE FROM versions WHERE document_id = ? AND rowid = ?', documentId, versionId);
  }

  /** Moves the document to the trash: it is no longer listed or opened, and nothing is deleted. */
  trash(documentId: string, at: string): boolean {
    return (
      this.#run(
        'UPDATE documents SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL',
        at,
        documentId,
      ).changes > 0
    );
  }

  /** The documents in the trash, most recently removed first, with when each was removed. */
  trashedDocuments(): (DocumentSummary & { trashedAt: string })[] {
    const removedAt = new Map(
      (
        this.#all('SELECT id, trashed_at FROM documents WHERE trashed_at IS NOT NULL') as {
          id: string;
          trashed_at: string;
        }[]
      ).map((r) => [r.id, r.trashed_at]),
    );
    return this.#summaries('trashed_at IS NOT NULL ORDER BY trashed_at DESC').map((d) => ({
      ...d,
      trashedAt: removedAt.get(d.id) ?? '',
    }));
  }

  /** Takes the document out of the trash; false when it is not there. */
  untrash(documentId: string): boolean {
    return (
      this.#run(
        'UPDATE documents SET trashed_at = NULL WHERE id = ? AND trashed_at IS NOT NULL',
        documentId,
      ).changes > 0
    );
  }

  /**
   * Deletes a document in the trash and everything of it (source, stories, reviews, versions);
   * false when it is not in the trash. Call inside a transaction.
   */
  deleteTrashed(documentId: string): boolean {
    const trashed = this.#get(
      'SELECT 1 AS found FROM documents WHERE id = ? AND trashed_at IS NOT NULL',
      documentId,
    );
    if (!trashed) return false;
    this.#deleteDocument(documentId);
    return true;
  }

  /**
   * Deletes the imports (or the one import `documentId`) stopped before their source text was
   * stored (see `storing`): there is nothing to split them again from. Their names, for the
   * editor. Call inside a transaction.
   */
  deleteUnsourced(documentId?: string): string[] {
    const rows = this.#all(
      `SELECT d.id, d.name FROM storing s JOIN documents d ON d.id = s.document_id
        WHERE NOT EXISTS (SELECT 1 FROM sources WHERE document_id = s.document_id)
          AND (?1 IS NULL OR d.id = ?1)`,
      documentId ?? null,
    ) as { id: string; name: string }[];
    for (const { id } of rows) this.#deleteDocument(id);
    return rows.map((r) => r.name);
  }

  #deleteDocument(documentId: string): void {
    for (const table of ['versions', 'reviews', 'stories', 'sources', 'storing'])
      this.#run(`DELETE FROM ${table} WHERE document_id = ?`, documentId);
    this.#run('DELETE FROM documents WHERE id = ?', documentId);
  }

  /** Whether the watched folder imported a file with this content hash. */
  watchedFileImported(hash: string): boolean {
    return this.#get('SELECT 1 AS found FROM watched_files WHERE hash = ?', hash) !== undefined;
  }

  recordWatchedFile(hash: string, name: string, at: string): void {
    this.#run(
      'INSERT INTO watched_files (hash, name, imported_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      hash,
      name,
      at,
    );
  }

  #statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #run(sql: string, ...params: (string | number | null)[]) {
    return this.#statement(sql).run(...params);
  }

  #get(sql: string, ...params: (string | number | null)[]) {
    return this.#statement(sql).get(...params);
  }

  #all(sql: string, ...params: (string | number | null)[]) {
    return this.#statement(sql).all(...params);
  }
}

/** What the documents list shows of a document's stories. */
interface Counts {
  stories: number;
  captions: number;
  removed: number;
  uncertain: number;
  approved: number;
}

/** The counts of a document's rows, as #countStored counts them once they are stored. */
function countRows(
  rows: readonly Omit<StoryRow, 'json'>[],
  reviews: Record<string, string>,
): Counts {
  const counts = { stories: rows.length, captions: 0, removed: 0, uncertain: 0, approved: 0 };
  for (const row of rows) {
    counts.captions += row.captions;
    counts.removed += row.removed;
    if (row.uncertain) counts.uncertain++;
    if (reviews[row.id] === 'approved') counts.approved++;
  }
  return counts;
}

/** The library was written by a newer Copydesk: it is left untouched. */
export class NewerStoreError extends Error {
  constructor(readonly version: number) {
    super(`format ${version}`);
    this.name = 'NewerStoreError';
  }
}

/** SQLite's primary result codes that mean something to the editor. */
const SQLITE_FULL = 13;
const SQLITE_IOERR = 10;
const SQLITE_BUSY = 5;
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

export type StoreFault = 'disk-full' | 'write-failed' | 'busy' | 'damaged' | 'other';

/** What kind of failure a node:sqlite error is. */
export function storeFault(err: unknown): StoreFault {
  const code = ((err as { errcode?: unknown } | null)?.errcode as number | undefined) ?? -1;
  switch (code & 0xff) {
    case SQLITE_FULL:
      return 'disk-full';
    // A write the system refused (a file grown past its limit, a failing disk).
    case SQLITE_IOERR:
      return 'write-failed';
    case SQLITE_BUSY:
      return 'busy';
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return 'damaged';
    default:
      return 'other';
  }
}
