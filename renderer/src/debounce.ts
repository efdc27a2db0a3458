// A debounce with a longest wait: `run` fires once the pokes pause for `delayMs`, and never later
// than `maxWaitMs` after the first poke since it last fired, so a steady stream of changes (a
// typist who never pauses) is still handed on. Used by the body's hand-over and by autosave.

export class Debounce {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #deadline: number | null = null;

  constructor(
    private readonly run: () => void,
    private readonly delayMs: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Something changed: run after the pause, or at the longest wait. */
  poke(): void {
    const now = Date.now();
    this.#deadline ??= now + this.maxWaitMs;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        this.cancel();
        this.run();
      },
      Math.max(0, Math.min(this.delayMs, this.#deadline - now)),
    );
  }

  /** Whether a run is waiting. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  /** Forgets the waiting run (the caller runs it now itself, or drops it). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#deadline = null;
  }
}
