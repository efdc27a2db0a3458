// Imports begun by the backend (File > Open, the OS, the clipboard, the watched folder) through the
// same importFiles as the window's drops; and the imports (or exports) in flight, by the id their
// client made, so cancelImport can reach their splits and cancelExport their writes. A cancel may
// arrive before its job (over HTTP the two requests can cross): it is kept for it.

import { basename } from 'node:path';
import type { ImportFilesResult } from '../../shared/api';
import { importLabel } from '../../shared/import-label';
import type { ApiHandlers } from './api-handlers';
import { readInput, ReadInputError } from './read-input';

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

export interface ImportOptions {
  /** Lets cancelImport stop the import. */
  importId?: string;
  /** Told what is being imported once the files are in memory, for the window to show it. */
  onStart?: (label: string) => void;
}

/** Reads and imports the files; one that cannot be read is reported by name, the others go on. */
export async function importPaths(
  paths: string[],
  handlers: ApiHandlers,
  options: ImportOptions = {},
): Promise<ImportFilesResult> {
  const unread: ImportFilesResult['errors'] = [];
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const path of paths) {
    try {
      files.push({ name: basename(path), bytes: await readInput(path) });
    } catch (error) {
      unread.push({
        name: basename(path),
        code: error instanceof ReadInputError ? error.code : 'unreadable',
        message: (error as Error).message,
      });
    }
  }
  const imported = await importData(files, handlers, options);
  return {
    documents: imported.documents,
    errors: [...unread, ...imported.errors],
  };
}

/**
 * Imports files already in memory (what importPaths read, or the clipboard), with the same
 * `importId` and `onStart` as importPaths; a refusal of the whole call is named for each file.
 */
export async function importData(
  files: { name: string; bytes: Uint8Array }[],
  handlers: ApiHandlers,
  { importId, onStart }: ImportOptions = {},
): Promise<ImportFilesResult> {
  if (files.length === 0) return { documents: [], errors: [] };
  onStart?.(importLabel(files.map((f) => ({ name: f.name, bytes: f.bytes.byteLength }))));
  const imported = await handlers.importFiles({ files, ...(importId ? { importId } : {}) });
  if (!imported.ok)
    return { documents: [], errors: files.map((f) => ({ name: f.name, ...imported.error })) };
  return imported.value;
}
