import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv } from './files';

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
