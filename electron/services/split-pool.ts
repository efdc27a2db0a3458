// Every split in the app runs here, off the calling thread: one long-lived worker thread, started on
// the first job and reused (small files pay no thread start), one job at a time, each with an id.
// Cancelling the running job terminates the worker, the only way to stop a split stuck in a tight
// loop; the next job starts a fresh one. A job whose worker dies is rejected with a clear error.
// While a job runs, the worker reports how far it is; the pool passes that to the job's caller.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SplitResult } from '../../shared/model';
import type {
  OnFirst,
  OnProgress,
  PreparedImport,
  SplitFileInput,
  SplitFileOutput,
} from './pipeline';

/**
 * What a worker is asked to do: a file (decode and split), a file to import (split, then its stories
 * checked and made into rows to store) or text already decoded (a re-split).
 */
export type SplitJob =
  | { kind: 'file'; input: SplitFileInput }
  | { kind: 'import'; input: SplitFileInput }
  | { kind: 'text'; text: string };
type JobResult<J extends SplitJob> = J extends { kind: 'file' }
  ? SplitFileOutput
  : J extends { kind: 'import' }
    ? PreparedImport
    : SplitResult;

/** Sent to the worker. */
export interface JobMessage {
  id: number;
  job: SplitJob;
}
/**
 * Sent back: how far the job is (0 to 1), an import's first stories (see OnFirst), then the value or
 * the error it threw (a refusal keeps its code).
 */
export type JobReply =
  | { id: number; progress: number }
  | { id: number; first: unknown }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { message: string; code?: string } };

export type SplitJobErrorCode = 'cancelled' | 'split-failed';

/** A job that did not finish: cancelled, or its worker could not start or stopped. */
export class SplitJobError extends Error {
  constructor(
    readonly code: SplitJobErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SplitJobError';
  }
}

/** A job's own failure (a refusal such as `binary`), passed on with its code. */
function jobError(error: { message: string; code?: string }): Error {
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

/**
 * Where the worker is: built beside the main bundle (out/main/split-worker.js), or this folder's
 * TypeScript when running from source (tsx, vitest), which the worker loads through tsx.
 */
export function splitWorkerScript(): { path: string; execArgv: string[] } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  // Beside the bundle, or one up when the bundler put this code in a shared chunk.
  for (const built of [join(here, 'split-worker.js'), join(here, '..', 'split-worker.js')]) {
    if (existsSync(built)) return { path: built, execArgv: [] };
  }
  const source = join(here, 'split-worker.ts');
  if (existsSync(source)) return { path: source, execArgv: ['--import', 'tsx'] };
  return null;
}

function startSplitWorker(): Worker {
  const script = splitWorkerScript();
  if (!script) throw new Error('its script is missing from the installation');
  return new Worker(script.path, { execArgv: script.execArgv });
}

interface Pending {
  id: number;
  job: SplitJob;
  resolve(value: unknown): void;
  reject(err: Error): void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
  onProgress: OnProgress | undefined;
  onFirst: ((first: unknown) => void) | undefined;
}

export class SplitPool {
  readonly #startWorker: () => Worker;
  #worker: Worker | null = null;
  #running: Pending | null = null;
  readonly #queue: Pending[] = [];
  #nextId = 1;
  #started = 0;

  /** `startWorker` is for tests, which give workers of their own (a tight loop, a crash). */
  constructor(startWorker: () => Worker = startSplitWorker) {
    this.#startWorker = startWorker;
  }

  /** Workers started so far: one until a job is cancelled or a worker dies. */
  get started(): number {
    return this.#started;
  }

  /** Decodes and splits a file. Rejects with the decoder's refusal, or a SplitJobError. */
  splitFile(input: SplitFileInput, signal?: AbortSignal): Promise<SplitFileOutput> {
    return this.run({ kind: 'file', input }, signal);
  }

  /**
   * Decodes and splits a file, its stories checked and made into the rows the library stores.
   * `onFirst` hears a big document's first stories before the rest are made into rows.
   */
  prepareImport(
    input: SplitFileInput,
    signal?: AbortSignal,
    onProgress?: OnProgress,
    onFirst?: OnFirst,
  ): Promise<PreparedImport> {
    return this.run({ kind: 'import', input }, signal, onProgress, onFirst as Pending['onFirst']);
  }

