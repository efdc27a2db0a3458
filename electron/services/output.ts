// Writing a set of output files all or nothing. Every target is checked first (no silent overwrite,
// never a folder); the files are written into a temporary folder inside the target folder, so on
// the same disk, every byte checked (disk.ts); only when all are complete are they moved into place.
// On any failure nothing is left behind and the error says what happened. Links are never followed:
// files are created exclusively, and a rename over a link replaces the link itself.

import { Buffer } from 'node:buffer';
import { lstat, mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CheckedFile, DiskError, syncFiles, type DiskErrorCode } from './disk';

/** File systems allow 255 bytes a name (APFS, ext4; NTFS 255 UTF-16 units, never fewer). */
export const MAX_NAME_BYTES = 255;

export type OutputErrorCode = 'exists' | 'not-a-file' | 'bad-name' | 'cancelled' | DiskErrorCode;

export class OutputError extends Error {
  constructor(
    readonly code: OutputErrorCode,
    message: string,
    /** The names concerned: those already there for `exists`. */
    readonly names: string[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'OutputError';
  }
}

/** Where the files of one run go before they are complete. */
export interface OutputWriter {
  /** A new file for one of the planned names; write to it, then `finish()` it (flushed later). */
  create(name: string): Promise<CheckedFile>;
  /** Writes one planned file whole. */
  write(name: string, content: string | Uint8Array): Promise<void>;
}

function checkNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const bad =
      name === '' ||
      name === '.' ||
      name === '..' ||
      /[/\\\0]/.test(name) ||
      Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES;
    if (bad) throw new OutputError('bad-name', `"${name}" cannot be a file name.`, [name]);
    // Case-insensitive disks (Windows, macOS) would make two of these one file.
    const key = name.toLowerCase();
    if (seen.has(key)) throw new OutputError('bad-name', `Two files named "${name}".`, [name]);
    seen.add(key);
  }
}

const exists = (path: string) =>
  lstat(path).then(
    (stat) => stat,
    (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    },
  );

async function checkTargets(dir: string, names: string[], overwrite: boolean): Promise<void> {
  const there: string[] = [];
  for (const name of names) {
    const stat = await exists(join(dir, name));
    if (!stat) continue;
    if (stat.isDirectory()) {
      throw new OutputError('not-a-file', `"${name}" is a folder in ${dir}.`, [name]);
    }
    there.push(name);
  }
  if (there.length > 0 && !overwrite) {
    const shown = there.slice(0, 5).join(', ') + (there.length > 5 ? ', …' : '');
    throw new OutputError(
      'exists',
      `${there.length} file${there.length === 1 ? '' : 's'} already in ${dir}: ${shown}.`,
      there,
    );
  }
}

/** Moves the finished files into place; on a failure, puts back what it had moved and replaced. */
async function moveIntoPlace(dir: string, temp: string, names: string[], overwrite: boolean) {
  const done: { name: string; replaced: boolean }[] = [];
  try {
    for (const name of names) {
      const target = join(dir, name);
      const stat = await exists(target);
      const replaced = stat !== null;
      if (stat?.isDirectory()) {
        throw new OutputError('not-a-file', `"${name}" is a folder in ${dir}.`, [name]);
      }
      if (replaced) {
        if (!overwrite) throw new OutputError('exists', `"${name}" appeared in ${dir}.`, [name]);
        // A link is moved aside as a link: what it points to is never touched.
        await rename(target, join(temp, 'old', name));
      }
      await rename(join(temp, 'new', name), target);
      done.push({ name, replaced });
    }
  } catch (err) {
    for (const { name, replaced } of done.reverse()) {
      await rename(join(dir, name), join(temp, 'new', name)).catch(() => {});
      if (replaced) await rename(join(temp, 'old', name), join(dir, name)).catch(() => {});
    }
    throw err;
  }
}

/** Makes the renames durable where the system allows a folder to be flushed (not Windows). */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the files named `names` into `dir` (created if missing), all or nothing: `fill` writes each
 * through the writer; the files appear in `dir` only once every one is complete. Refuses, writing
 * nothing, when a name is taken and `overwrite` is off. Returns the paths written.
 */
export async function writeOutput(
  dir: string,
  names: string[],
  overwrite: boolean,
  fill: (out: OutputWriter) => Promise<void>,
): Promise<string[]> {
  checkNames(names);
  await mkdir(dir, { recursive: true });
  await checkTargets(dir, names, overwrite);
  // Inside the target folder: the same disk, so the final moves are renames that cannot half-happen.
  const temp = await mkdtemp(join(dir, '.copydesk-export-'));
  try {
    await mkdir(join(temp, 'new'));
    await mkdir(join(temp, 'old'));
    const planned = new Set(names);
    const created = new Map<string, CheckedFile>();
    const create = async (name: string) => {
      if (!planned.has(name) || created.has(name)) {
        throw new Error(`"${name}" is not a planned output file, or was written twice.`);
      }
      const file = await CheckedFile.create(join(temp, 'new', name), name);
      created.set(name, file);
      return file;
    };
    try {
      await fill({
        create,
        write: async (name, content) => {
          const file = await create(name);
          await file.write(content);
          await file.finish({ sync: false });
        },
      });
    } catch (err) {
      // Closed before the folder goes: Windows cannot remove a file still open.
      for (const file of created.values()) await file.discard();
      throw err;
    }
    const missing = names.filter((n) => !created.has(n));
    if (missing.length > 0) throw new Error(`Files planned but not written: ${missing.join(', ')}`);
    // Every byte on the device before any file takes its place.
    const newDir = join(temp, 'new');
    await syncFiles(
      names.map((name) => join(newDir, name)),
      (path) => basename(path),
    );
    await moveIntoPlace(dir, temp, names, overwrite);
    await syncFolder(dir);
  } catch (err) {
    if (err instanceof DiskError) throw new OutputError(err.code, err.message, [], { cause: err });
    throw err;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return names.map((name) => join(dir, name));
}
