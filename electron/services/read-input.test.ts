import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, megabytes, tooLargeMessage } from '../../shared/api';
import { readInput, ReadInputError } from './read-input';

const POSIX = process.platform !== 'win32';
const LINUX = process.platform === 'linux';

async function refusal(promise: Promise<unknown>): Promise<ReadInputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReadInputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const dir = () => mkdtempSync(join(tmpdir(), 'copydesk-read-'));

describe('readInput', () => {
  it('reads a regular file whole', async () => {
    const file = join(dir(), 'wire.txt');
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => 32 + (i % 90));
    writeFileSync(file, bytes);
    expect(await readInput(file)).toEqual(bytes);
  });

  it('reads a file of exactly the limit and refuses one byte more, naming the file', async () => {
    const folder = dir();
    writeFileSync(join(folder, 'at.txt'), 'x'.repeat(100));
    writeFileSync(join(folder, 'over.txt'), 'x'.repeat(101));
    expect((await readInput(join(folder, 'at.txt'), 100)).length).toBe(100);
    const error = await refusal(readInput(join(folder, 'over.txt'), 100));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(join(folder, 'over.txt'));
  });

  it('refuses a sparse file past the limit from its size, reading none of it', async () => {
    const folder = dir();
    const file = join(folder, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 13 * 1024 ** 3); // 13 GB of holes: reading it would take minutes and 13 GB
    const started = performance.now();
    const error = await refusal(readInput(file));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(tooLargeMessage(file, 13 * 1024 ** 3));
    expect(error.message).toBe(
      `"${file}" is 13 GB, more than the 64 MB Copydesk reads: split it into smaller files.`,
    );
  });

  it('refuses a file one byte over the app limit, stating both sizes', async () => {
    const file = join(dir(), 'big.txt');
    writeFileSync(file, '');
    truncateSync(file, MAX_FILE_BYTES + 1);
    const error = await refusal(readInput(file));
    expect(error.message).toBe(
      `"${file}" is 64.1 MB, more than the 64 MB Copydesk reads: split it into smaller files.`,
    );
  });

  it.skipIf(!LINUX)(
    'stops at the limit when the file holds more than its size says (or grows while read)',
    async () => {
      // /proc files say they are empty and are not: only the read itself finds out how long they are.
      expect((await readInput('/proc/self/status')).length).toBeGreaterThan(100);
      const error = await refusal(readInput('/proc/self/status', 100));
      expect(error.code).toBe('too-large');
      expect(error.message).toBe('"/proc/self/status" is larger than the 100 bytes allowed.');
    },
  );

  it.skipIf(!POSIX)('refuses /dev/zero and /dev/urandom as devices, without reading', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const error = await refusal(readInput(device));
      expect(error.code).toBe('not-a-file');
      expect(error.message).toBe(`"${device}" is a device, not a file: Copydesk reads only files.`);
    }
  });

  it.skipIf(!POSIX)(
    'refuses a named pipe without waiting for a writer',
    async () => {
      const fifo = join(dir(), 'feed.txt');
      execFileSync('mkfifo', [fifo]);
      const error = await refusal(readInput(fifo));
      expect(error.code).toBe('not-a-file');
      expect(error.message).toBe(`"${fifo}" is a pipe, not a file: Copydesk reads only files.`);
    },
    5_000,
  );

  it('refuses a folder and a missing file, naming them', async () => {
    const folder = join(dir(), 'stories');
    mkdirSync(folder);
    expect(await refusal(readInput(folder))).toMatchObject({
      code: 'not-a-file',
      message: `"${folder}" is a folder, not a file.`,
    });
    const gone = join(folder, 'gone.txt');
    expect(existsSync(gone)).toBe(false);
    expect(await refusal(readInput(gone))).toMatchObject({
      code: 'unreadable',
      message: `"${gone}" was not found.`,
    });
  });

  it('refuses an image or archive from its first bytes', async () => {
    const file = join(dir(), 'photo.txt');
    const png = new Uint8Array(5 * 1024 * 1024);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    writeFileSync(file, png);
    expect(await refusal(readInput(file))).toMatchObject({
      code: 'binary',
      message: `"${file}" is a PNG image, not a text file.`,
    });
  });
});

describe('the limit as stated', () => {
  it.each([
    [64 * 1024 ** 2, '64 MB'],
    [64 * 1024 ** 2 + 1, '64.1 MB'],
    [200 * 1024 ** 2, '200 MB'],
    [1.25 * 1024 ** 3, '1.3 GB'],
  ])('%i bytes are %s', (bytes, shown) => {
    expect(megabytes(bytes)).toBe(shown);
  });
});
