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

/**
 * Reads and imports the files. With `importId`, the import can be cancelled through cancelImport;
 * `onStart` is told what is being imported once the files are read, for the window to show it.
 */
export async function importPaths(
  paths: string[],
  handlers: ApiHandlers,
  { importId, onStart }: { importId?: string; onStart?: (label: string) => void } = {},
): Promise<ImportFilesResult> {
  const result: ImportFilesResult = { documents: [], errors: [] };
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const path of paths) {
    try {
      files.push({ name: basename(path), bytes: await readInput(path) });
    } catch (error) {
      result.errors.push({
        name: basename(path),
        code: error instanceof ReadInputError ? error.code : 'unreadable',
        message: (error as Error).message,
      });
    }
  }
  if (files.length === 0) return result;
  onStart?.(importLabel(files.map((f) => ({ name: f.name, bytes: f.bytes.byteLength }))));
  const imported = await handlers.importFiles({ files, ...(importId ? { importId } : {}) });
  if (!imported.ok) {
    for (const file of files) result.errors.push({ name: file.name, ...imported.error });
    return result;
  }
  result.documents.push(...imported.value.documents);
  result.errors.push(...imported.value.errors);
  return result;
}
