// The document library on a real temp folder: one SQLite database, saves of what changed, revision
// checks between windows, the first format migrated in, damaged files reported, nothing lost.

import { spawnSync } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDocument,
  documentChanges,
  documentSchema,
  DOCUMENT_SCHEMA_VERSION,
  type CopydeskDocument,
  type StoredDocument,
} from '../../shared/document';
import { FIRST_STORIES } from '../../shared/api';
import type { Story } from '../../shared/model';
import { makeCaption, renderDump, rng, SEED_LAYOUT } from '../../shared/testing/dumps';
import { fakeSplitPool } from './fake-split-pool';
import { prepareImport, type OnFirst, type PreparedImport, type SplitFileInput } from './pipeline';
import { SplitJobError, type SplitPool } from './split-pool';
import { Library, LibraryError } from './library';
import { FILE_SIZE_LIMIT_WORKS, runWithFileSizeLimit } from './testing/file-size-limit';

const SAMPLE = resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt');
/** A library of the first format, written by the code before the database (two documents). */
const LIBRARY_V1 = resolve(import.meta.dirname, 'testing/library-v1');

let dir: string;
let library: Library;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-library-'));
  library = new Library(dir);
});
afterEach(async () => {
  library.close();
  await rm(dir, { recursive: true, force: true });
});

const docsDir = () => join(dir, 'documents');

async function importSample(name = 'harbour-and-fishermen.txt'): Promise<StoredDocument> {
  const { id } = await library.import({ name, bytes: new Uint8Array(await readFile(SAMPLE)) });
  return library.load(id);
}

