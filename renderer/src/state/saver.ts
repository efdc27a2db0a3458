// Autosave for one open document. Sends only what changed since the library's last acknowledged
// revision (a one-word edit is one story, not the document), one save in flight at a time, the
// newest state always sent last. A save goes out after a short pause in the changes, and never more
// than AUTOSAVE_MAX_WAIT_MS after the first unsaved one, so a steady typist is saved every second
// too. A failed save loses nothing: the next diff is still taken from what the library has.

import {
  documentChanges,
  type DocumentChanges,
  type OpenedDocument,
} from '../../../shared/document';
import { Debounce } from '../debounce';

/** Quiet time after the last change before saving. */
export const AUTOSAVE_DELAY_MS = 400;
/**
 * The longest a change waits, however steady the typing: with the editor's own hand-over (at most
 * SYNC_MAX_WAIT_MS) and the write, a change is on disk within a second.
 */
export const AUTOSAVE_MAX_WAIT_MS = 500;

export type SaveState = 'saved' | 'saving' | 'unsaved' | { error: string };

export interface SaverOptions {
  send: (changes: DocumentChanges) => Promise<{ revision: number }>;
  onState: (state: SaveState) => void;
  delayMs?: number;
  maxWaitMs?: number;
}

export class DocumentSaver {
  /** What the library holds, as of the revision it last acknowledged. */
  #saved: { doc: OpenedDocument; revision: number };
  #latest: OpenedDocument;
  #inFlight: Promise<void> | null = null;
  readonly #soon: Debounce;
  readonly #options: Required<SaverOptions>;

  constructor(stored: OpenedDocument, options: SaverOptions) {
    this.#saved = { doc: stored, revision: stored.revision };
    this.#latest = stored;
    this.#options = { delayMs: AUTOSAVE_DELAY_MS, maxWaitMs: AUTOSAVE_MAX_WAIT_MS, ...options };
    this.#soon = new Debounce(
      () => void this.flush(),
      this.#options.delayMs,
      this.#options.maxWaitMs,
    );
  }

  /** The editor changed the document: save it soon. */
  change(next: OpenedDocument): void {
    this.#latest = next;
    this.#options.onState('unsaved');
    this.#soon.poke();
  }

  /** The library now holds `doc` wholesale (a re-split): later diffs start from it. */
  reset(doc: OpenedDocument): void {
    this.#soon.cancel();
    this.#saved = { doc, revision: doc.revision };
    this.#latest = doc;
  }

  get pending(): boolean {
    return this.#latest !== this.#saved.doc || this.#inFlight !== null;
  }

  /** Saves now what is unsaved, after the save already running; resolves once it is written. */
  async flush(): Promise<void> {
    this.#soon.cancel();
    // One at a time: a change made meanwhile goes in the next save, taken from the new revision.
    while (this.#inFlight) await this.#inFlight;
    const next = this.#latest;
    const changes = documentChanges(this.#saved.doc, next, this.#saved.revision);
    if (!changes) return;
    this.#options.onState('saving');
    const run = this.#options.send(changes).then(
      ({ revision }) => {
        this.#saved = { doc: next, revision };
        this.#options.onState(this.#latest === next ? 'saved' : 'unsaved');
      },
      (err: unknown) => {
        // Nothing is dropped: the next change, or leaving, sends these changes again.
        this.#options.onState({ error: (err as Error).message });
      },
    );
    this.#inFlight = run;
    try {
      await run;
    } finally {
      this.#inFlight = null;
    }
  }

  /** Stops the timer (the document is closing); call flush() first to keep what is unsaved. */
  dispose(): void {
    this.#soon.cancel();
  }
}
