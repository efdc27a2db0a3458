// The watched folder, the hot folder news systems use: a file dropped in it is imported, once it has
// finished being written, then moved to its `processed/` folder, or to `error/` with the reason in a
// `<name>.error.txt` beside it. A record of what was imported (content hashes, in the library) means
// a file seen again, after a restart or because moving it failed, is never imported twice. Files
// there when watching begins (dropped while the app was closed) are imported first. Node only.

import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ImportFilesResult } from '../../shared/api';
import { readInput } from './read-input';

export const PROCESSED = 'processed';
export const ERROR = 'error';

/** What the folder remembers of what it imported (the library keeps it). */
export interface WatchLedger {
  watchedFileImported(hash: string): Promise<boolean>;
  recordWatchedFile(hash: string, name: string): Promise<void>;
}

export interface WatchedFolderOptions {
  /** Imports files as a drop on the window does, with the same events. */
  importFiles: (files: { name: string; bytes: Uint8Array }[]) => Promise<ImportFilesResult>;
  ledger: WatchLedger;
  /** Something the editor should know that belongs to no import (the folder went away). */
  onWarning?: (message: string) => void;
  /** How long a file's size must hold still before it is read, in ms. */
  settleMs?: number;
}

/** What happened to one file, for tests and logs. */
export interface WatchOutcome {
  name: string;
  to: 'processed' | 'error' | 'left';
  /** Whether it was imported now (false for a file imported before, or refused). */
  imported: boolean;
}

/**
 * Names the folder never imports: hidden files (`.DS_Store`, `.~lock.x#`), and the temporary files
 * that editors, browsers and copy tools write before renaming them to their real name.
 */
export function isTemporary(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~$') ||
    name.endsWith('~') ||
    /\.(tmp|temp|part|partial|crdownload|download|swp|filepart)$/i.test(name)
  );
}

export class WatchedFolder {
  #folder: string | null = null;
  #watcher: FSWatcher | null = null;
  /** One file at a time, in the order they settled. */
  #queue: Promise<unknown> = Promise.resolve();
  #switching: Promise<unknown> = Promise.resolve();
  readonly #seen = new Set<string>();
  readonly #listeners = new Set<(outcome: WatchOutcome) => void>();

  constructor(private readonly options: WatchedFolderOptions) {}

  get folder(): string | null {
    return this.#folder;
  }

  /**
   * Watches this folder instead of any other, or nothing for null. Refuses a path that is not an
   * absolute path to a folder, naming it; the folder watched before then stays watched.
   */
  async watch(folder: string | null): Promise<void> {
    // One change at a time: two quick changes of the setting never leave two watchers running.
    const next = this.#switching.then(() => this.#watch(folder));
    this.#switching = next.catch(() => {});
    return next;
  }

  async #watch(wanted: string | null): Promise<void> {
    if (wanted !== null) await checkFolder(wanted);
    const folder = wanted === null ? null : resolve(wanted);
    if (folder === this.#folder) return;
    await this.close();
    if (folder === null) return;
    this.#folder = folder;
    const settle = this.options.settleMs ?? 2000;
    const watcher = watch(folder, {
      // Only the folder itself: processed/ and error/ (and anything else in it) are not looked into.
      depth: 0,
      ignoreInitial: false,
      ignored: (path: string) => path !== folder && isTemporary(basename(path)),
      awaitWriteFinish: { stabilityThreshold: settle, pollInterval: Math.min(100, settle / 4) },
    });
    watcher.on('add', (path) => {
      if (this.#seen.has(path)) return;
      this.#seen.add(path);
      this.#queue = this.#queue.then(() => this.#take(folder, path)).catch(() => {});
    });
    watcher.on('unlink', (path) => this.#seen.delete(path));
    watcher.on('error', (err) =>
      this.options.onWarning?.(
        `The watched folder ${folder} could not be watched (${(err as Error).message}); choose it again in Preferences.`,
      ),
    );
    this.#watcher = watcher;
    await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  }

  /** Stops watching; a file being imported finishes first. */
  async close(): Promise<void> {
    const watcher = this.#watcher;
    this.#watcher = null;
    this.#folder = null;
    this.#seen.clear();
    await watcher?.close();
    await this.#queue;
  }

  /** Calls `listener` after each file is dealt with; returns the function that stops it. */
  onOutcome(listener: (outcome: WatchOutcome) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #take(folder: string, path: string): Promise<void> {
    const name = basename(path);
    // Gone already (moved away by hand), or no longer a file: nothing to do.
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return;
    let outcome: WatchOutcome;
    try {
      const bytes = await readInput(path);
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (await this.options.ledger.watchedFileImported(hash)) {
        outcome = await this.#move(folder, path, PROCESSED, false);
      } else {
        const result = await this.options.importFiles([{ name, bytes }]);
        if (result.documents.length > 0) {
          await this.options.ledger.recordWatchedFile(hash, name);
          outcome = await this.#move(folder, path, PROCESSED, true);
        } else {
          const reason = result.errors.map((e) => e.message).join('\n') || 'Nothing was imported.';
          outcome = await this.#move(folder, path, ERROR, false, reason);
        }
      }
    } catch (err) {
      outcome = await this.#move(folder, path, ERROR, false, (err as Error).message);
    }
    for (const listener of this.#listeners) listener(outcome);
  }

  /** Moves the file into the subfolder under a name not taken there, with the reason beside it. */
  async #move(
    folder: string,
    path: string,
    sub: typeof PROCESSED | typeof ERROR,
    imported: boolean,
    reason?: string,
  ): Promise<WatchOutcome> {
    const name = basename(path);
    try {
      const dir = join(folder, sub);
      await mkdir(dir, { recursive: true });
      const target = await unusedName(dir, name);
      if (reason !== undefined) await writeFile(`${target}.error.txt`, `${reason}\n`);
      await rename(path, target);
      return { name, to: sub === PROCESSED ? 'processed' : 'error', imported };
    } catch (err) {
      // Left in place: the record keeps an imported file from being imported again.
      this.options.onWarning?.(
        `"${name}" in the watched folder ${imported ? 'was imported but ' : ''}could not be moved to ${sub}/ (${(err as Error).message}); it was left where it is.`,
      );
      return { name, to: 'left', imported };
    }
  }
}

/** `name`, or `name (2).ext`, `name (3).ext`… : what is already in processed/ is never replaced. */
async function unusedName(dir: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    const taken = await stat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

/** Refuses, naming it, what cannot be watched: a relative path, or one that is not a folder. */
async function checkFolder(folder: string): Promise<void> {
  const fail = (why: string) => {
    throw Object.assign(new Error(`The watched folder ${folder} ${why}`), {
      code: 'invalid-folder',
    });
  };
  if (!isAbsolute(folder)) fail('is not a full path: choose it with Choose…, or type it whole.');
  const info = await stat(folder).catch(() => null);
  if (!info) fail('does not exist: create it first, or choose another.');
  else if (!info.isDirectory()) fail('is a file, not a folder.');
}