  /** Splits decoded text (a document's stored source). */
  splitText(text: string, signal?: AbortSignal): Promise<SplitResult> {
    return this.run({ kind: 'text', text }, signal);
  }

  /**
   * Queues a job; aborting `signal` cancels it, terminating the worker if it is running.
   * `onProgress` hears how far the job is while it runs, 0 to 1, never after it is settled;
   * `onFirst`, a part of the value the job sends ahead of it (an import's first stories).
   */
  run<J extends SplitJob>(
    job: J,
    signal?: AbortSignal,
    onProgress?: OnProgress,
    onFirst?: Pending['onFirst'],
  ): Promise<JobResult<J>> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(cancelled());
      const pending: Pending = {
        id: this.#nextId++,
        job,
        resolve: resolve as (value: unknown) => void,
        reject,
        signal,
        onAbort: () => this.#cancel(pending),
        onProgress,
        onFirst,
      };
      signal?.addEventListener('abort', pending.onAbort, { once: true });
      this.#queue.push(pending);
      this.#next();
    });
  }

  /** Stops the worker (tests, app quit); queued and running jobs are cancelled. */
  async close(): Promise<void> {
    for (const pending of this.#queue.splice(0)) this.#settle(pending, cancelled());
    if (this.#running) this.#settle(this.#running, cancelled());
    this.#running = null;
    await this.#discardWorker();
  }

  #next(): void {
    if (this.#running) return;
    const pending = this.#queue.shift();
    if (!pending) {
      // Idle: a waiting worker must not keep a CLI run or a test process alive.
      this.#worker?.unref();
      return;
    }
    let worker: Worker;
    try {
      worker = this.#worker ?? this.#start();
    } catch (err) {
      this.#settle(
        pending,
        new SplitJobError(
          'split-failed',
          `The split worker could not start (${(err as Error).message}).`,
        ),
      );
      this.#next();
      return;
    }
    worker.ref();
    this.#running = pending;
    worker.postMessage({ id: pending.id, job: pending.job } satisfies JobMessage);
  }

  #start(): Worker {
    const worker = this.#startWorker();
    this.#started++;
    this.#worker = worker;
    worker.on('message', (reply: JobReply) => {
      const pending = this.#running;
      if (worker !== this.#worker || !pending || reply.id !== pending.id) return;
      if ('progress' in reply) {
        pending.onProgress?.(reply.progress);
        return;
      }
      if ('first' in reply) {
        pending.onFirst?.(reply.first);
        return;
      }
      this.#running = null;
      if (reply.ok) this.#settle(pending, null, reply.value);
      else this.#settle(pending, jobError(reply.error));
      this.#next();
    });
    // A worker that throws outside a job's try, runs out of memory or exits has lost its job.
    worker.on('error', (err) => this.#died(worker, err.message));
    worker.on('exit', (code) => this.#died(worker, `exit code ${code}`));
    return worker;
  }

  #died(worker: Worker, how: string): void {
    if (worker !== this.#worker) return; // terminated on purpose, already replaced
    this.#worker = null;
    void worker.terminate();
    const pending = this.#running;
    this.#running = null;
    if (pending) {
      this.#settle(
        pending,
        new SplitJobError('split-failed', `The split worker stopped unexpectedly (${how}).`),
      );
    }
    this.#next();
  }

  #cancel(pending: Pending): void {
    const queued = this.#queue.indexOf(pending);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      this.#settle(pending, cancelled());
      return;
    }
    if (this.#running !== pending) return; // already settled
    // A split cannot be interrupted from outside its thread: end the thread; the next job starts
    // a fresh one.
    this.#running = null;
    this.#settle(pending, cancelled());
    void this.#discardWorker();
    this.#next();
  }

  async #discardWorker(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate();
  }

  #settle(pending: Pending, err: Error | null, value?: unknown): void {
    pending.signal?.removeEventListener('abort', pending.onAbort);
    if (err) pending.reject(err);
    else pending.resolve(value);
  }
}

function cancelled(): SplitJobError {
  return new SplitJobError('cancelled', 'The split was cancelled.');
}

let shared: SplitPool | null = null;

/** The pool every library in this process shares: one split thread, not one per library. */
export function sharedSplitPool(): SplitPool {
  shared ??= new SplitPool();
  return shared;
}
