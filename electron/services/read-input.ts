// Reading a file the editor named (CLI argument, File > Open, the OS), with the system's errors turned
// into sentences that name the file.

import { readFile } from 'node:fs/promises';

export class ReadInputError extends Error {
  readonly code = 'unreadable';
}

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause = { cause: error };
    if (code === 'ENOENT') throw new ReadInputError(`"${file}" was not found.`, cause);
    if (code === 'EISDIR') throw new ReadInputError(`"${file}" is a folder, not a file.`, cause);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new ReadInputError(`"${file}" cannot be read: permission denied.`, cause);
    }
    throw new ReadInputError(`"${file}" cannot be read: ${(error as Error).message}`, cause);
  }
}
