// Debounced autosave per document: saves about a second after the last change, flushes on quit, and
// reports every failure; a document whose save failed stays pending so the next flush retries it.

import type { CopydeskDocument } from '../../shared/document';

export interface AutosaveOptions {
  /** Saves one document, e.g. `(doc) => library.save(doc)`. */
  save: (doc: CopydeskDocument) => Promise<unknown>;
  /** Called for every failed save, so the UI can tell the editor. */
  onError: (error: unknown, doc: CopydeskDocument) => void;
  /** Quiet time after the last change before saving; 1 s keeps "saved within a second" honest. */
  delayMs?: number;
}

export class Autosave {
  readonly #save: AutosaveOptions['save'];
  readonly #onError: AutosaveOptions['onError'];
  readonly #delayMs: number;
  /** The newest unsaved version of each document. */
  readonly #pending = new Map<string, CopydeskDocument>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #inFlight = new Set<Promise<void>>();

  constructor({ save, onError, delayMs = 1000 }: AutosaveOptions) {
    this.#save = save;
    this.#onError = onError;
    this.#delayMs = delayMs;
  }

  /** Records the newest version and (re)starts its timer: a burst of edits becomes one save. */
  schedule(doc: CopydeskDocument): void {
    this.#pending.set(doc.id, doc);
    clearTimeout(this.#timers.get(doc.id));
    this.#timers.set(
      doc.id,
      setTimeout(() => void this.#saveNow(doc.id), this.#delayMs),
    );
  }

  /** Drops unsaved changes of a document being removed, so a late save cannot bring it back. */
  discard(id: string): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.#pending.delete(id);
  }

  /** Ids with changes not yet on disk (scheduled, or whose last save failed). */
  get pendingIds(): string[] {
    return [...this.#pending.keys()];
  }

  /**
   * Saves everything pending now and waits for saves already running (before-quit).
   * Resolves with the ids that still failed; each failure was also reported through onError.
   */
  async flush(): Promise<string[]> {
    const ids = [...this.#pending.keys()];
    await Promise.all([...ids.map((id) => this.#saveNow(id)), ...this.#inFlight]);
    return this.pendingIds;
  }

  async #saveNow(id: string): Promise<void> {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    const doc = this.#pending.get(id);
    if (!doc) return;
    this.#pending.delete(id);
    // Via then() so a save that throws synchronously is caught like one that rejects.
    const run = Promise.resolve(doc)
      .then(this.#save)
      .then(
        () => undefined,
        (error: unknown) => {
          // Keep it unless a newer version arrived meanwhile: that one supersedes it.
          if (!this.#pending.has(id)) this.#pending.set(id, doc);
          this.#onError(error, doc);
        },
      );
    this.#inFlight.add(run);
    await run;
    this.#inFlight.delete(run);
  }
}
