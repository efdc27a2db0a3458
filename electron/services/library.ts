// The document library: every imported document in one SQLite database (store.ts), its source text
// stored once, each story its own row, each save one transaction of what changed. Documents of the
// first format (one JSON file each) move in on first start (legacy.ts). Validation, the editor's
// words for every failure, and the split thread live here. Node only.

import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import {
  applyChanges,
  createDocument,
  currentDocumentSchema,
  documentChangesSchema,
  documentSchema,
  DOCUMENT_SCHEMA_VERSION,
  newDocumentHead,
  storySchema,
  withoutSourceText,
  type CopydeskDocument,
  type DocumentChanges,
  type DocumentSummary,
  type DocumentVersion,
  type LibraryListing,
  type LibraryProblem,
  type OpenedDocument,
  type ReviewState,
  type StoredDocument,
  type TrashedDocument,
} from '../../shared/document';
import { FIRST_STORIES } from '../../shared/api';
import type { Story } from '../../shared/model';
import { legacyFolder, legacyPath, readLegacy } from './legacy';
import type { OnFirst, OnProgress, PreparedDocument, PreparedFirst } from './pipeline';
import { sharedSplitPool, SplitJobError, type SplitPool } from './split-pool';
import { NewerStoreError, Store, storeFault, type DocumentRow, type StoryRow } from './store';
import { invalidStories, problem, storyRow, type StoryCounts } from './story-rows';

