// Reading a file the editor named (CLI argument, File > Open, the OS), safely whatever it is: only a
// regular file, checked before a byte is read (a FIFO or /dev/urandom would never end, /dev/zero
// would fill the memory), and never more than MAX_FILE_BYTES (a file that grows while it is read is
// caught too). The system's errors become sentences that name the file.

import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { MAX_FILE_BYTES, tooLargeMessage } from '../../shared/api';
import { binaryKind } from './decode';

export type ReadInputErrorCode = 'unreadable' | 'not-a-file' | 'too-large' | 'binary';

export class ReadInputError extends Error {
  constructor(
    readonly code: ReadInputErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ReadInputError';
  }
}

const WORD_FILE = /\.docx$/i;
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);

/** How far a read goes before looking at what it has (and how much more memory it asks for at once). */
const CHUNK = 1024 * 1024;

/** What a file that is not a regular file is, for the refusal. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function check(file: string, stats: Stats, limit: number): void {
  if (!stats.isFile()) {
    const kind = kindOf(stats);
    throw new ReadInputError(
      'not-a-file',
      kind === 'a folder'
        ? `"${file}" is a folder, not a file.`
        : `"${file}" is ${kind}, not a file: Copydesk reads only files.`,
    );
  }
  if (stats.size > limit) throw new ReadInputError('too-large', tooLarge(file, stats.size, limit));
}

const tooLarge = (file: string, bytes: number | undefined, limit: number) =>
  limit === MAX_FILE_BYTES
    ? tooLargeMessage(file, bytes)
    : `"${file}" is larger than the ${limit} bytes allowed.`;

/**
 * The file's bytes, at most `limit` of them (the app's MAX_FILE_BYTES unless a test says otherwise).
 * Refuses, with a ReadInputError naming the file and reading nothing: what is not a regular file,
 * a file over the limit, and (from its first bytes) an image, archive (but a Word file) or other
 * known binary kind.
 */
export async function readInput(file: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    // Looked at before opening: opening a FIFO waits for a writer.
    check(file, await stat(file), limit);
    // Non-blocking, in case the file was swapped for a FIFO since: then fstat below refuses it.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = await handle.stat();
    check(file, stats, limit);
    return await readAtMost(handle, file, stats.size, limit);
  } catch (error) {
    if (error instanceof ReadInputError) throw error;
    throw systemError(file, error);
  } finally {
    await handle?.close();
  }
}

/** Reads to the end, refusing once more than `limit` bytes came (the size said fewer, or it grew). */
async function readAtMost(
  handle: FileHandle,
  file: string,
  expected: number,
  limit: number,
): Promise<Uint8Array> {
  // One byte past what stat said, so the end is seen in one read; grown in chunks when it is not.
  let buffer = new Uint8Array(Math.min(limit + 1, expected + 1));
  let length = 0;
  let sniffed = false;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) throw new ReadInputError('too-large', tooLarge(file, undefined, limit));
      const grown = new Uint8Array(Math.min(limit + 1, buffer.length + CHUNK));
      grown.set(buffer);
      buffer = grown;
    }
    const want = Math.min(buffer.length - length, CHUNK);
    const { bytesRead } = await handle.read(buffer, length, want, null);
    if (bytesRead === 0) break;
    length += bytesRead;
    if (!sniffed && length >= 16) {
      sniffed = true;
      const kind = binaryKind(buffer.subarray(0, length));
      // A Word file is a zip: read whole, its contents checked as it is opened (sources/unzip.ts).
      if (kind && !(WORD_FILE.test(file) && kind === binaryKind(ZIP))) {
        throw new ReadInputError('binary', `"${file}" is ${kind}, not a text file.`);
      }
    }
  }
  if (length > limit) throw new ReadInputError('too-large', tooLarge(file, undefined, limit));
  return length === buffer.length ? buffer : buffer.slice(0, length);
}

function systemError(file: string, error: unknown): ReadInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const cause = { cause: error };
  if (code === 'ENOENT') return new ReadInputError('unreadable', `"${file}" was not found.`, cause);
  if (code === 'EISDIR')
    return new ReadInputError('not-a-file', `"${file}" is a folder, not a file.`, cause);
  if (code === 'EACCES' || code === 'EPERM') {
    return new ReadInputError('unreadable', `"${file}" cannot be read: permission denied.`, cause);
  }
  return new ReadInputError(
    'unreadable',
    `"${file}" cannot be read: ${(error as Error).message}`,
    cause,
  );
}
