import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckedFile, writeFileAtomically } from './disk';
import { FILE_SIZE_LIMIT_WORKS, runWithFileSizeLimit } from './testing/file-size-limit';

const fresh = () => mkdtempSync(join(tmpdir(), 'copydesk-disk-'));

describe('writeFileAtomically', () => {
  it('replaces the file with every byte and leaves no temporary file', async () => {
    const dir = fresh();
    const path = join(dir, 'doc.json');
    writeFileSync(path, 'old');
    await writeFileAtomically(path, 'new ✓');
    expect(readFileSync(path, 'utf8')).toBe('new ✓');
    expect(readdirSync(dir)).toEqual(['doc.json']);
  });

  it.skipIf(!FILE_SIZE_LIMIT_WORKS)(
    'on a full disk, fails saying so and keeps the previous version',
    () => {
      const run = runWithFileSizeLimit(
        `
        const { writeFileAtomically } = await import(repo + '/electron/services/disk.ts');
        const { writeFileSync, readFileSync } = await import('node:fs');
        const path = new URL('doc.json', import.meta.url).pathname;
        writeFileSync(path, 'previous version');
        try {
          await writeFileAtomically(path, 'x'.repeat(100_000));
          console.log('reported written');
        } catch (err) {
          console.log(err.code, err.message);
        }
        console.log('kept:', readFileSync(path, 'utf8'));
        `,
        50,
      );
      expect(run.stderr).toBe('');
      const lines = run.stdout.trim().split('\n');
      // The kernel wrote 51,200 of the 100,000 bytes, then refused: write-file-atomic 8 reports
      // exactly this case as written, leaving the truncated file in place of the document.
      expect(lines[0]).toMatch(
        /^disk-full The disk is full: ".*doc\.json" could not be written \(51200 bytes were on disk when it stopped\)\.$/,
      );
      expect(lines[1]).toBe('kept: previous version');
      expect(readdirSync(run.dir).sort()).toEqual(['doc.json', 'script.mjs']);
    },
  );
});

describe('CheckedFile', () => {
  it('never opens an existing name, a symbolic link included', async () => {
    const dir = fresh();
    const outside = join(fresh(), 'target.txt');
    writeFileSync(outside, 'outside the folder');
    symlinkSync(outside, join(dir, 'story.txt'));
    const err = await CheckedFile.create(join(dir, 'story.txt'), 'story.txt').catch((e) => e);
    expect(err).toMatchObject({ code: 'write-failed' });
    expect((err as Error).message).toBe(
      '"story.txt" could not be written: something by that name appeared while writing.',
    );
    expect(readFileSync(outside, 'utf8')).toBe('outside the folder');
    expect(lstatSync(join(dir, 'story.txt')).isSymbolicLink()).toBe(true);
  });

  it('names the file as the editor knows it when the system refuses the name', async () => {
    const err = await CheckedFile.create(join(fresh(), 'x'.repeat(300)), 'A long name.txt').catch(
      (e) => e,
    );
    expect((err as Error).message).toBe(
      '"A long name.txt" could not be written: the name is too long for this disk.',
    );
  });
});