export type LibraryErrorCode =
  | 'not-found'
  | 'corrupt'
  | 'newer-schema'
  | 'invalid-id'
  | 'invalid-document'
  | 'cancelled'
  | 'split-failed'
  | 'conflict'
  | 'exists'
  | 'disk-full'
  | 'write-failed'
  | 'unavailable';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** The documents a file carried (a mail's attachments), stored beside it, and those refused. */
export interface Attached {
  documents: DocumentSummary[];
  errors: { name: string; code: string; message: string }[];
}

export interface LibraryOptions {
  /** Injectable clock for tests. */
  now?: () => Date;
  /** Where splits run: the process's one split thread unless a test gives its own. */
  pool?: SplitPool;
}

const RECENT_DOCUMENTS = 4;

/**
 * An import's stories after its first screen (FIRST_STORIES) are stored this many to a
 * transaction, each in a turn of its own: the window's requests (the first story it shows) go
 * between them, never behind thousands of rows.
 */
const STORIES_PER_TURN = 250;

/**
 * An import's stories still being stored: its rows, source text and reviews, and how many rows are
 * stored so far.
 */
interface Storing {
  /** Null until the split thread has made them all (it sends the first ones ahead). */
  rows: StoryRow[] | null;
  /** The source text until it is stored, first of what follows the first screen; then null. */
  text: string | null;
  reviews: Record<string, string>;
  stored: number;
  /** Settles when every row is stored, or storing stopped (the document is then split again when read). */
  done: Promise<void>;
}

// Ids become file names (of the first format, of exports): nothing that could leave a folder.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
const isId = (id: string) => ID_PATTERN.test(id);

export class Library {
  /** The database file. */
  readonly storePath: string;
  /** Where the first format kept its files, and where they go once moved into the database. */
  readonly documentsDir: string;
  readonly migratedDir: string;
  readonly corruptDir: string;
  readonly #now: () => Date;
  readonly #pool: SplitPool;
  #store: Store | null = null;
  #migrated: Promise<void> | null = null;
  /** Recently opened documents, kept up to date by every save: exports and re-splits read them. */
  readonly #recent = new Map<string, StoredDocument>();
  /** Reported in every listing this session: files left behind or moved aside, with the reason. */
  readonly #problems: LibraryProblem[] = [];
  /** Imports answered with their first stories stored, the rest being stored, by document id. */
  readonly #storing = new Map<string, Storing>();

  constructor(
    readonly dataDir: string,
    options: LibraryOptions = {},
  ) {
    this.storePath = join(dataDir, 'library.sqlite');
    this.documentsDir = join(dataDir, 'documents');
    this.migratedDir = join(dataDir, 'migrated');
    this.corruptDir = join(dataDir, 'corrupt');
    this.#now = options.now ?? (() => new Date());
    this.#pool = options.pool ?? sharedSplitPool();
  }

  /** Whether an import's stories are still being stored (see #insert): quitting waits for them. */
  get storing(): boolean {
    return this.#storing.size > 0;
  }

  /** Settles once every import's stories are stored, or their storing has stopped. */
  async stored(): Promise<void> {
    while (this.#storing.size > 0)
      await Promise.all([...this.#storing.values()].map((s) => s.done));
  }

  /**
   * Closes the database (quitting, tests); the next call opens it again. An import's stories still
   * being stored are stored first, in one transaction.
   */
  close(): void {
    const store = this.#store;
    for (const [id, storing] of this.#storing) {
      try {
        if (store) this.#storeRows(store, id, storing, Infinity);
      } catch {
        // Left marked as storing: the next start splits it again from its source.
      }
    }
    this.#storing.clear();
    this.#store?.close();
    this.#store = null;
    this.#migrated = null;
    this.#recent.clear();
  }

  /** The documents list: one query over one row per document, whatever their size. */
  async list(): Promise<LibraryListing> {
    const store = await this.#ready();
    return { documents: this.#try(() => store.listDocuments()), problems: [...this.#problems] };
  }

  /** The counts the documents list shows for one document. */
  async summary(id: string): Promise<DocumentSummary> {
    const store = await this.#ready();
    const found = this.#try(() => store.documentSummary(id));
    if (!found) throw notFound(id);
    return found;
  }

  async load(id: string): Promise<StoredDocument> {
    checkId(id);
    const store = await this.#ready();
    await this.#storing.get(id)?.done;
    const cached = this.#recent.get(id);
    if (cached) return cached;
    await this.#unfinished(store, id);
    const doc = this.#try(() => readDocument(store, id));
    this.#remember(doc);
    return doc;
  }

  /**
   * The document as the desk opens it, without its source text. With `first`, only that many
   * stories (and at least up to the selected one, which the desk opens on), marked `partial`: a
   * big document's first screen then reads and checks a few rows, not thousands.
   */
  async open(id: string, first?: number): Promise<OpenedDocument> {
    checkId(id);
    const store = await this.#ready();
    const cached = this.#recent.get(id);
    if (cached || first === undefined) {
      const doc = withoutSourceText(cached ?? (await this.load(id)));
      const selected = doc.stories.findIndex((s) => s.id === doc.selectedStoryId);
      const count = first === undefined ? doc.stories.length : Math.max(first, selected + 1);
      if (count >= doc.stories.length) return doc;
      return {
        ...doc,
        stories: doc.stories.slice(0, count),
        partial: { storyCount: doc.stories.length },
      };
    }
    await this.#unfinished(store, id);
    const total = this.#try(() => store.documentSummary(id))?.storyCount;
    if (total === undefined) throw notFound(id);
    const doc = this.#try(() => readFirst(store, id, first));
    if (doc.stories.length >= total) return withoutSourceText(await this.load(id));
    return { ...doc, partial: { storyCount: total } };
  }

  /**
   * Autosave: what the editor changed since the revision it holds, written in one transaction.
   * Refused, and nothing written, when the stored document has moved on (another window saved).
   */
  async update(changes: DocumentChanges): Promise<{ updatedAt: string; revision: number }> {
    checkId(changes.id);
    const parsed = documentChangesSchema.safeParse(changes);
    const base = await this.load(changes.id);
    if (!parsed.success) {
      throw new LibraryError(
        'invalid-document',
        `Document "${base.name}" was not saved: ${problem(parsed.error)}.`,
      );
    }
    const store = await this.#ready();
    const updatedAt = this.#now().toISOString();
    let next: StoredDocument;
    try {
      next = applyChanges(base, parsed.data);
    } catch (err) {
      throw new LibraryError(
        'invalid-document',
        `Document "${base.name}" was not saved: ${(err as Error).message}`,
      );
    }
    const revision = this.#try(() =>
      store.transaction(() => {
        const row = store.document(changes.id);
        if (!row) throw notFound(changes.id);
        if (row.revision !== parsed.data.revision) {
          throw new LibraryError(
            'conflict',
            `"${row.name}" was changed by another Copydesk window or computer after you opened it, so your latest changes were not saved over it. Copy what you need, then reopen the document to see both.`,
          );
        }
        const order = parsed.data.order;
        const position = order ? new Map(order.map((id, i) => [id, i])) : null;
        store.putStories(
          changes.id,
          parsed.data.stories.map((story) => ({
            row: storyRow(story),
            position: position?.get(story.id) ?? -1,
          })),
        );
        if (order) store.orderStories(changes.id, order);
        store.putReviews(changes.id, parsed.data.reviews);
        const stamped = {
          revision: row.revision + 1,
          updatedAt,
          selectedStoryId: next.selectedStoryId,
        };
        store.touch(changes.id, stamped);
        return stamped.revision;
      }),
    );
    this.#remember({ ...next, revision, updatedAt });
    return { updatedAt, revision };
  }

  /** Stores a whole new document (an import); refuses one that does not validate. */
  async save(doc: CopydeskDocument): Promise<StoredDocument> {
    const invalid = invalidDocument(doc);
    const stored = await this.#insert(doc, invalid ? [] : doc.stories.map(storyRow), invalid);
    const whole: StoredDocument = { ...doc, ...stored };
    this.#remember(whole);
    return whole;
  }

  /**
   * Stores a new document, its stories as rows already made (and checked: `invalid` says what is
   * wrong with them, or null). Returns what it stamped once its source and first FIRST_STORIES
   * stories are stored (the desk can open it), the rest following in turns of their own: the list
   * counts them all from the start, and reading the whole document waits for them. The rows may
   * still be coming (`Incoming`): the split thread sends a big import's first ones ahead.
   */
  async #insert(
    head: Omit<CopydeskDocument, 'stories'>,
    rows: StoryRow[] | Incoming,
    invalid: string | null,
  ): Promise<Pick<StoredDocument, 'updatedAt' | 'revision'>> {
    const { first, stories, rest } = Array.isArray(rows) ? incoming(rows, head.source.text) : rows;
    checkId(head.id);
    const wrong = invalid ?? invalidHead(head);
    if (wrong) {
      // A caller bug or a hostile file: refuse rather than store what the desk could not show.
      throw new LibraryError(
        'invalid-document',
        `Document "${head.name}" was not saved: ${wrong}.`,
      );
    }
    const store = await this.#ready();
    if (store.has(head.id))
      throw new LibraryError(
        'exists',
        `A document ${head.id} is already in the library (or its trash).`,
      );
    const stamped = { updatedAt: this.#now().toISOString(), revision: 1 };
    // Redoable: a new document comes from a file that is still where it was. The first save of an
    // edit to it syncs the log, and this transaction with it.
    this.#try(() =>
      store.transaction(() => insert(store, { ...head, ...stamped }, first, stories), {
        redoable: true,
      }),
    );
    if (first.length < stories.length)
      this.#storeRest(store, head.id, rest, stories, head.reviews, first.length);
    return stamped;
  }

  /**
   * Stores what follows an import's first screen, each in its own turn: the source text, then its
   * rows STORIES_PER_TURN at a time.
   */
  #storeRest(
    store: Store,
    id: string,
    rest: Incoming['rest'],
    stories: StoryCounts[],
    reviews: Record<string, string>,
    stored: number,
  ): void {
    const storing: Storing = {
      rows: null,
      text: null,
      reviews,
      stored,
      done: Promise.resolve(),
    };
    const storeAll = async () => {
      // Never before the import is answered, even when the rest failed already.
      await nextTurn();
      const { rows, text } = await rest;
      // The stories the list counted, in the same order, or the document is split again when read.
      if (rows.length !== stories.length || rows.some((row, i) => row.id !== stories[i]?.id))
        throw new Error('the stories made differ from those announced');
      Object.assign(storing, { rows, text });
      while (storing.text !== null || storing.stored < rows.length) {
        await nextTurn();
        // Closed meanwhile: close() stored the rest.
        if (this.#store !== store || this.#storing.get(id) !== storing) return;
        this.#storeRows(store, id, storing, STORIES_PER_TURN);
      }
    };
    storing.done = storeAll()
      .catch((err: unknown) => this.#storingStopped(store, id, err))
      .finally(() => {
        if (this.#storing.get(id) === storing) this.#storing.delete(id);
      });
    this.#storing.set(id, storing);
  }

  /**
   * One transaction of an import's storing: its source text, alone (a turn of its own: it is
   * megabytes), or up to `count` more rows, the last of them ending its storing; everything left
   * when `count` is Infinity (closing).
   */
  #storeRows(store: Store, id: string, storing: Storing, count: number): void {
    const { rows, text, stored: from } = storing;
    if (!rows) return; // still being made: a document left so is split again when read
    const to = text !== null && count !== Infinity ? from : Math.min(rows.length, from + count);
    // Redoable: lost to a power cut, the document is still marked as storing, and is split again.
    const ours = this.#try(() =>
      store.transaction(
        () => {
          // Another window found it unfinished and split it again: that document stands.
          if (!store.isStoring(id)) return false;
          if (text !== null) store.putSource(id, text);
          const part = rows.slice(from, to);
          store.putStories(
            id,
            part.map((row, k) => ({ row, position: from + k })),
          );
          store.putReviews(id, reviewsOf(storing.reviews, part));
          if (to === rows.length) store.endStoring(id);
          return true;
        },
        { redoable: true },
      ),
    );
    storing.text = null;
    storing.stored = ours ? to : rows.length;
  }

  /**
   * Storing an import's rest stopped here (its split thread died, a later story failed its check,
   * a write failed). With its source text stored, it stays marked and is split again when read
   * (#unfinished); without, there is nothing to split it again from, and it is removed, as the
   * next start would, and named with the reason.
   */
  #storingStopped(store: Store, id: string, err: unknown): void {
    if (this.#store !== store) return;
    const refused = err instanceof LibraryError && err.code === 'invalid-document';
    try {
      for (const name of store.transaction(() => store.deleteUnsourced(id))) {
        this.#problems.push(
          refused
            ? { file: name, message: `"${name}" was removed: ${err.message}.` }
            : unsourcedProblem(name, whyStopped(err), redo(err)),
        );
      }
    } catch {
      // The disk refuses even this: the next start removes it.
    }
  }

  /**
   * A document whose import stopped before all its stories were stored (Copydesk quit or crashed,
   * the disk filled) is split again from its source, as Split again does, and the editor is told;
   * its stories were new, so no edit is lost. One still being stored by this window is left to it.
   */
  async #unfinished(store: Store, id: string): Promise<void> {
    if (this.#storing.has(id) || !this.#try(() => store.isStoring(id))) return;
    const row = this.#try(() => store.document(id));
    if (!row) return;
    const source = this.#try(() => store.source(id));
    // Its text not stored yet: being imported by another window (one a stop left so is removed
    // when the library opens).
    if (source === undefined)
      throw new LibraryError(
        'unavailable',
        `"${row.name}" is still being imported by another Copydesk window; try again in a moment.`,
      );
    const { stories } = await this.#split(() => this.#pool.splitText(source), {
      cancelled: `Reading "${row.name}" was cancelled.`,
      failed: `"${row.name}" was not stored whole, and could not be split again`,
      kept: 'Its source text is kept',
    });
    const invalid = invalidStories(stories);
    if (invalid)
      throw new LibraryError('corrupt', `"${row.name}" could not be split again: ${invalid}.`);
    const rows = stories.map(storyRow);
    const mended = this.#try(() =>
      store.transaction(() => {
        if (!store.isStoring(id)) return false; // finished meanwhile, by another window
        store.clearStories(id);
        store.putStories(
          id,
          rows.map((r, position) => ({ row: r, position })),
        );
        store.endStoring(id);
        // A new revision: a window still holding the unfinished document must not save over this.
        store.touch(id, {
          revision: row.revision + 1,
          updatedAt: this.#now().toISOString(),
          selectedStoryId: rows[0]?.id ?? null,
        });
        return true;
      }),
    );
    if (mended)
      this.#problems.push({
        file: row.name,
        message: `"${row.name}" was not stored whole (Copydesk or its split thread stopped while storing it), so it was split again from its source text; it had not been edited yet.`,
      });
  }

  /** Moves the document to the trash: no longer listed, nothing deleted. */
  async remove(id: string): Promise<void> {
    checkId(id);
    const store = await this.#ready();
    this.#recent.delete(id);
    if (!this.#try(() => store.trash(id, this.#now().toISOString()))) throw notFound(id);
  }

  /**
   * Decodes and splits a file (in the split thread) and stores it as a new document, its source text
   * kept for a re-split; returns its line in the documents list (`load` or `open` reads it). The
   * split thread also checks the stories and makes them into rows, so main stores strings and never
   * clones or parses the stories. Aborting `signal` cancels it: nothing is stored unless the save had
   * begun, and then the document is stored whole. `onProgress` hears how far the split is, 0 to 1.
   * A mail's importable attachments are stored as documents of their own, returned in `attached`
   * with the attachments refused.
   */
  async import(
    { name, bytes }: { name: string; bytes: Uint8Array },
    { signal, onProgress }: { signal?: AbortSignal; onProgress?: OnProgress } = {},
  ): Promise<DocumentSummary & { attached?: Attached }> {
    const cancelled = `The import of "${name}" was cancelled: nothing was stored.`;
    const stop = () => {
      if (signal?.aborted) throw new LibraryError('cancelled', cancelled);
    };
    stop();
    const exported = copydeskExport(name, bytes);
    if (exported) {
      // A Copydesk document exported earlier comes back as it was, edits and reviews included,
      // under a new id so it never replaces the document it came from.
      const doc = { ...exported, id: randomUUID(), importedAt: this.#now().toISOString() };
      await this.save(doc);
      onProgress?.(1);
      return this.summary(doc.id);
    }
    // A big document's first stories come ahead of the rest (PreparedFirst): stored, they answer.
    let announce: OnFirst = () => {};
    const ahead = new Promise<PreparedFirst>((resolve) => (announce = resolve));
    const whole = this.#split(
      () => this.#pool.prepareImport({ name, bytes }, signal, onProgress, announce),
      { cancelled, failed: `"${name}" could not be split`, kept: 'Nothing was stored' },
    );
    // Its failure is met below, or, once the first stories are stored, by storing the rest.
    whole.catch(() => {});
    const first = await Promise.race([ahead, whole.then(() => null)]);
    stop();
    const store = async (
      { name, decoded, kind }: Omit<PreparedDocument, 'rows' | 'invalid'>,
      rows: StoryRow[] | Incoming,
      invalid: string | null,
    ) => {
      const head = newDocumentHead({
        id: randomUUID(),
        name,
        decoded: { ...decoded, kind },
        storyIds: (Array.isArray(rows) ? rows : rows.stories).map((row) => row.id),
        now: this.#now(),
      });
      await this.#insert(head, rows, invalid);
      return this.summary(head.id);
    };
    if (first) {
      const rest = whole.then(({ rows, decoded, invalid }) => {
        // A story after the first screen failed its check: the document goes (#storingStopped).
        if (invalid !== null) throw new LibraryError('invalid-document', invalid);
        return { rows, text: decoded.text };
      });
      rest.catch(() => {}); // met by the storing of the rest, which may begin after it fails
      const coming = { first: first.rows, stories: first.stories, rest };
      // The text comes with the rest, and is stored with them: none in the head.
      return store({ ...first, decoded: { ...first.decoded, text: '' } }, coming, null);
    }
    const { attached, ...own } = await whole;
    const stored = await store(own, own.rows, own.invalid);
    if (!attached) return stored;
    // A mail's attachments, each a document of its own; one refused does not stop the others.
    const out: Attached = { documents: [], errors: [...attached.errors] };
    for (const inner of attached.documents) {
      try {
        out.documents.push(await store(inner, inner.rows, inner.invalid));
      } catch (err) {
        const { code, message } = err as Error & { code?: string };
        out.errors.push({ name: inner.name, code: code ?? 'internal', message });
      }
    }
    return { ...stored, attached: out };
  }

  /**
   * Splits the document again from its stored source text (in the split thread): the editor's edits
   * and review states are replaced (the UI warns first), and kept as a previous version.
   */
  async resplit(id: string): Promise<StoredDocument> {
    const doc = await this.load(id);
    const { stories } = await this.#split(() => this.#pool.splitText(doc.source.text), {
      cancelled: `Splitting "${doc.name}" again was cancelled: the document is unchanged.`,
      failed: `"${doc.name}" could not be split again`,
      kept: 'The document is unchanged',
    });
    const fresh = createDocument({ ...doc, decoded: doc.source, stories, now: this.#now() });
    const invalid = invalidDocument(fresh);
    if (invalid)
      throw new LibraryError('invalid-document', `"${doc.name}" was not split again: ${invalid}.`);
    const store = await this.#ready();
    const updatedAt = this.#now().toISOString();
    const revision = this.#try(() =>
      store.transaction(() => {
        const row = store.document(id);
        if (!row) throw notFound(id);
        store.keepVersion(id, updatedAt, keep(doc));
        return replaceStories(store, row, updatedAt, fresh);
      }),
    );
    const next: StoredDocument = {
      ...doc,
      stories,
      reviews: fresh.reviews,
      selectedStoryId: fresh.selectedStoryId,
      updatedAt,
      revision,
    };
    this.#remember(next);
    return next;
  }

  /** The versions kept when the document's stories were replaced, newest first. */
  async previousVersions(id: string): Promise<DocumentVersion[]> {
    checkId(id);
    const store = await this.#ready();
    if (!this.#try(() => store.document(id))) throw notFound(id);
    return this.#try(() => store.versions(id)).map(({ id: versionId, savedAt, json }) => {
      const kept = JSON.parse(json) as KeptVersion;
      return {
        id: versionId,
        savedAt,
        updatedAt: kept.updatedAt,
        storyCount: kept.stories.length,
        approvedCount: kept.stories.filter((s) => kept.reviews[s.id] === 'approved').length,
      };
    });
  }

  /**
   * Brings back a previous version's stories and reviews; the current ones are kept as a version in
   * the same transaction, so nothing is lost and restoring again goes back.
   */
  async restoreVersion(id: string, versionId: number): Promise<StoredDocument> {
    const doc = await this.load(id);
    const store = await this.#ready();
    const updatedAt = this.#now().toISOString();
    let restored: KeptVersion | undefined;
    const revision = this.#try(() =>
      store.transaction(() => {
        const row = store.document(id);
        if (!row) throw notFound(id);
        const json = store.version(id, versionId);
        if (json === undefined) {
          throw new LibraryError(
            'not-found',
            `"${doc.name}" has no previous version ${versionId}: it may have been restored already.`,
          );
        }
        restored = keptVersion(json, doc.name);
        store.keepVersion(id, updatedAt, keep(doc));
        store.dropVersion(id, versionId);
        return replaceStories(store, row, updatedAt, restored);
      }),
    );
    const { stories, reviews, selectedStoryId } = restored as KeptVersion;
    const next: StoredDocument = { ...doc, stories, reviews, selectedStoryId, updatedAt, revision };
    this.#remember(next);
    return next;
  }

  /** The documents in the trash, most recently removed first. */
  async listTrash(): Promise<TrashedDocument[]> {
    const store = await this.#ready();
    return this.#try(() => store.trashedDocuments());
  }

  /** Takes a document out of the trash, back into the list as it was. */
  async restore(id: string): Promise<DocumentSummary> {
    checkId(id);
    const store = await this.#ready();
    if (!this.#try(() => store.untrash(id))) throw notInTrash(id);
    return this.summary(id);
  }

  /** Deletes a document in the trash for ever: its source, stories and versions. */
  async deleteForever(id: string): Promise<void> {
    checkId(id);
    const store = await this.#ready();
    await this.#storing.get(id)?.done;
    this.#recent.delete(id);
    if (!this.#try(() => store.transaction(() => store.deleteTrashed(id)))) throw notInTrash(id);
  }

  /** Whether the watched folder already imported a file with this content hash. */
  async watchedFileImported(hash: string): Promise<boolean> {
    const store = await this.#ready();
    return this.#try(() => store.watchedFileImported(hash));
  }

  /** Notes that the watched folder imported a file with this content hash. */
  async recordWatchedFile(hash: string, name: string): Promise<void> {
    const store = await this.#ready();
    this.#try(() => store.recordWatchedFile(hash, name, this.#now().toISOString()));
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

  #remember(doc: StoredDocument): void {
    this.#recent.delete(doc.id);
    this.#recent.set(doc.id, doc);
    while (this.#recent.size > RECENT_DOCUMENTS)
      this.#recent.delete(this.#recent.keys().next().value as string);
  }

  /** The open database, the first format's files moved in first. */
  async #ready(): Promise<Store> {
    this.#store ??= this.#open();
    this.#migrated ??= this.#migrate(this.#store).then(() => this.#dropUnsourced());
    await this.#migrated;
    return this.#store;
  }

  #open(): Store {
    try {
      mkdirSync(this.dataDir, { recursive: true });
      return new Store(this.storePath);
    } catch (err) {
      if (err instanceof NewerStoreError) {
        throw new LibraryError(
          'newer-schema',
          `The library at ${this.storePath} was written by a newer version of Copydesk (${err.message}; this version reads format 1). Update Copydesk to open it; it was left untouched.`,
        );
      }
      // Locked, unreadable or damaged: never moved or replaced from here, the editor is told.
      throw new LibraryError(
        storeFault(err) === 'damaged' ? 'corrupt' : 'unavailable',
        `The library at ${this.storePath} could not be opened (${(err as Error).message}). Nothing was changed; close other programs using it, or check its permissions, and try again.`,
      );
    }
  }

  /**
   * Moves every document of the first format into the database, each in its own transaction, then
   * its files to migrated/. A damaged newest version falls back to its .bak; a file that cannot be
   * read now stays for the next start; nothing is deleted.
   */
  async #migrate(store: Store): Promise<void> {
    const { ids, strays } = await legacyFolder(this.documentsDir, isId);
    for (const file of strays) {
      this.#problems.push({
        file,
        message: `${file} in ${this.documentsDir} is not named like a Copydesk document, so it was not opened; it was left where it is.`,
      });
    }
    for (const id of ids) {
      const main = legacyPath(this.documentsDir, id);
      const bak = legacyPath(this.documentsDir, id, true);
      const file = `${id}.json`;
      if (!store.has(id)) {
        const newest = await readLegacy(main, id, file);
        if (newest.kind === 'unreadable' || newest.kind === 'newer') {
          this.#problems.push({ file, message: newest.message });
          continue;
        }
        let doc: CopydeskDocument;
        if (newest.kind === 'ok') doc = newest.doc;
        else {
          const previous = await readLegacy(bak, id, `${id}.json.bak`);
          if (previous.kind === 'ok') {
            doc = previous.doc;
            const why = newest.kind === 'missing' ? `${file} was missing` : newest.message;
            this.#problems.push({
              file,
              message: `${why} The previous saved version of "${doc.name}" (${doc.updatedAt}) was restored from its backup; the most recent edits may be missing.`,
            });
          } else if (newest.kind === 'bad') {
            await this.#moveAside([main, bak], id, newest.message, file);
            continue;
          } else continue;
        }
        const stored = { ...doc, revision: 1 };
        this.#try(() => store.transaction(() => insert(store, stored, doc.stories.map(storyRow))));
      }
      // In the database now: the files go to migrated/, kept as they were.
      await mkdir(this.migratedDir, { recursive: true });
      for (const path of [main, bak])
        await renameIfThere(path, join(this.migratedDir, path.slice(this.documentsDir.length + 1)));
    }
  }

  /**
   * Imports a stop left before their source text was stored have nothing to be split again from:
   * they are removed, each named in the listing (the file they came from is still where it was).
   */
  #dropUnsourced(): void {
    const store = this.#store as Store;
    for (const name of this.#try(() => store.transaction(() => store.deleteUnsourced())))
      this.#problems.push(unsourcedProblem(name, 'Copydesk stopped'));
  }

  async #moveAside(paths: string[], id: string, reason: string, file: string): Promise<void> {
    await mkdir(this.corruptDir, { recursive: true });
    const stamp = this.#now().toISOString().replace(/[:.]/g, '-');
    let where = '';
    for (const path of paths) {
      const target = unusedPath(
        this.corruptDir,
        `${id}-${stamp}${path.endsWith('.bak') ? '.bak' : ''}`,
      );
      try {
        if (await renameIfThere(path, target)) where ||= target;
      } catch (err) {
        where = `nowhere: it could not be moved (${(err as Error).message}) and is still at ${path}`;
      }
    }
    this.#problems.push({
      file,
      message: `${reason} It was moved to ${where} so nothing is lost.`,
    });
  }

  /** Runs a store call, its SQLite failures told in the editor's terms. */
  #try<T>(work: () => T): T {
    try {
      return work();
    } catch (err) {
      if (err instanceof LibraryError) throw err;
      switch (storeFault(err)) {
        case 'disk-full':
          throw new LibraryError(
            'disk-full',
            `The disk holding the library is full: the change was not saved, and the last saved version is kept. Free some space; Copydesk will try again.`,
          );
        case 'write-failed':
          throw new LibraryError(
            'write-failed',
            `The library could not be written to disk (${(err as Error).message}): the disk may be full or failing. The change was not saved, and the last saved version is kept.`,
          );
        case 'busy':
          throw new LibraryError(
            'unavailable',
            `The library is busy in another Copydesk window or program; nothing was changed. Try again in a moment.`,
          );
        case 'damaged':
          throw new LibraryError(
            'corrupt',
            `The library at ${this.storePath} is damaged (${(err as Error).message}); nothing was changed.`,
          );
        default:
          throw err;
      }
    }
  }
}

