// Files reaching the app from outside the window: File > Open, the command line, a second launch,
// the OS. Each is read and imported on its own; refusals are reported, never dropped.

import { isAbsolute, resolve } from 'node:path';
import type { ImportFilesResult } from '../../shared/api';
import type { ApiHandlers } from '../services/api-handlers';
import { readInput } from '../services/read-input';
import { basename } from 'node:path';

/** File arguments in a launch's argv: what follows the executable (and the app path in development). */
export function filesFromArgv(argv: string[], cwd: string, packaged: boolean): string[] {
  return argv
    .slice(packaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

export async function importPaths(
  paths: string[],
  handlers: ApiHandlers,
): Promise<ImportFilesResult> {
  const result: ImportFilesResult = { documents: [], errors: [] };
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const path of paths) {
    try {
      files.push({ name: basename(path), bytes: await readInput(path) });
    } catch (error) {
      result.errors.push({
        name: basename(path),
        code: 'unreadable',
        message: (error as Error).message,
      });
    }
  }
  if (files.length === 0) return result;
  const imported = await handlers.importFiles({ files });
  if (!imported.ok) {
    for (const file of files) result.errors.push({ name: file.name, ...imported.error });
    return result;
  }
  result.documents.push(...imported.value.documents);
  result.errors.push(...imported.value.errors);
  return result;
}