/** Imports a file and reads back the document stored. */
async function imported(
  library: Library,
  file: { name: string; bytes: Uint8Array },
): Promise<StoredDocument> {
  return library.load((await library.import(file)).id);
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

/** Saves `next` as the desk does: the changes from `base`, made on its revision. */
async function saveAs(lib: Library, base: StoredDocument, next: CopydeskDocument) {
  const changes = documentChanges(base, next, base.revision);
  if (!changes) throw new Error('no changes');
  return lib.update(changes);
}

/** A restart: the library opened afresh on the same folder. */
function restart(): Library {
  library.close();
  library = new Library(dir);
  return library;
}

// The first import starts the split thread from source (tsx): seconds on a loaded machine.
describe('Library', { timeout: 20_000 }, () => {
  it('imports the sample: 2 stories, the source text kept, every story new', async () => {
    const doc = await importSample();
    expect(doc.stories).toHaveLength(2);
    expect(doc.source.text).toBe((await readFile(SAMPLE, 'utf8')).replace(/\r\n?/g, '\n'));
    expect(doc.source.encoding).toMatch(/utf-?8/i);
    expect(Object.values(doc.reviews)).toEqual(['new', 'new']);
    expect(doc.selectedStoryId).toBe(doc.stories[0]?.id);
    expect(doc.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(doc.revision).toBe(1);
    expect(await restart().load(doc.id)).toEqual(doc);
  });

  it('stores a web page as its stories and its text, of kind html, kept across a restart', async () => {
    const page = `<!doctype html><html><head><title>Pier | Herald</title><script>alert(1)</script></head><body onload="alert(2)"><nav><a href="/">Home</a></nav><article><h1>Pier reopens</h1><p>The pier reopened on Monday after repairs that took most of the summer, the council said in a statement.</p><p>Anglers were back on it <a href="javascript:alert(3)">within the hour</a>.</p></article></body></html>`;
    const doc = await imported(library, {
      name: 'pier.html',
      bytes: new TextEncoder().encode(page),
    });
    expect(doc.source.kind).toBe('html');
    expect(doc.source.text).not.toMatch(/alert|<|javascript/);
    expect(doc.stories.map((s) => s.headline)).toEqual(['Pier reopens']);
    expect((await library.summary(doc.id)).kind).toBe('html');
    const reopened = await restart().load(doc.id);
    expect(reopened.source.kind).toBe('html');
    expect(reopened.stories).toEqual(doc.stories);
    expect((await importSample()).source.kind).toBe('text');
  });

  it('keeps what the decoding found (encoding, confidence, warnings) and lists it', async () => {
    const sample = await readFile(SAMPLE);
    // One byte of another encoding pasted into the first line of UTF-8 copy with curly quotes.
    const bytes = new Uint8Array([...sample.subarray(0, 10), 0x93, ...sample.subarray(10)]);
    const doc = await imported(library, { name: 'pasted.txt', bytes });
    expect(doc.source).toMatchObject({ encoding: 'UTF-8', confidence: 1 });
    expect(doc.source.warnings).toEqual([expect.stringMatching(/replaced by � on line 1:/)]);
    expect(doc.source.text).toContain('\uFFFD');
    const reopened = await restart().load(doc.id);
    expect(reopened.source).toEqual(doc.source);
    expect(await library.summary(doc.id)).toMatchObject({
      encoding: 'UTF-8',
      confidence: 1,
      warnings: doc.source.warnings,
    });
    const legacy = await imported(library, {
      name: 'legacy.txt',
      bytes: iconv.encode(
        'Zaż\u00f3łć gęślą jaźń: pchnąć w tę łódź jeża lub ośm skrzyń fig.\n'.repeat(20),
        'iso-8859-2',
      ),
    });
    const listed = await restart().summary(legacy.id);
    expect(listed.encoding).toBe(legacy.source.encoding);
    expect(listed.confidence).toBeGreaterThan(0);
    expect(listed.confidence).toBeLessThan(1);
    expect(listed.confidence).toBe(legacy.source.confidence);
  });

  it('saves what changed, and after a restart loads it and lists its summary', async () => {
    const doc = await importSample();
    const [first, second] = doc.stories as [
      CopydeskDocument['stories'][0],
      CopydeskDocument['stories'][0],
    ];
    const edited: CopydeskDocument = {
      ...doc,
      stories: [
        { ...first, headline: 'Edited', body: [{ text: 'New', lines: [], dir: 'rtl' }] },
        second,
      ],
      reviews: { ...doc.reviews, [first.id]: 'approved' },
      selectedStoryId: second.id,
    };
    const changes = documentChanges(doc, edited, doc.revision);
    // Only the story that changed travels, and the order only when it changed.
    expect(changes?.stories.map((s) => s.id)).toEqual([first.id]);
    expect(changes?.order).toBeUndefined();
    expect(changes?.reviews).toEqual({ [first.id]: 'approved' });
    const { revision, updatedAt } = await library.update(changes!);
    expect(revision).toBe(2);

    const loaded = await restart().load(doc.id);
    expect(loaded).toEqual({ ...edited, revision: 2, updatedAt });
    const { documents, problems } = await library.list();
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        id: doc.id,
        name: 'harbour-and-fishermen.txt',
        importedAt: doc.importedAt,
        updatedAt,
        storyCount: 2,
        approvedCount: 1,
        captionCount: 2,
        removedCount: 10,
        uncertainCount: 0,
        encoding: 'UTF-8',
        confidence: 1,
        warnings: [],
        kind: 'text',
      },
    ]);
  });

  it('saves a merge (one story gone, one changed) and its undo in the right order', async () => {
    const doc = await importSample();
    const [first, second] = doc.stories;
    const merged = {
      ...doc,
      stories: [{ ...first!, body: [...first!.body, ...second!.body] }],
    };
    const saved = await saveAs(library, doc, merged);
    expect((await restart().load(doc.id)).stories.map((s) => s.id)).toEqual([first!.id]);
    expect((await library.list()).documents[0]?.storyCount).toBe(1);
    // The undo puts both back as they were; the review of the one that came back is kept.
    const undone = await library.update({
      ...documentChanges(merged, doc, saved.revision)!,
    });
    const back = await restart().load(doc.id);
    expect(back.stories).toEqual(doc.stories);
    expect(back.reviews).toEqual(doc.reviews);
    expect(back.revision).toBe(undone.revision);
  });

  it('refuses a save made on an older revision (another window saved since), writing nothing', async () => {
    const doc = await importSample();
    const other = new Library(dir);
    try {
      const theirs = await other.load(doc.id);
      await saveAs(other, theirs, {
        ...theirs,
        stories: [{ ...theirs.stories[0]!, headline: 'Theirs' }, theirs.stories[1]!],
      });
      const err = await rejection(
        saveAs(library, doc, {
          ...doc,
          stories: [{ ...doc.stories[0]!, headline: 'Mine' }, doc.stories[1]!],
        }),
      );
      expect(err.code).toBe('conflict');
      expect(err.message).toMatch(/changed by another Copydesk window or computer/);
      expect((await restart().load(doc.id)).stories[0]?.headline).toBe('Theirs');
    } finally {
      other.close();
    }
  });

  it('saves one change after another, each on the revision the last one gave', async () => {
    let doc = await importSample();
    for (let i = 0; i < 20; i++) {
      const next = {
        ...doc,
        stories: [{ ...doc.stories[0]!, headline: `Take ${i}` }, doc.stories[1]!],
      };
      const { revision, updatedAt } = await saveAs(library, doc, next);
      doc = { ...next, revision, updatedAt };
    }
    expect(await restart().load(doc.id)).toEqual(doc);
    expect(doc.revision).toBe(21);
  });

  it('keeps a changed story in its place when the order did not change', async () => {
    const doc = await importSample();
    const [first, second] = doc.stories as [Story, Story];
    await saveAs(library, doc, { ...doc, stories: [first, { ...second, headline: 'Second' }] });
    expect((await restart().load(doc.id)).stories.map((s) => s.headline)).toEqual([
      first.headline,
      'Second',
    ]);
  });

  it('answers an import with its line in the list, and reports progress rising to 1', async () => {
    const seen: number[] = [];
    const summary = await library.import(
      { name: 'harbour.txt', bytes: new Uint8Array(await readFile(SAMPLE)) },
      { onProgress: (f) => seen.push(f) },
    );
    expect(summary).toEqual((await library.list()).documents[0]);
    expect(summary).toMatchObject({ name: 'harbour.txt', storyCount: 2, captionCount: 2 });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual(seen.toSorted((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });

  it('opens the first stories of a stored document, up to the selected one, reading no more', async () => {
    const sample = await importSample();
    const template = sample.stories[0]!;
    const stories = Array.from({ length: 30 }, (_, i) => ({
      ...template,
      id: `s${i}`,
      headline: `Story ${i}`,
    }));
    const doc = {
      ...emptyDoc('big'),
      stories,
      reviews: { s0: 'approved' as const, s29: 'new' as const },
    };
    const stored = await library.save({ ...doc, selectedStoryId: 's0' });
    await saveAs(library, stored, { ...stored, selectedStoryId: 's20' });

    const first = await restart().open('big', 10);
    // Up to the selected story, which the desk opens on; their reviews, not the others'.
    expect(first.stories.map((s) => s.id)).toEqual(stories.slice(0, 21).map((s) => s.id));
    expect(first.partial).toEqual({ storyCount: 30 });
    expect(first.reviews).toEqual({ s0: 'approved' });
    expect(first.selectedStoryId).toBe('s20');
    expect('text' in first.source).toBe(false);

    const whole = await restart().open('big');
    expect(whole.stories).toEqual(stories);
    expect(whole.partial).toBeUndefined();
    expect(whole.reviews).toEqual(doc.reviews);
    // Asked for more than there are: the whole document, not marked partial.
    expect((await restart().open('big', 50)).partial).toBeUndefined();
    await expect(library.open('nothing', 10)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses an invalid save, naming what is wrong, and writes nothing', async () => {
    const doc = await importSample();
    const unknown = await rejection(
      library.update({
        id: doc.id,
        revision: 1,
        stories: [],
        order: ['nope'],
        reviews: {},
        selectedStoryId: null,
      }),
    );
    expect(unknown.code).toBe('invalid-document');
    expect(unknown.message).toMatch(/names story nope/);
    const long = await rejection(
      saveAs(library, doc, {
        ...doc,
        stories: [{ ...doc.stories[0]!, headline: 'x'.repeat(5_000_000) }, doc.stories[1]!],
      }),
    );
    expect(long.code).toBe('invalid-document');
    expect(long.message).toMatch(
      /stories\.0\.headline: is 5000000 characters long; the limit is 2000\.$/,
    );
    expect(await restart().load(doc.id)).toEqual(doc);
  });

  it('refuses to store an invalid document, writing nothing', async () => {
    const err = await rejection(library.save({ ...emptyDoc('a1'), importedAt: 'yesterday' }));
    expect(err.code).toBe('invalid-document');
    expect((await library.list()).documents).toEqual([]);
  });

  it('moves a removed document to the trash: no longer listed or opened, still stored', async () => {
    await library.save(emptyDoc('t1'));
    await library.remove('t1');
    expect((await library.list()).documents).toEqual([]);
    expect((await rejection(restart().load('t1'))).code).toBe('not-found');
    expect((await rejection(library.remove('t1'))).code).toBe('not-found');
    // Ids are never reused, so the trashed document can always be told apart.
    expect((await rejection(library.save(emptyDoc('t1')))).code).toBe('exists');
  });

  it('splits again in the split thread, keeping the edited version as a previous version', async () => {
    const doc = await importSample();
    await saveAs(library, doc, {
      ...doc,
      stories: [{ ...doc.stories[0]!, headline: 'Edited' }, doc.stories[1]!],
    });
    const again = await library.resplit(doc.id);
    expect(again.stories.map((s) => s.headline)).toEqual(doc.stories.map((s) => s.headline));
    expect(again.revision).toBe(3);
    const [previous] = await restart().previousVersions(doc.id);
    expect(previous).toMatchObject({ storyCount: 2, approvedCount: 0 });
    expect(await library.load(doc.id)).toEqual(again);
  });

  it('brings a trashed document back as it was, and deletes one for ever only from the trash', async () => {
    const kept = await importSample('kept.txt');
    const gone = await importSample('gone.txt');
    expect(await library.listTrash()).toEqual([]);
    await library.remove(kept.id);
    await library.remove(gone.id);
    const trash = await restart().listTrash();
    expect(trash.map((d) => d.name).sort()).toEqual(['gone.txt', 'kept.txt']);
    expect(trash[0]).toMatchObject({ storyCount: 2, trashedAt: expect.any(String) });

    expect(await library.restore(kept.id)).toMatchObject({ id: kept.id, name: 'kept.txt' });
    expect((await library.list()).documents.map((d) => d.id)).toEqual([kept.id]);
    expect(await restart().load(kept.id)).toEqual(kept);
    // A listed document is not in the trash: it cannot be restored or deleted for ever.
    expect((await rejection(library.restore(kept.id))).code).toBe('not-found');
    expect((await rejection(library.deleteForever(kept.id))).code).toBe('not-found');

    await library.deleteForever(gone.id);
    expect(await restart().listTrash()).toEqual([]);
    expect((await rejection(library.restore(gone.id))).code).toBe('not-found');
    expect((await rejection(library.load(gone.id))).code).toBe('not-found');
    expect((await library.list()).documents.map((d) => d.id)).toEqual([kept.id]);
  });

  it('restores a previous version, keeping the current one as a version', async () => {
    const doc = await importSample();
    await saveAs(library, doc, {
      ...doc,
      stories: [{ ...doc.stories[0]!, headline: 'Edited' }, doc.stories[1]!],
      reviews: { [doc.stories[0]!.id]: 'approved' },
    });
    await library.resplit(doc.id);
    const [edited, ...none] = await library.previousVersions(doc.id);
    expect(none).toEqual([]);
    expect(edited).toMatchObject({ storyCount: 2, approvedCount: 1 });

    const back = await library.restoreVersion(doc.id, edited!.id);
    expect(back.stories[0]!.headline).toBe('Edited');
    expect(back.reviews[doc.stories[0]!.id]).toBe('approved');
    expect(await restart().load(doc.id)).toEqual(back);
    expect((await library.summary(doc.id)).approvedCount).toBe(1);
    // The re-split's stories are now the one previous version; restoring it goes back again.
    const versions = await library.previousVersions(doc.id);
    expect(versions).toMatchObject([{ storyCount: 2, approvedCount: 0 }]);
    expect((await rejection(library.restoreVersion(doc.id, edited!.id))).code).toBe('not-found');
    const again = await library.restoreVersion(doc.id, versions[0]!.id);
    expect(again.stories.map((s) => s.headline)).toEqual(doc.stories.map((s) => s.headline));
    expect(Object.values(again.reviews)).toEqual(['new', 'new']);
    expect(await library.previousVersions(doc.id)).toMatchObject([{ approvedCount: 1 }]);
  });

  it('remembers what the watched folder imported across a restart', async () => {
    expect(await library.watchedFileImported('abc')).toBe(false);
    await library.recordWatchedFile('abc', 'wire.txt');
    await library.recordWatchedFile('abc', 'wire.txt');
    expect(await restart().watchedFileImported('abc')).toBe(true);
    expect(await library.watchedFileImported('abd')).toBe(false);
  });

  it('refuses a poison document (a 5 MB headline) on import, naming the field', async () => {
    const doc = await importSample();
    const poison = { ...doc, stories: [{ ...doc.stories[0]!, headline: 'x'.repeat(5_000_000) }] };
    const bytes = new TextEncoder().encode(JSON.stringify(poison));
    const err = await rejection(library.import({ name: 'poison.copydesk.json', bytes }));
    expect(err.code).toBe('invalid-document');
    expect(err.message).toMatch(
      /stories\.0\.headline: is 5000000 characters long; the limit is 2000/,
    );
  });

  it('says the library could not be opened, and leaves a damaged database untouched', async () => {
    library.close();
    const path = join(dir, 'library.sqlite');
    await writeFile(path, 'this is not a database, it is forty bytes at least'.repeat(200));
    const before = await readFile(path);
    const err = await rejection(new Library(dir).list());
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/could not be opened.*Nothing was changed/);
    expect(await readFile(path)).toEqual(before);
  });

  it('refuses ids that could leave the documents folder', async () => {
    expect((await rejection(library.load('../secrets'))).code).toBe('invalid-id');
  });

  it('re-imports an exported Copydesk document as it was, under a new id', async () => {
    const doc = await importSample();
    const edited = await library.save({
      ...doc,
      id: 'edited',
      stories: doc.stories.map((s, i) => (i === 0 ? { ...s, headline: 'Edited' } : s)),
      reviews: { [doc.stories[0]!.id]: 'approved' },
    });
    const bytes = new TextEncoder().encode(JSON.stringify(edited));
    const back = await imported(library, { name: 'desk.copydesk.json', bytes });
    expect(back.id).not.toBe(doc.id);
    expect(back.stories).toEqual(edited.stories);
    expect(back.reviews).toEqual(edited.reviews);
    expect(back.source).toEqual(edited.source);
    expect((await library.list()).documents).toHaveLength(3);

    const broken = new TextEncoder().encode(JSON.stringify({ ...edited, stories: 'none' }));
    const err = await rejection(library.import({ name: 'broken.copydesk.json', bytes: broken }));
    expect(err.code).toBe('invalid-document');
    expect(err.message).toContain('"broken.copydesk.json" looks like a Copydesk document');
  });

  it('splits any other JSON file as copy', async () => {
    const bytes = new TextEncoder().encode('{"headline": "Not ours"}\n\nSome words here.');
    const doc = await imported(library, { name: 'other.json', bytes });
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

describe(
  'Library: a big import answers once its first screen is stored',
  { timeout: 60_000 },
  () => {
    /** A dump of `count` stories in the seed layout, and their headlines in order. */
    function bigDump(count: number): { bytes: Uint8Array; headlines: string[] } {
      const random = rng(5);
      const stories = Array.from({ length: count }, (_, i) => ({
        headline: `Harbour Council Story Number ${i + 1} Is Filed`,
        captions: [makeCaption(random)],
        body: [
          `The council said on Monday that story ${i + 1} would be reviewed after the storms.`,
          'Fishermen said the repairs to the harbour wall were needed before the winter.',
        ],
      }));
      return {
        bytes: new TextEncoder().encode(renderDump(stories, SEED_LAYOUT, random)),
        headlines: stories.map((s) => s.headline),
      };
    }
    const COUNT = FIRST_STORIES + 400;

    /**
     * A split thread that sends an import's first screen ahead as the real one does, then ends the
     * job as `end` says (its answer reaches main later, as a message of its own).
     */
    function threadThat(end: (whole: PreparedImport) => PreparedImport): SplitPool {
      return {
        prepareImport: async (input: SplitFileInput, _s: unknown, _p: unknown, first: OnFirst) => {
          const whole = await prepareImport(input, undefined, first);
          await new Promise((resolve) => setTimeout(resolve, 20));
          return end(whole);
        },
      } as unknown as SplitPool;
    }

    /** Stories stored for the document, read by another connection as a restart would. */
    function storedRows(path: string, id: string): number {
      const db = new DatabaseSync(path, { readOnly: true });
      try {
        return (
          db.prepare('SELECT count(*) AS n FROM stories WHERE document_id = ?').get(id) as {
            n: number;
          }
        ).n;
      } finally {
        db.close();
      }
    }

    it('stores the first stories before it answers, lists them all, and the whole document follows', async () => {
      const { bytes, headlines } = bigDump(COUNT);
      const summary = await library.import({ name: 'big.txt', bytes });
      // Answered with the first screen stored and the rest to come, counted whole in the list.
      expect(storedRows(library.storePath, summary.id)).toBe(FIRST_STORIES);
      expect(summary.storyCount).toBe(COUNT);
      expect(summary.captionCount).toBe(COUNT);
      const first = await library.open(summary.id, FIRST_STORIES);
      expect(first.stories.map((s) => s.headline)).toEqual(headlines.slice(0, FIRST_STORIES));
      expect(first.partial).toEqual({ storyCount: COUNT });
      // Reading the whole document waits for the rest.
      const whole = await library.load(summary.id);
      expect(whole.stories.map((s) => s.headline)).toEqual(headlines);
      expect(whole.reviews).toEqual(Object.fromEntries(whole.stories.map((s) => [s.id, 'new'])));
      expect(storedRows(library.storePath, summary.id)).toBe(COUNT);
      expect((await restart().load(summary.id)).stories).toEqual(whole.stories);
      expect((await library.list()).problems).toEqual([]);
    });

    it('says it is storing until the rest is stored, and closing then loses nothing', async () => {
      const { bytes, headlines } = bigDump(COUNT);
      const { id } = await library.import({ name: 'big.txt', bytes });
      expect(library.storing).toBe(true);
      await library.stored();
      expect(library.storing).toBe(false);
      const reopened = restart();
      expect(storedRows(reopened.storePath, id)).toBe(COUNT);
      expect((await reopened.load(id)).stories.map((s) => s.headline)).toEqual(headlines);
      expect((await reopened.list()).problems).toEqual([]);
    });

    it('removes an import a crash left before its text was stored, and says so', async () => {
      const { bytes } = bigDump(COUNT);
      const { id } = await library.import({ name: 'big.txt', bytes });
      // The database as a kill -9 would leave it now: the first screen stored, not yet the text.
      // (Copied at once: the next turn stores more.)
      const crashed = mkdtempSync(join(tmpdir(), 'copydesk-crashed-'));
      for (const file of ['library.sqlite', 'library.sqlite-wal'])
        copyFileSync(join(dir, file), join(crashed, file));
      const after = new Library(crashed);
      try {
        expect(storedRows(after.storePath, id)).toBe(FIRST_STORIES);
        const { documents, problems } = await after.list();
        expect(documents).toEqual([]);
        expect(problems).toHaveLength(1);
        expect(problems[0]!.message).toMatch(
          /"big\.txt" was being imported when Copydesk stopped, .* removed: import it again/,
        );
        expect(storedRows(after.storePath, id)).toBe(0);
        expect((await rejection(after.load(id))).code).toBe('not-found');
      } finally {
        after.close();
        await rm(crashed, { recursive: true, force: true });
      }
    });

    it('splits an import a stop left after its text was stored again from it, and says so', async () => {
      const { bytes, headlines } = bigDump(COUNT);
      const { id } = await library.import({ name: 'big.txt', bytes });
      await library.stored();
      library.close();
      // As a stop in the middle leaves it: the text and the first screen stored, not the rest.
      const db = new DatabaseSync(library.storePath);
      db.prepare('DELETE FROM stories WHERE document_id = ? AND position >= ?').run(
        id,
        FIRST_STORIES,
      );
      db.prepare('INSERT INTO storing (document_id) VALUES (?)').run(id);
      db.close();
      library = new Library(dir);
      // The desk's first screen already shows the document as it will stay.
      const first = await library.open(id, FIRST_STORIES);
      const whole = await library.load(id);
      expect(whole.stories.map((s) => s.headline)).toEqual(headlines);
      expect(first.stories).toEqual(whole.stories.slice(0, FIRST_STORIES));
      expect(whole.selectedStoryId).toBe(whole.stories[0]!.id);
      expect(storedRows(library.storePath, id)).toBe(COUNT);
      expect((await library.summary(id)).storyCount).toBe(COUNT);
      const { problems } = await library.list();
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/"big\.txt" was not stored whole .* split again/);
    });

    it('removes an import whose split thread stopped after sending the first stories', async () => {
      const { bytes } = bigDump(COUNT);
      // The thread sends the first stories ahead, then dies making the rest into rows.
      library.close();
      library = new Library(dir, {
        pool: threadThat(() => {
          throw new SplitJobError(
            'split-failed',
            'The split worker stopped unexpectedly (exit 1).',
          );
        }),
      });
      const summary = await library.import({ name: 'big.txt', bytes });
      expect(summary.storyCount).toBe(COUNT);
      await library.stored();
      // Its text never came: nothing to split again from, so it is gone, and named.
      const { documents, problems } = await library.list();
      expect(documents).toEqual([]);
      expect(problems[0]!.message).toMatch(
        /"big\.txt" was being imported when its split thread stopped, .* import it again/,
      );
      expect((await rejection(library.load(summary.id))).code).toBe('not-found');
    });

    it('removes an import whose later stories fail their check, naming what is wrong', async () => {
      const { bytes } = bigDump(COUNT);
      const bad = `stories.${FIRST_STORIES + 7}.headline: is 5000 characters long; the limit is 2000`;
      // The first screen checked and sent; a story after it found bad.
      library.close();
      library = new Library(dir, {
        pool: threadThat((whole) => ({ ...whole, rows: [], invalid: bad })),
      });
      const summary = await library.import({ name: 'big.txt', bytes });
      expect(summary.storyCount).toBe(COUNT);
      await library.stored();
      const { documents, problems } = await library.list();
      expect(documents).toEqual([]);
      expect(problems.map((p) => p.message)).toEqual([`"big.txt" was removed: ${bad}.`]);
      expect(storedRows(library.storePath, summary.id)).toBe(0);
    });

    it('deletes an import for ever while its stories are still being stored', async () => {
      const { bytes } = bigDump(COUNT);
      const { id } = await library.import({ name: 'big.txt', bytes });
      await library.remove(id);
      await library.deleteForever(id);
      expect(storedRows(library.storePath, id)).toBe(0);
      expect((await library.list()).documents).toEqual([]);
      expect(await library.listTrash()).toEqual([]);
    });
  },
);

describe('Library: the first format moves into the database', () => {
  const v1 = (name: string) => join(LIBRARY_V1, 'documents', name);
  const HARBOUR = '5a19ccb1-5c81-47df-8f74-9624c018de2f';
  const FERRY = 'a2446375-5f48-4a89-9d2d-13c38b93ff49';

  it('migrates a library written by the previous version, losing nothing', async () => {
    await cp(LIBRARY_V1, dir, { recursive: true });
    const { documents, problems } = await library.list();
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.name).sort()).toEqual(['harbour-and-fishermen.txt', 'wire.txt']);
    const harbour = await library.load(HARBOUR);
    const original = JSON.parse(await readFile(v1(`${HARBOUR}.json`), 'utf8')) as unknown;
    // Read as this version writes it (format 2: a caption's text no longer repeats its dateline).
    expect(harbour).toEqual({ ...documentSchema.parse(original), revision: 1 });
    expect(harbour.schemaVersion).toBe(DOCUMENT_SCHEMA_VERSION);
    expect(harbour.stories[1]?.captions[0]).toMatchObject({
      text: 'Fishing boats moored in the harbour during the protest.',
      dateline: '3 March 2025, Norway, Bergen',
    });
    expect(harbour.stories[0]?.headline).toMatch(/\(edited twice\)$/);
    expect(harbour.reviews[harbour.stories[0]!.id]).toBe('approved');
    expect(documents.find((d) => d.id === HARBOUR)?.approvedCount).toBe(1);
    // The files are kept, moved out of the way; a restart does not bring them in twice.
    expect(await readdir(docsDir())).toEqual([]);
    expect((await readdir(join(dir, 'migrated'))).sort()).toEqual([
      `${HARBOUR}.json`,
      `${HARBOUR}.json.bak`,
      `${FERRY}.json`,
    ]);
    expect((await restart().list()).documents).toHaveLength(2);
  });

  it('restores from the .bak when the newest file is damaged or gone, and says so', async () => {
    await mkdir(docsDir(), { recursive: true });
    await writeFile(join(docsDir(), `${HARBOUR}.json`), '{"schemaVersion": 1, "id": "cut sh');
    await cp(v1(`${HARBOUR}.json.bak`), join(docsDir(), `${HARBOUR}.json.bak`));
    await cp(v1(`${FERRY}.json`), join(docsDir(), `${FERRY}.json.bak`));
    const { documents, problems } = await library.list();
    expect(documents.map((d) => d.id).sort()).toEqual([HARBOUR, FERRY].sort());
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /not valid JSON.*previous saved version of "harbour-and-fishermen.txt"/,
    );
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /was missing.*previous saved version of "wire.txt"/,
    );
    expect((await library.load(HARBOUR)).stories[0]?.headline).toMatch(/\(edited\)$/);
  });

  it('reads a file with a byte order mark as it is', async () => {
    await mkdir(docsDir(), { recursive: true });
    await writeFile(
      join(docsDir(), `${FERRY}.json`),
      `\uFEFF${await readFile(v1(`${FERRY}.json`), 'utf8')}`,
    );
    const { documents, problems } = await library.list();
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([FERRY]);
  });

  it('reports what it cannot bring in, and leaves it where it is for the next start', async () => {
    await mkdir(join(docsDir(), `${FERRY}.json`), { recursive: true }); // unreadable: a folder
    await writeFile(join(docsDir(), 'notes for monday.json'), '{}');
    await writeFile(
      join(docsDir(), 'n1.json'),
      JSON.stringify({
        ...emptyDoc('n1', 'Future.txt'),
        schemaVersion: DOCUMENT_SCHEMA_VERSION + 1,
      }),
    );
    const { documents, problems } = await library.list();
    expect(documents).toEqual([]);
    const messages = problems.map((p) => `${p.file}: ${p.message}`).sort();
    expect(messages).toEqual([
      expect.stringMatching(/^a2446375.*could not be read.*tried again at the next start/),
      expect.stringMatching(/^n1\.json: "Future.txt" \(n1\.json\) was saved by a newer version/),
      expect.stringMatching(/^notes for monday\.json: .*not named like a Copydesk document/),
    ]);
    expect((await readdir(docsDir())).sort()).toEqual([
      `${FERRY}.json`,
      'n1.json',
      'notes for monday.json',
    ]);
    expect(existsSync(join(dir, 'corrupt'))).toBe(false);
  });

  it('moves a damaged file with no backup to corrupt/, and reports it at every listing', async () => {
    await mkdir(docsDir(), { recursive: true });
    const doc = { ...emptyDoc('w1', 'Monday dump.txt'), stories: [{ headline: 3 }] };
    await writeFile(join(docsDir(), 'w1.json'), JSON.stringify(doc));
    const { documents, problems } = await library.list();
    expect(documents).toEqual([]);
    expect(problems[0]?.message).toMatch(
      /"Monday dump.txt" \(w1.json\) is damaged.*stories\.0.*moved to .*corrupt/,
    );
    expect(await readdir(join(dir, 'corrupt'))).toHaveLength(1);
    expect((await library.list()).problems).toHaveLength(1);
  });
});

describe('Library on a full disk', () => {
  it.skipIf(!FILE_SIZE_LIMIT_WORKS)(
    'reports the save as failed, disk full, and keeps the saved version',
    () => {
      const run = runWithFileSizeLimit(
        `
        const { Library } = await import(repo + '/electron/services/library.ts');
        const { documentChanges } = await import(repo + '/shared/document.ts');
        const dir = new URL('data/', import.meta.url).pathname;
        const library = new Library(dir);
        const { id } = await library.import({
          name: 'wire.txt',
          bytes: new TextEncoder().encode('Harbour Reopens\\n\\nThe harbour reopened on Monday.\\n'),
        });
        const doc = await library.load(id);
        const [story] = doc.stories;
        const para = { text: 'word '.repeat(18_000), lines: [] };
        const long = { ...story, body: [para, para, para] };
        try {
          await library.update(documentChanges(doc, { ...doc, stories: [long] }, doc.revision));
          console.log('reported saved');
        } catch (err) {
          console.log(err.code);
        }
        library.close();
        const again = await new Library(dir).load(doc.id);
        console.log(again.stories[0].body[0].text);
        `,
        200,
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual([
        'write-failed',
        'The harbour reopened on Monday.',
      ]);
    },
    // A child process that starts the split thread from source (tsx) before the save it tests.
    20_000,
  );
});

/** A 1 MiB tmpfs to fill, where this process may mount one (root on Linux), else why not. */
function smallDisk(): { path: string; unmount: () => void } | string {
  if (process.platform !== 'linux') return 'tmpfs is Linux only';
  const path = mkdtempSync(join(tmpdir(), 'copydesk-tmpfs-'));
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', path], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    rmSync(path, { recursive: true, force: true });
    return `cannot mount a tmpfs here (${(run.stderr || run.error?.message || 'mount failed').trim()})`;
  }
  return {
    path,
    unmount: () => {
      const u = spawnSync('umount', [path], { encoding: 'utf8' });
      if (u.status !== 0) console.log(`umount ${path}: ${u.stderr}`);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

describe('Library on a disk that fills up (a real 1 MiB tmpfs)', () => {
  // Each test fills a disk of its own; this one only asks whether one can be mounted here.
  const probe = smallDisk();
  const cannot = typeof probe === 'string' ? probe : (probe.unmount(), null);
  if (cannot) console.log(`Skipping the tmpfs tests: ${cannot}.`);
  const fullDisk = () => smallDisk() as { path: string; unmount: () => void };
  it.skipIf(cannot)('says the disk is full and keeps the last saved version', async () => {
    const disk = fullDisk();
    const onDisk = new Library(disk.path);
    try {
      const doc = await imported(onDisk, {
        name: 'wire.txt',
        bytes: new TextEncoder().encode('Harbour Reopens\n\nThe harbour reopened on Monday.\n'),
      });
      const para = { text: 'word '.repeat(18_000), lines: [] };
      const long = { ...doc.stories[0]!, body: Array.from({ length: 14 }, () => para) };
      const err = await rejection(saveAs(onDisk, doc, { ...doc, stories: [long] }));
      expect(err.code).toBe('disk-full');
      expect(err.message).toMatch(/disk holding the library is full: the change was not saved/);
      onDisk.close();
      const reopened = new Library(disk.path);
      const again = await reopened.load(doc.id).finally(() => reopened.close());
      expect(again.stories[0]?.body[0]?.text).toBe('The harbour reopened on Monday.');
    } finally {
      onDisk.close();
      disk.unmount();
    }
  });

  it.skipIf(cannot)(
    'removes an import whose source text the full disk refused, naming the disk, not the split',
    async () => {
      const disk = fullDisk();
      const onDisk = new Library(disk.path);
      try {
        // Short stories first, so the first screen fits in what is left of the disk; then one whose
        // copy, and so the source text, does not.
        const short = Array.from({ length: FIRST_STORIES + 5 }, (_, i) => [
          `Harbour Story Number ${i + 1}`,
          `The harbour board met for the ${i + 1}th time on Monday.`,
        ]);
        const long = Array.from({ length: 60 }, (_, i) => `${'Boats came in. '.repeat(1400)}${i}`);
        const text = [...short.flat(), 'Storm Closes the Harbour', ...long].join('\n\n\n');
        const summary = await onDisk.import({
          name: 'big.txt',
          bytes: new TextEncoder().encode(text),
        });
        expect(summary.storyCount).toBeGreaterThan(FIRST_STORIES);
        await onDisk.stored();
        const { documents, problems } = await onDisk.list();
        expect(documents).toEqual([]);
        expect(problems.map((p) => p.message)).toEqual([
          expect.stringMatching(
            /^"big\.txt" was being imported when the disk holding the library filled up, before its text was stored, so it was removed: free some space, then import it again/,
          ),
        ]);
      } finally {
        onDisk.close();
        disk.unmount();
      }
    },
  );
});