/** An import removed because it stopped before its text was stored (`why`), for the listing. */
/**
 * Why storing an import's rest stopped, for the editor: the store's own refusal (#try names the
 * disk's or the library's fault), else the split thread that was making its rows.
 */
function whyStopped(err: unknown): string {
  switch (err instanceof LibraryError ? err.code : null) {
    case 'disk-full':
      return 'the disk holding the library filled up';
    case 'write-failed':
      return 'the disk refused to write it';
    case 'unavailable':
      return 'the library was busy in another Copydesk window or program';
    case 'corrupt':
      return 'the library turned out to be damaged';
    default:
      return 'its split thread stopped';
  }
}

/** What the editor does next: a full disk refuses the next import too until space is freed. */
function redo(err: unknown): string {
  return err instanceof LibraryError && err.code === 'disk-full'
    ? 'free some space, then import it again'
    : 'import it again';
}

function unsourcedProblem(name: string, why: string, next = 'import it again'): LibraryProblem {
  return {
    file: name,
    message: `"${name}" was being imported when ${why}, before its text was stored, so it was removed: ${next} (the file is unchanged).`,
  };
}

const documentHeadSchema = currentDocumentSchema.omit({ stories: true });

/** What is wrong with a document's head (all but its stories) about to be stored, or null. */
function invalidHead(head: Omit<CopydeskDocument, 'stories'>): string | null {
  const checked = documentHeadSchema.safeParse(head);
  return checked.success ? null : problem(checked.error);
}

