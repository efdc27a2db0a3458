import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeExportFiles, type FileJob } from './export-files';
import { OutputError, writeOutput } from './output';
import { FILE_SIZE_LIMIT_WORKS, runWithFileSizeLimit } from './testing/file-size-limit';

const folder = () => mkdtempSync(join(tmpdir(), 'copydesk-output-'));
const text = (s: string) => new TextEncoder().encode(s);
const jobs = (...names: string[]): FileJob[] =>
  names.map((name) => ({ name, make: () => text(`copy of ${name}`) }));
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as OutputError,
  );

describe('writeExportFiles', () => {
  it('writes every file, and only the files: no temporary folder stays', async () => {
    const dir = folder();
    expect(await writeExportFiles(dir, jobs('a.txt', 'b.txt'), { overwrite: false })).toEqual([
      'a.txt',
      'b.txt',
    ]);
    expect(readdirSync(dir)).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('copy of b.txt');
  });

  it('leaves nothing behind when a file fails half-way, and says how far it got', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'b.txt'), 'the editor’s own');
    const many = jobs('a.txt', 'b.txt', 'c.txt', 'd.txt');
    many[2] = {
      name: 'c.txt',
      make: () =>
        Promise.reject(
          new OutputError('disk-full', 'The disk is full: "c.txt" could not be written.'),
        ),
    };
    const err = await failure(writeExportFiles(dir, many, { overwrite: true }));
    expect(err?.code).toBe('disk-full');
    expect(err?.message).toBe(
      `The disk is full: "c.txt" could not be written. The export stopped after 2 of 4 files. Nothing was written to ${dir}.`,
    );
    expect(readdirSync(dir)).toEqual(['b.txt']);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('the editor’s own');
  });

  it('refuses before writing when a name is taken, or is a folder', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'b.txt'), 'mine');
    mkdirSync(join(dir, 'c.txt'));
    const taken = await failure(
      writeExportFiles(dir, jobs('a.txt', 'b.txt'), { overwrite: false }),
    );
    expect(taken).toMatchObject({ code: 'exists', names: ['b.txt'] });
    expect(taken?.message).toBe(`1 file already in ${dir}: b.txt. Nothing was written to ${dir}.`);
    const folderThere = await failure(writeExportFiles(dir, jobs('c.txt'), { overwrite: true }));
    expect(folderThere).toMatchObject({ code: 'not-a-file' });
    expect(readdirSync(dir).sort()).toEqual(['b.txt', 'c.txt']);
  });

  it('replaces a symbolic link itself and never writes through it', async () => {
    const dir = folder();
    const outside = join(folder(), 'passwd');
    writeFileSync(outside, 'outside the chosen folder');
    symlinkSync(outside, join(dir, 'story.txt'));
    const refused = await failure(writeExportFiles(dir, jobs('story.txt'), { overwrite: false }));
    expect(refused?.code).toBe('exists');
    await writeExportFiles(dir, jobs('story.txt'), { overwrite: true });
    expect(readFileSync(outside, 'utf8')).toBe('outside the chosen folder');
    expect(lstatSync(join(dir, 'story.txt')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'story.txt'), 'utf8')).toBe('copy of story.txt');
  });

  it('streams the files into one zip', async () => {
    const dir = folder();
    const seen: number[] = [];
    const names = await writeExportFiles(dir, jobs('a.txt', 'b.txt', 'c.txt'), {
      overwrite: false,
      zip: 'stories.zip',
      onProgress: (done) => seen.push(done),
    });
    expect(names).toEqual(['stories.zip']);
    expect(seen).toEqual([1, 2, 3]);
    const entries = unzipSync(readFileSync(join(dir, 'stories.zip')));
    expect(Object.keys(entries)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(new TextDecoder().decode(entries['c.txt'])).toBe('copy of c.txt');
  });

  it.skipIf(!FILE_SIZE_LIMIT_WORKS)(
    'on a disk that fills mid-export, writes nothing and says which file and how far',
    () => {
      const run = runWithFileSizeLimit(
        `
        const { writeExportFiles } = await import(repo + '/electron/services/export-files.ts');
        const { readdirSync } = await import('node:fs');
        const dir = new URL('out/', import.meta.url).pathname;
        const sizes = [10_000, 20_000, 100_000, 10_000];
        const jobs = sizes.map((n, i) => ({ name: 'story-' + (i + 1) + '.txt', make: () => new Uint8Array(n).fill(65) }));
        try {
          await writeExportFiles(dir, jobs, { overwrite: false });
          console.log('reported written');
        } catch (err) {
          console.log(err.code + ': ' + err.message);
        }
        console.log('left: ' + JSON.stringify(readdirSync(dir)));
        `,
        50,
      );
      expect(run.stderr).toBe('');
      const [message, left] = run.stdout.trim().split('\n');
      expect(message).toBe(
        `disk-full: The disk is full: "story-3.txt" could not be written (51200 bytes were on disk when it stopped). The export stopped after 2 of 4 files. Nothing was written to ${join(run.dir, 'out/')}.`,
      );
      expect(left).toBe('left: []');
    },
  );
});

describe('writeOutput', () => {
  it('puts back what it had moved when a folder appears in place of a file mid-way', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'old a');
    const err = await failure(
      writeOutput(dir, ['a.txt', 'b.txt'], true, async (out) => {
        await out.write('a.txt', 'new a');
        await out.write('b.txt', 'new b');
        mkdirSync(join(dir, 'b.txt'));
      }),
    );
    expect(err).toMatchObject({ code: 'not-a-file' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old a');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses names a file system cannot hold', async () => {
    for (const name of ['../x.txt', 'a/b.txt', '..', `${'字'.repeat(86)}.txt`]) {
      expect(await failure(writeOutput(folder(), [name], false, async () => {}))).toMatchObject({
        code: 'bad-name',
      });
    }
    const twice = await failure(writeOutput(folder(), ['A.txt', 'a.txt'], false, async () => {}));
    expect(twice?.message).toBe('Two files named "a.txt".');
  });
});
