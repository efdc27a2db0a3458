// Crash safety of the library against the real system: a child process saves edits as fast as it
// can, saying which ones the library acknowledged, and is killed with SIGKILL at a random moment,
// again and again. After every kill the library must open, the document must load whole and valid,
// and every acknowledged save must be there (at most the one in flight when it died is lost). And
// an import killed while its later stories are still being stored opens whole, or, killed before
// its text was stored, is removed and named: never half there.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_STORIES } from '../../shared/api';
import { makeCaption, renderDump, rng, SEED_LAYOUT } from '../../shared/testing/dumps';
import { Library } from './library';

const REPO = resolve(import.meta.dirname, '../..');
const SAMPLE = resolve(REPO, 'resources/samples/harbour-and-fishermen.txt');
const KILLS = 8;

/** The editor's side: edits the first story's headline to `edit N` and saves, N = 1, 2, 3... */
const EDITOR = `
const { Library } = await import(process.env.REPO + '/electron/services/library.ts');
const { documentChanges } = await import(process.env.REPO + '/shared/document.ts');
const library = new Library(process.env.DATA);
let doc = await library.load(process.env.DOC);
let n = Number(/edit (\\d+)/.exec(doc.stories[0].headline)?.[1] ?? 0);
for (;;) {
  n += 1;
  const next = { ...doc, stories: [{ ...doc.stories[0], headline: 'edit ' + n }, ...doc.stories.slice(1)] };
  const { revision, updatedAt } = await library.update(documentChanges(doc, next, doc.revision));
  doc = { ...next, revision, updatedAt };
  process.stdout.write('saved ' + n + '\\n');
}
`;

/** The importer's side: imports the dump, says so with the document's id, and waits to be killed. */
const IMPORTER = `
const { readFile } = await import('node:fs/promises');
const { Library } = await import(process.env.REPO + '/electron/services/library.ts');
const library = new Library(process.env.DATA);
const bytes = new Uint8Array(await readFile(process.env.DUMP));
const { id } = await library.import({ name: 'big.txt', bytes });
process.stdout.write('answered ' + id + '\\n');
setInterval(() => {}, 1000);
`;

let dir: string;
let script: string;
let docId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-crash-'));
  script = join(dir, 'editor.mjs');
  await writeFile(script, EDITOR);
  const library = new Library(join(dir, 'data'));
  docId = (await library.import({ name: 'sample.txt', bytes: await readFile(SAMPLE) })).id;
  library.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the editor until it has saved `after` edits more, then kills it; the last edit it saw saved. */
function editThenKill(after: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: REPO,
      env: { ...process.env, REPO, DATA: join(dir, 'data'), DOC: docId },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let seen = 0;
    let acked = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        acked = Number(line.slice('saved '.length));
        if (++seen === after) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    // 'close', not 'exit': every line the editor printed before it died has been read by then.
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') done(acked);
      else fail(new Error(`the editor stopped by itself (${code}): ${err}`));
    });
  });
}

/** Runs the importer and kills it `delay` ms after its import is answered; the document's id. */
function importThenKill(dump: string, delay: number): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(dir, 'importer.mjs')], {
      cwd: REPO,
      env: { ...process.env, REPO, DATA: join(dir, 'imports'), DUMP: dump },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let id = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const answered = /answered (\S+)\n/.exec(out);
      if (answered && !id) {
        id = answered[1] as string;
        setTimeout(() => child.kill('SIGKILL'), delay);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL' && id) done(id);
      else fail(new Error(`the importer stopped by itself (${code}): ${err}`));
    });
  });
}

describe('Library after kill -9', () => {
  it(`opens whole with every acknowledged save after ${KILLS} kills mid-save`, async () => {
    const random = (() => {
      let seed = 7;
      return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    })();
    let last = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const acked = await editThenKill(5 + Math.floor(random() * 40));
      expect(acked).toBeGreaterThan(last);
      const library = new Library(join(dir, 'data'));
      try {
        expect((await library.list()).problems).toEqual([]);
        const doc = await library.load(docId);
        const headline = doc.stories[0]?.headline ?? '';
        const stored = Number(/^edit (\d+)$/.exec(headline)?.[1]);
        // What was acknowledged is on disk; the save in flight at the kill may have landed too.
        expect([acked, acked + 1]).toContain(stored);
        expect(doc.stories).toHaveLength(2);
        last = stored;
      } finally {
        library.close();
      }
    }
  }, 120_000);

  it('opens an import killed while storing its stories whole, or names it removed', async () => {
    await writeFile(join(dir, 'importer.mjs'), IMPORTER);
    const count = FIRST_STORIES * 8;
    const random = rng(3);
    const stories = Array.from({ length: count }, (_, i) => ({
      headline: `Harbour Council Story Number ${i + 1} Is Filed`,
      captions: [makeCaption(random)],
      body: [`The council said on Monday that story ${i + 1} would be reviewed after the storms.`],
    }));
    const dump = join(dir, 'big.txt');
    await writeFile(dump, renderDump(stories, SEED_LAYOUT, random));
    // At once (its text and later stories still in the split thread), then as they are stored.
    for (const delay of [0, 20, 60, 1500]) {
      const id = await importThenKill(dump, delay);
      const library = new Library(join(dir, 'imports'));
      try {
        const { documents, problems } = await library.list();
        if (documents.some((d) => d.id === id)) {
          // Whole: stored before the kill, or split again from its text.
          const doc = await library.load(id);
          expect(doc.stories.map((s) => s.headline)).toEqual(stories.map((s) => s.headline));
          expect((await library.summary(id)).storyCount).toBe(count);
        } else {
          // Killed before its text was stored: removed, and named, never half there.
          expect(problems.map((p) => p.message).join('\n')).toMatch(
            /"big\.txt" .* import it again/,
          );
        }
      } finally {
        library.close();
      }
    }
  }, 120_000);
});
