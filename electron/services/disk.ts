// Writing bytes so that a full disk can never pass for a write. write(2) may write less than asked
// when the disk fills; write-file-atomic and fs.write callers that ignore `bytesWritten` then report a
// truncated file as saved. Every write here loops until each byte is on disk, or says why not.
// Used for the library's documents and for every export file.

import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fsyncSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';

export type DiskErrorCode = 'disk-full' | 'write-failed';

export class DiskError extends Error {
  constructor(
    readonly code: DiskErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'DiskError';
  }
}

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

const bytesOf = (data: string | Uint8Array) =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : data;

/**
 * A new file, opened so that it cannot be anything already there: O_EXCL fails on any existing
 * name, a symbolic link included, so a write never follows a link out of its folder.
 */
export class CheckedFile {
  #written = 0;

  private constructor(
    readonly path: string,
    readonly shownAs: string,
    private readonly handle: FileHandle,
  ) {}

  /** `shownAs` names the file in errors: the name the editor will see, not a temporary one. */
  static async create(path: string, shownAs = path): Promise<CheckedFile> {
    const flags =
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    try {
      return new CheckedFile(path, shownAs, await open(path, flags, 0o666));
    } catch (err) {
      throw diskError(err, shownAs, 0);
    }
  }

  get bytesWritten(): number {
    return this.#written;
  }

  /** Appends every byte of `data`; a short write is retried, a write of nothing is a full disk. */
  async write(data: string | Uint8Array): Promise<void> {
    const bytes = bytesOf(data);
    let offset = 0;
    while (offset < bytes.byteLength) {
      let wrote: number;
      try {
        ({ bytesWritten: wrote } = await this.handle.write(
          bytes,
          offset,
          bytes.byteLength - offset,
        ));
      } catch (err) {
        throw diskError(err, this.shownAs, this.#written);
      }
      if (wrote <= 0) throw diskError({ code: 'ENOSPC' }, this.shownAs, this.#written);
      offset += wrote;
      this.#written += wrote;
    }
  }

  /**
   * Closed, and flushed to the device first unless `sync` is off for a caller that flushes many
   * files together (syncFiles), which is several times faster than one flush after each.
   */
  async finish({ sync = true }: { sync?: boolean } = {}): Promise<void> {
    try {
      if (sync) await this.handle.sync();
      await this.handle.close();
    } catch (err) {
      await this.handle.close().catch(() => {});
      throw diskError(err, this.shownAs, this.#written);
    }
  }

  /** Closes and removes the file: after a failure, nothing half-written stays behind. */
  async discard(): Promise<void> {
    await this.handle.close().catch(() => {});
    await unlink(this.path).catch(() => {});
  }
}

/** Turns a system error into one that names the file and, for a full disk, says so plainly. */
export function diskError(err: unknown, shownAs: string, written?: number): DiskError {
  if (err instanceof DiskError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && FULL.has(code)) {
    const howFar = written === undefined ? '' : ` (${written} bytes were on disk when it stopped)`;
    return new DiskError(
      'disk-full',
      `The disk is full: "${shownAs}" could not be written${howFar}.`,
      {
        cause: err,
      },
    );
  }
  const reason =
    code === 'ENAMETOOLONG'
      ? 'the name is too long for this disk'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EEXIST'
          ? 'something by that name appeared while writing'
          : ((err as Error | undefined)?.message ?? String(err));
  return new DiskError('write-failed', `"${shownAs}" could not be written: ${reason}.`, {
    cause: err,
  });
}

/**
 * Flushes finished files to the device, several at a time: the disk's journal then commits many
 * in one go. `shownAs(path)` names a file in errors (a full disk can show only now).
 */
export async function syncFiles(paths: string[], shownAs: (path: string) => string): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++] as string;
      // Writable: Windows flushes only a handle opened for writing.
      const handle = await open(path, 'r+').catch((err: unknown) => {
        throw diskError(err, shownAs(path));
      });
      try {
        await handle.sync();
      } catch (err) {
        throw diskError(err, shownAs(path));
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, paths.length) }, worker));
}

/**
 * Replaces `path` with `data` atomically: a temporary file beside it, every byte checked, flushed,
 * then renamed over it. On any failure the previous version is untouched and the temporary removed.
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const file = await CheckedFile.create(temp, path);
  try {
    await file.write(data);
    await file.finish();
    await rename(temp, path);
  } catch (err) {
    await file.discard();
    throw diskError(err, path, file.bytesWritten);
  }
}

/**
 * writeFileAtomically for callers that cannot wait (preferences are set synchronously): every
 * byte checked, flushed, renamed over `path`; on failure `path` is untouched.
 */
export function writeFileAtomicallySync(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const bytes = bytesOf(data);
  let written = 0;
  let fd: number | null = null;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    while (written < bytes.byteLength) {
      const wrote = writeSync(fd, bytes, written, bytes.byteLength - written);
      if (wrote <= 0) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      written += wrote;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    throw diskError(err, path, written);
  }
}
