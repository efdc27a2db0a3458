import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiHandlers, openServices } from '../services/api-handlers';
import { filesFromArgv, importPaths } from './files';

describe('filesFromArgv', () => {
  it('takes the file arguments after the executable, resolved against the launch folder', () => {
    expect(
      filesFromArgv(['/opt/copydesk', 'a.txt', '--flag', '/abs/b.txt'], '/home/ed', true),
    ).toEqual(['/home/ed/a.txt', '/abs/b.txt']);
    expect(filesFromArgv(['electron', '.', 'c.txt'], '/src', false)).toEqual([
      resolve('/src/c.txt'),
    ]);
  });
});

describe('importPaths', () => {
  it('imports what it can read and reports, by name, what it cannot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-files-'));
    const good = join(dir, 'wire.txt');
    writeFileSync(
      good,
      'Headline Of The Day\n\nA paragraph of copy that is long enough to be taken for body text.\n',
    );
    const handlers = createApiHandlers(openServices(join(dir, 'data')));
    const result = await importPaths([join(dir, 'gone.txt'), good], handlers);
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