/** What is wrong with a document about to be stored, or null. */
function invalidDocument(doc: CopydeskDocument): string | null {
  return invalidHead(doc) ?? invalidStories(doc.stories);
}

/**
 * Writes a new document into the store, its stories as rows, and its source text; only the `first`
 * rows, the rest and the text marked as being stored, when there are more `stories`. Call inside a
 * transaction.
 */
function insert(
  store: Store,
  doc: Omit<StoredDocument, 'stories'>,
  first: StoryRow[],
  stories: StoryCounts[] = first,
): void {
  store.insertDocument({
    id: doc.id,
    name: doc.name,
    importedAt: doc.importedAt,
    updatedAt: doc.updatedAt,
    revision: doc.revision,
    encoding: doc.source.encoding,
    encodingConfidence: doc.source.confidence,
    decodeWarnings: JSON.stringify(doc.source.warnings),
    kind: doc.source.kind,
    lineEndings: doc.source.lineEndings,
    selectedStoryId: doc.selectedStoryId,
  });
  store.putStories(
    doc.id,
    first.map((row, position) => ({ row, position })),
  );
  if (first.length === stories.length) {
    store.putSource(doc.id, doc.source.text);
    store.putReviews(doc.id, doc.reviews);
    store.touch(doc.id, doc);
    return;
  }
  // The rest to come: the source text and the reviews come with them; the list counts them now.
  store.putReviews(doc.id, reviewsOf(doc.reviews, first));
  store.beginStoring(doc.id);
  store.touch(doc.id, doc, { rows: stories, reviews: doc.reviews });
}

