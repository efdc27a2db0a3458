// The document library on a real temp folder: atomic writes, .bak, queued saves, damaged files moved aside.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDocument,
  DOCUMENT_SCHEMA_VERSION,
  type CopydeskDocument,
} from '../../shared/document';
import { fakeSplitPool } from './fake-split-pool';
import { Library, LibraryError } from './library';
import { FILE_SIZE_LIMIT_WORKS, runWithFileSizeLimit } from './testing/file-size-limit';

const SAMPLE = resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt');

let dir: string;
let library: Library;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-library-'));
  library = new Library(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const docsDir = () => join(dir, 'documents');

async function importSample(name = 'harbour-and-fishermen.txt'): Promise<CopydeskDocument> {
  return library.import({ name, bytes: new Uint8Array(await readFile(SAMPLE)) });
}

function emptyDoc(id: string, name = 'empty.txt'): CopydeskDocument {
  return createDocument({
    id,
    name,
    decoded: { text: 'x', encoding: 'UTF-8', lineEndings: 'none' },
    stories: [],
    now: new Date('2026-01-01T00:00:00Z'),
  });
}

async function rejection(p: Promise<unknown>): Promise<LibraryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LibraryError);
  return err as LibraryError;
}

describe('Library', () => {
  it('imports the sample: 2 stories, the source text kept, every story new', async () => {
    const doc = await importSample();
    expect(doc.stories).toHaveLength(2);
    expect(doc.source.text).toBe((await readFile(SAMPLE, 'utf8')).replace(/\r\n?/g, '\n'));
    expect(doc.source.encoding).toMatch(/utf-?8/i);
    expect(Object.values(doc.reviews)).toEqual(['new', 'new']);
    expect(doc.selectedStoryId).toBe(doc.stories[0]?.id);
    expect(doc.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await library.load(doc.id)).toEqual(doc);
  });

  it('round-trips an edited document and lists its summary', async () => {
    const doc = await importSample();
    const first = doc.stories[0]!;
    const edited: CopydeskDocument = {
      ...doc,
      stories: [
        { ...first, headline: 'Edited', body: [{ text: 'New', lines: [], dir: 'rtl' }] },
        ...doc.stories.slice(1),
      ],
      reviews: { ...doc.reviews, [first.id]: 'approved' },
    };
    const saved = await library.save(edited);
    expect(await library.load(doc.id)).toEqual(saved);

    const { documents, problems } = await library.list();
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        id: doc.id,
        name: 'harbour-and-fishermen.txt',
        importedAt: doc.importedAt,
        updatedAt: saved.updatedAt,
        storyCount: 2,
        approvedCount: 1,
        captionCount: 2,
        removedCount: 10,
        uncertainCount: 0,
      },
    ]);
  });

  it('writes atomically: no temp files left, the previous version kept as .bak', async () => {
    const doc = await importSample();
    await library.save({ ...doc, selectedStoryId: doc.stories[1]!.id });
    const files = (await readdir(docsDir())).sort();
    expect(files).toEqual([`${doc.id}.json`, `${doc.id}.json.bak`]);
    const bak = JSON.parse(await readFile(join(docsDir(), `${doc.id}.json.bak`), 'utf8'));
    expect(bak.selectedStoryId).toBe(doc.stories[0]!.id);
  });

  it('serialises concurrent saves of one document: the last wins, the file always valid', async () => {
    const doc = await importSample();
    const path = join(docsDir(), `${doc.id}.json`);
    const names = Array.from({ length: 20 }, (_, i) => `name ${i}`);
    const reads: Promise<void>[] = [];
    const saves = names.map((name) => {
      reads.push(readFile(path, 'utf8').then((text) => void JSON.parse(text)));
      return library.save({ ...doc, name });
    });
    await Promise.all([...saves, ...reads]);
    expect((await library.load(doc.id)).name).toBe('name 19');
    expect(await readdir(docsDir())).toHaveLength(2);
  });

  it('refuses to save an invalid document, writing nothing', async () => {
    const doc = emptyDoc('a1');
    const err = await rejection(library.save({ ...doc, importedAt: 'yesterday' }));
    expect(err.code).toBe('invalid-document');
    expect(existsSync(join(docsDir(), 'a1.json'))).toBe(false);
  });

  it('moves a file that is not JSON aside, reports it, and still lists the others', async () => {
    const good = await importSample();
    await writeFile(join(docsDir(), 'broken.json'), '{"schemaVersion": 1, "id": "bro');
    const { documents, problems } = await library.list();
    expect(documents.map((d) => d.id)).toEqual([good.id]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('broken.json');
    expect(problems[0]!.message).toMatch(/damaged: it is not valid JSON.*moved to/);
    expect(existsSync(join(docsDir(), 'broken.json'))).toBe(false);
    const aside = await readdir(join(dir, 'corrupt'));
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/^broken-.*\.json$/);
    // Still reported on the next listing, though the file has left documents/.
    expect((await library.list()).problems).toHaveLength(1);
  });

  it('moves aside a file of the wrong shape, naming the document', async () => {
    const doc = { ...emptyDoc('w1', 'Monday dump.txt'), stories: [{ headline: 3 }] };
    await mkdir(docsDir(), { recursive: true });
    await writeFile(join(docsDir(), 'w1.json'), JSON.stringify(doc));
    const { documents, problems } = await library.list();
    expect(documents).toEqual([]);
    expect(problems[0]!.message).toMatch(/"Monday dump.txt" is damaged.*stories\.0/);
    const err = await rejection(library.load('w1'));
    expect(err.code).toBe('not-found');
  });

  it('reports an unreadable file (here a folder) and loads the rest', async () => {
    await library.save(emptyDoc('ok1'));
    await mkdir(join(docsDir(), 'dir1.json'));
    const { documents, problems } = await library.list();
    expect(documents.map((d) => d.id)).toEqual(['ok1']);
    expect(problems[0]!.message).toMatch(/could not be read/);
  });

  it('restores the .bak when the current file is damaged, and says so', async () => {
    const doc = await library.save(emptyDoc('r1', 'first'));
    await library.save({ ...doc, name: 'second' });
    await writeFile(join(docsDir(), 'r1.json'), 'garbage');
    // Damage happens between sessions (a crash, a disk fault): the next start finds it.
    const restarted = new Library(dir);
    const loaded = await restarted.load('r1');
    expect(loaded.name).toBe('first');
    const { documents, problems } = await restarted.list();
    expect(documents.map((d) => d.name)).toEqual(['first']);
    expect(problems[0]!.message).toMatch(/previous saved version .* was restored/);
    expect(await readdir(join(dir, 'corrupt'))).toHaveLength(1);
  });

  it('refuses a document from a newer Copydesk and leaves it in place', async () => {
    await mkdir(docsDir(), { recursive: true });
    const path = join(docsDir(), 'n1.json');
    const content = JSON.stringify({
      ...emptyDoc('n1', 'Future.txt'),
      schemaVersion: DOCUMENT_SCHEMA_VERSION + 1,
    });
    await writeFile(path, content);
    const { documents, problems } = await library.list();
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      { file: 'n1.json', message: expect.stringMatching(/"Future.txt" was saved by a newer/) },
    ]);
    const err = await rejection(library.load('n1'));
    expect(err.code).toBe('newer-schema');
    expect(await readFile(path, 'utf8')).toBe(content);
    expect(existsSync(join(dir, 'corrupt'))).toBe(false);
  });

  it('opens a document stored by format 1, its caption text no longer repeating the dateline', async () => {
    await mkdir(docsDir(), { recursive: true });
    const caption = {
      text: '3 March 2025, Norway, Bergen: Boats in the harbour.',
      credit: 'dpa',
      dateline: '3 March 2025, Norway, Bergen',
      lines: [2],
    };
    const story = {
      id: 's1',
      headline: 'Quotas',
      headlineLine: 1,
      byline: null,
      published: null,
      dateline: null,
      captions: [caption],
      body: [{ text: 'Fishermen protested.', lines: [3] }],
      removed: [],
      warnings: [],
      boundary: { line: 1, confidence: 1, signals: [] },
      source: { firstLine: 1, lastLine: 3 },
    };
    const stored = { ...emptyDoc('v1', 'Old.txt'), schemaVersion: 1, stories: [story] };
    await writeFile(join(docsDir(), 'v1.json'), JSON.stringify(stored));
    const loaded = await library.load('v1');
    expect(loaded.schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);
    expect(loaded.stories[0]?.captions).toEqual([{ ...caption, text: 'Boats in the harbour.' }]);
    expect((await library.list()).problems).toEqual([]);
  });

  it('moves a removed document and its .bak to the trash', async () => {
    const doc = await library.save(emptyDoc('t1'));
    await library.save(doc);
    await library.remove('t1');
    expect(await readdir(docsDir())).toEqual([]);
    const trash = (await readdir(join(dir, 'trash'))).sort();
    expect(trash).toHaveLength(2);
    expect(trash[0]).toMatch(/^t1-.*\.json$/);
    expect(trash[1]).toMatch(/^t1-.*\.json\.bak$/);
    expect((await rejection(library.remove('t1'))).code).toBe('not-found');
  });

  it('never overwrites an earlier file in the trash, even at the same instant', async () => {
    const frozen = new Library(dir, { now: () => new Date('2026-01-01T00:00:00Z') });
    for (let i = 0; i < 2; i++) {
      await frozen.save(emptyDoc('same'));
      await frozen.remove('same');
    }
    expect((await readdir(join(dir, 'trash'))).sort()).toEqual([
      'same-2026-01-01T00-00-00-000Z-2.json',
      'same-2026-01-01T00-00-00-000Z.json',
    ]);
  });

  it('refuses ids that could leave the documents folder', async () => {
    expect((await rejection(library.load('../secrets'))).code).toBe('invalid-id');
  });

  it('re-imports an exported Copydesk document as it was, under a new id', async () => {
    const doc = await importSample();
    const edited = await library.save({
      ...doc,
      stories: doc.stories.map((s, i) => (i === 0 ? { ...s, headline: 'Edited' } : s)),
      reviews: { [doc.stories[0]!.id]: 'approved' },
    });
    const bytes = new TextEncoder().encode(JSON.stringify(edited));
    const back = await library.import({ name: 'desk.copydesk.json', bytes });
    expect(back.id).not.toBe(doc.id);
    expect(back.stories).toEqual(edited.stories);
    expect(back.reviews).toEqual(edited.reviews);
    expect(back.source).toEqual(edited.source);
    expect((await library.list()).documents).toHaveLength(2);

    const broken = new TextEncoder().encode(JSON.stringify({ ...edited, stories: 'none' }));
    const err = await rejection(library.import({ name: 'broken.copydesk.json', bytes: broken }));
    expect(err.code).toBe('invalid-document');
    expect(err.message).toContain('"broken.copydesk.json" looks like a Copydesk document');
  });

  it('splits any other JSON file as copy', async () => {
    const bytes = new TextEncoder().encode('{"headline": "Not ours"}\n\nSome words here.');
    const doc = await library.import({ name: 'other.json', bytes });
    expect(doc.stories.length).toBeGreaterThan(0);
  });

  it('cancels an import while it splits, storing nothing; the next import works', async () => {
    const { pool, looping } = fakeSplitPool();
    const slow = new Library(dir, { pool });
    try {
      const controller = new AbortController();
      const importing = rejection(
        slow.import(
          { name: 'loop.txt', bytes: new Uint8Array([65]) },
          { signal: controller.signal },
        ),
      );
      await looping();
      controller.abort();
      const err = await importing;
      expect(err.code).toBe('cancelled');
      expect(err.message).toBe('The import of "loop.txt" was cancelled: nothing was stored.');
      expect((await slow.list()).documents).toEqual([]);
      expect(existsSync(docsDir()) ? await readdir(docsDir()) : []).toEqual([]);
      const next = await slow.import({ name: 'next.txt', bytes: new Uint8Array([65, 10]) });
      expect((await slow.list()).documents.map((d) => d.id)).toEqual([next.id]);
    } finally {
      await pool.close();
    }
  });

  it('says which file could not be split when the split thread dies, storing nothing', async () => {
    const { pool } = fakeSplitPool();
    const slow = new Library(dir, { pool });
    try {
      const err = await rejection(slow.import({ name: 'exit.txt', bytes: new Uint8Array([65]) }));
      expect(err.code).toBe('split-failed');
      expect(err.message).toBe(
        '"exit.txt" could not be split: the split worker stopped unexpectedly (exit code 3). Nothing was stored; try again.',
      );
      expect((await slow.list()).documents).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('refuses a binary file on import with the decoder message', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
    await expect(library.import({ name: 'photo.png', bytes: png })).rejects.toThrow(/PNG/);
    expect((await library.list()).documents).toEqual([]);
  });
});

describe('Library on a full disk', () => {
  it.skipIf(!FILE_SIZE_LIMIT_WORKS)(
    'reports the save as failed, disk full, and keeps the saved version',
    () => {
      const run = runWithFileSizeLimit(
        `
        const { Library } = await import(repo + '/electron/services/library.ts');
        const library = new Library(new URL('data/', import.meta.url).pathname);
        const doc = await library.import({
          name: 'wire.txt',
          bytes: new TextEncoder().encode('Harbour Reopens\\n\\nThe harbour reopened on Monday.\\n'),
        });
        const [story] = doc.stories;
        const long = { ...story, body: [{ text: 'word '.repeat(40_000), lines: [] }] };
        try {
          await library.update({ id: doc.id, stories: [long], reviews: {}, selectedStoryId: story.id });
          console.log('reported saved');
        } catch (err) {
          console.log(err.code);
        }
        const again = await new Library(new URL('data/', import.meta.url).pathname).load(doc.id);
        console.log(again.stories[0].body[0].text);
        `,
        50,
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual([
        'disk-full',
        'The harbour reopened on Monday.',
      ]);
    },
  );
});
