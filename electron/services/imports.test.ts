import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, tooLargeMessage } from '../../shared/api';
import { createApiHandlers, openServices } from './api-handlers';
import { importPaths } from './imports';

describe('importPaths', () => {
  it('imports what it can read and reports, by name, what it cannot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-files-'));
    const good = join(dir, 'wire.txt');
    writeFileSync(
      good,
      'Headline Of The Day\n\nA paragraph of copy that is long enough to be taken for body text.\n',
    );
    const handlers = createApiHandlers(openServices(join(dir, 'data')));
    const started: string[] = [];
    const result = await importPaths([join(dir, 'gone.txt'), good], handlers, {
      importId: 'menu-1',
      onStart: (label) => started.push(label),
    });
    expect(started).toEqual(['Importing wire.txt (1 KB): decoding and splitting…']);
    expect(result.documents).toMatchObject([{ name: 'wire.txt', storyCount: 1 }]);
    expect(result.errors).toEqual([
      {
        name: 'gone.txt',
        code: 'unreadable',
        message: `"${join(dir, 'gone.txt')}" was not found.`,
      },
    ]);
  });
});

describe('importPaths, files it must not read', () => {
  it('refuses a file over the limit and a device before reading them, and imports the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-files-'));
    const good = join(dir, 'wire.txt');
    writeFileSync(
      good,
      'Headline Of The Day\n\nA paragraph of copy that is long enough to be body text.\n',
    );
    const big = join(dir, 'dump.txt');
    writeFileSync(big, '');
    truncateSync(big, 2 * MAX_FILE_BYTES);
    const device = process.platform === 'win32' ? [] : ['/dev/zero'];
    const handlers = createApiHandlers(openServices(join(dir, 'data')));
    const result = await importPaths([big, ...device, good], handlers);
    expect(result.documents).toMatchObject([{ name: 'wire.txt' }]);
    expect(result.errors).toEqual([
      { name: 'dump.txt', code: 'too-large', message: tooLargeMessage(big, 2 * MAX_FILE_BYTES) },
      ...device.map((path) => ({
        name: 'zero',
        code: 'not-a-file',
        message: `"${path}" is a device, not a file: Copydesk reads only files.`,
      })),
    ]);
  });
});

describe('importPaths, cancelled', () => {
  it('reports each file read as cancelled when its import is cancelled before it splits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-files-'));
    const file = join(dir, 'wire.txt');
    writeFileSync(file, 'Headline Of The Day\n\nA paragraph of copy.\n');
    const handlers = createApiHandlers(openServices(join(dir, 'data')));
    // The window cancelled as soon as it heard of the import.
    const result = await importPaths([file], handlers, {
      importId: 'menu-2',
      onStart: () => void handlers.cancelImport({ importId: 'menu-2' }),
    });
    expect(result).toEqual({
      documents: [],
      errors: [
        {
          name: 'wire.txt',
          code: 'cancelled',
          message: 'The import of "wire.txt" was cancelled: nothing was stored.',
        },
      ],
    });
  });
});