/**
 * A new document's rows as #insert takes them: the first FIRST_STORIES, every story's id and
 * counts (for the list), and all of them with the source text, which may still be being made.
 */
interface Incoming {
  first: StoryRow[];
  stories: StoryCounts[];
  rest: Promise<{ rows: StoryRow[]; text: string }>;
}

function incoming(rows: StoryRow[], text: string): Incoming {
  return {
    first: rows.slice(0, FIRST_STORIES),
    stories: rows,
    rest: Promise.resolve({ rows, text }),
  };
}

/** The reviews of these rows' stories (an import's are stored with its stories, a part at a time). */
function reviewsOf(
  reviews: Record<string, string>,
  rows: readonly StoryCounts[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { id } of rows) if (reviews[id] !== undefined) out[id] = reviews[id];
  return out;
}

/** A stored document, every story checked: a damaged row is reported, never shown half-read. */
function readDocument(store: Store, id: string): StoredDocument {
  const row = store.document(id);
  if (!row) throw notFound(id);
  const { source, ...rest } = openedFrom(store, row, store.stories(id), store.reviews(id));
  return { ...rest, source: { ...source, text: store.source(id) ?? '' } };
}

/**
 * The first stories of a stored document as the desk opens it, at least up to the selected one
 * (the desk opens on it), with their review states; the rest, and the source text, are not read.
 */
