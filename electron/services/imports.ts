// The imports (or exports) in flight, by the id their client made, so cancelImport can reach their
// splits and cancelExport their writes. A cancel may arrive before its job (over HTTP the two
// requests can cross): it is kept for it.

/** Early cancels remembered; ids are made fresh for each import, so a few suffice. */
const EARLY_CANCELS_KEPT = 100;

export class ImportRegistry {
  /** `what` names the jobs in errors: `import` or `export`. */
  constructor(readonly what: 'import' | 'export' = 'import') {}

  readonly #running = new Map<string, AbortController>();
  /** In arrival order, so the oldest are forgotten first. */
  readonly #cancelledEarly = new Set<string>();

  /** Registers an import: its signal aborts when it is cancelled; call `end` when it is over. */
  begin(importId: string | undefined): { signal: AbortSignal; end: () => void } {
    const controller = new AbortController();
    if (importId === undefined) return { signal: controller.signal, end: () => {} };
    if (this.#running.has(importId)) {
      throw Object.assign(
        new Error(
          `An ${this.what} with id ${importId} is already running: each ${this.what} needs its own id.`,
        ),
        { code: 'invalid-input' },
      );
    }
    if (this.#cancelledEarly.delete(importId)) controller.abort();
    this.#running.set(importId, controller);
    return {
      signal: controller.signal,
      end: () => {
        if (this.#running.get(importId) === controller) this.#running.delete(importId);
      },
    };
  }

  /** Cancels the import, or, when it has not begun, marks it to be cancelled as it arrives. */
  cancel(importId: string): { running: boolean } {
    const controller = this.#running.get(importId);
    if (controller) {
      controller.abort();
      return { running: true };
    }
    this.#cancelledEarly.add(importId);
    for (const old of this.#cancelledEarly) {
      if (this.#cancelledEarly.size <= EARLY_CANCELS_KEPT) break;
      this.#cancelledEarly.delete(old);
    }
    return { running: false };
  }
}
