// Files reaching the app from outside the window: File > Open, the command line, a second launch,
// the OS. Each is read and imported on its own; refusals are reported, never dropped.

import { isAbsolute, resolve } from 'node:path';
import type { ImportFilesResult } from '../../shared/api';
import { importLabel } from '../../shared/import-label';
import type { ApiHandlers } from '../services/api-handlers';
import { readInput, ReadInputError } from '../services/read-input';
import { basename } from 'node:path';

/** File arguments in a launch's argv: what follows the executable (and the app path in development). */
export function filesFromArgv(argv: string[], cwd: string, packaged: boolean): string[] {
  return argv
    .slice(packaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
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