function readFirst(store: Store, id: string, first: number): OpenedDocument {
  const row = store.document(id);
  if (!row) throw notFound(id);
  let rows = store.firstStories(id, first);
  const selected = row.selectedStoryId;
  if (selected !== null && !rows.some((r) => r.id === selected)) {
    const index = store.storyIndex(id, selected);
    if (index >= 0) rows = store.firstStories(id, index + 1);
  }
  const reviews: Record<string, string> = {};
  for (const { id: storyId } of rows) {
    const state = store.review(id, storyId);
    if (state !== undefined) reviews[storyId] = state;
  }
  return openedFrom(store, row, rows, reviews);
}

/** A document's row and story rows as the desk holds them, each story checked. */
function openedFrom(
  store: Store,
  row: DocumentRow,
  rows: { id: string; json: string }[],
  reviews: Record<string, string>,
): OpenedDocument {
  const stories = rows.map(({ id: storyId, json }, i) => {
    const parsed = storySchema.safeParse(JSON.parse(json));
    if (!parsed.success) {
      throw new LibraryError(
        'corrupt',
        `Story ${i + 1} (${storyId}) of "${row.name}" is damaged: ${problem(parsed.error)}.`,
      );
    }
    return parsed.data;
  });
  return {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    id: row.id,
    name: row.name,
    importedAt: row.importedAt,
    source: {
      encoding: row.encoding,
      lineEndings: row.lineEndings as CopydeskDocument['source']['lineEndings'],
      confidence: row.encodingConfidence,
      warnings: JSON.parse(row.decodeWarnings) as string[],
      kind: row.kind,
    },
    stories,
    reviews: reviews as Record<string, ReviewState>,
    selectedStoryId: row.selectedStoryId,
    updatedAt: row.updatedAt,
    revision: row.revision,
  };
}

const notFound = (id: string) =>
  new LibraryError('not-found', `There is no document ${id} in the library.`);

const notInTrash = (id: string) =>
  new LibraryError('not-found', `There is no document ${id} in the library's trash.`);

/**
 * Inside a transaction: the document's stories, reviews and selection become `next`'s (a re-split,
 * a restored version), under its next revision, which it returns.
 */
function replaceStories(
  store: Store,
  row: DocumentRow,
  updatedAt: string,
  next: Pick<KeptVersion, 'stories' | 'reviews' | 'selectedStoryId'>,
): number {
  store.clearStories(row.id);
  store.putStories(
    row.id,
    next.stories.map((story, position) => ({ row: storyRow(story), position })),
  );
  store.putReviews(row.id, next.reviews);
  const revision = row.revision + 1;
  store.touch(row.id, { revision, updatedAt, selectedStoryId: next.selectedStoryId });
  return revision;
}

/** What a previous version keeps of a document: its stories, their reviews and the selection. */
interface KeptVersion {
  updatedAt: string;
  stories: Story[];
  reviews: Record<string, ReviewState>;
  selectedStoryId: string | null;
}

function keep({ updatedAt, stories, reviews, selectedStoryId }: StoredDocument): string {
  return JSON.stringify({ updatedAt, stories, reviews, selectedStoryId } satisfies KeptVersion);
}

/** A kept version, every story checked as a stored document's are. */
function keptVersion(json: string, name: string): KeptVersion {
  const kept = JSON.parse(json) as KeptVersion;
  const stories = kept.stories.map((story, i) => {
    const parsed = storySchema.safeParse(story);
    if (!parsed.success) {
      throw new LibraryError(
        'corrupt',
        `Story ${i + 1} of the previous version of "${name}" is damaged: ${problem(parsed.error)}.`,
      );
    }
    return parsed.data;
  });
  return { ...kept, stories, reviews: kept.reviews ?? {} };
}

async function renameIfThere(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return false;
    throw err;
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
      `"${name}" looks like a Copydesk document but is not a valid one (${problem(parsed.error)}).`,
    );
  }
  return parsed.data;
}

/** `<dir>/<base>.json`, or `<base>-2.json`... when taken: rename would replace an earlier file. */
function unusedPath(dir: string, base: string): string {
  let path = join(dir, `${base}.json`);
  for (let n = 2; existsSync(path) || existsSync(`${path}.bak`); n++)
    path = join(dir, `${base}-${n}.json`);
  return path;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
