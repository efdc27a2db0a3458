// Benchmark of the library (electron/services/library.ts over SQLite): what a one-word edit in a
// 10 MB document costs (bytes sent over the API, bytes written, time) against saving the whole
// document as the first format did, measured in the same run; listing 50 big documents against 50
// small ones; and the main process's peak memory while it imports a 50 MB dump.

import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { documentChanges, type StoredDocument } from '../shared/document';
import { Library } from '../electron/services/library';
import { writeFileAtomically } from '../electron/services/disk';
import { sharedSplitPool } from '../electron/services/split-pool';
import { fmt, medianAsyncMs, verdict } from './measure';
import { buildDump, sourceStories } from './split';

const MB = 1024 * 1024;
const REPO = resolve(import.meta.dirname, '..');

/** Bytes this process has handed to write(2) so far (Linux), or null where it cannot be read. */
function bytesWritten(): number | null {
  try {
    const io = readFileSync('/proc/self/io', 'utf8');
    return Number(/^wchar: (\d+)$/m.exec(io)?.[1]);
  } catch {
    return null;
  }
}

/** The document with one word added to the first paragraph of its middle story. */
function oneWordMore(doc: StoredDocument): StoredDocument {
  const i = Math.floor(doc.stories.length / 2);
  const story = doc.stories[i]!;
  const [first, ...rest] = story.body;
  const body = first ? [{ ...first, text: `${first.text} indeed` }, ...rest] : rest;
  return { ...doc, stories: doc.stories.with(i, { ...story, body }) };
}

async function benchEdit(dir: string): Promise<StoredDocument> {
  const { text } = buildDump(10 * MB, sourceStories().stories);
  const library = new Library(join(dir, 'edit'));
  let doc = await library.load(
    (await library.import({ name: 'dump-10mb.txt', bytes: Buffer.from(text) })).id,
  );
  // Warm up, then one-word edits, each saved as the desk saves it.
  let sent = 0;
  let written: number | null = 0;
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const next = oneWordMore(doc);
    const changes = documentChanges(doc, next, doc.revision);
    if (!changes) throw new Error('no change');
    sent = Buffer.byteLength(JSON.stringify({ changes }));
    const before = bytesWritten();
    const start = performance.now();
    const { revision, updatedAt } = await library.update(changes);
    times.push(performance.now() - start);
    const after = bytesWritten();
    written = before === null || after === null ? null : after - before;
    doc = { ...next, revision, updatedAt };
  }
  library.close();
  const ours = times.sort((a, b) => a - b)[3] as number;

  // The first format: the whole document sent, then written twice (a .bak copy and the new file).
  const { id, stories, reviews, selectedStoryId } = doc;
  const wholeSent = Buffer.byteLength(
    JSON.stringify({ edits: { id, stories, reviews, selectedStoryId } }),
  );
  const json = JSON.stringify(doc);
  const path = join(dir, 'whole.json');
  const before = bytesWritten();
  const theirs = await medianAsyncMs(async () => {
    writeFileSync(`${path}.bak`, json);
    await writeFileAtomically(path, JSON.stringify(doc));
  }, 3);
  const after = bytesWritten();
  const wholeWritten =
    before === null || after === null ? 2 * Buffer.byteLength(json) : (after - before) / 3;

  console.log(
    `\nA one-word edit in a ${fmt(Buffer.byteLength(text) / MB, 1)} MB document of ${doc.stories.length} stories, median of 7 saves`,
  );
  console.log(
    `  whole document saved (first format, baseline)  sent ${fmt(wholeSent / 1024, 0).padStart(6)} KB  written ${fmt(wholeWritten / 1024, 0).padStart(6)} KB  ${fmt(theirs, 1).padStart(6)} ms`,
  );
  console.log(
    `  what changed saved (one story, one transaction) sent ${fmt(sent / 1024, 1).padStart(6)} KB  written ${written === null ? '   n/a' : fmt(written / 1024, 1).padStart(6)} KB  ${fmt(ours, 1).padStart(6)} ms`,
  );
  console.log(
    `  sent under 50 KB      ${verdict(sent < 50 * 1024)}   written under 1 MB   ${written === null ? 'n/a (no /proc/self/io)' : verdict(written < MB)}   time ${fmt(ours / theirs, 3)}x the whole save`,
  );
  return doc;
}

async function benchList(dir: string, big: StoredDocument): Promise<void> {
  const bigLibrary = new Library(join(dir, 'big'));
  const smallLibrary = new Library(join(dir, 'small'));
  const small = {
    ...big,
    source: { ...big.source, text: 'A\n' },
    stories: big.stories.slice(0, 2),
  };
  for (let i = 0; i < 50; i++) {
    await bigLibrary.save({ ...big, id: randomUUID() });
    await smallLibrary.save({ ...small, id: randomUUID() });
  }
  bigLibrary.close();
  smallLibrary.close();
  // A fresh library each time, as at start: nothing of the documents is cached.
  const listing = (folder: string) =>
    medianAsyncMs(async () => {
      const library = new Library(join(dir, folder));
      await library.list();
      library.close();
    }, 7);
  const smallMs = await listing('small');
  const bigMs = await listing('big');
  console.log(
    `\nListing the library, opened afresh each time, median of 7: 50 documents of ${big.stories.length} stories against 50 of 2`,
  );
  console.log(`  50 small documents (baseline)  ${fmt(smallMs, 1)} ms`);
  console.log(
    `  50 documents of 10 MB           ${fmt(bigMs, 1)} ms   ratio ${fmt(bigMs / smallMs, 2)}x   target <= 1.5x   ${verdict(bigMs / smallMs <= 1.5)}`,
  );
}

/** The script a child process runs: the import, or only reading the file (the baseline). */
const MEMORY_SCRIPT = `
const { readFileSync } = await import('node:fs');
const [file, data, mode] = process.argv.slice(2);
const bytes = readFileSync(file);
if (mode === 'import') {
  const { Library } = await import(${JSON.stringify(`${REPO}/electron/services/library.ts`)});
  const { sharedSplitPool } = await import(${JSON.stringify(`${REPO}/electron/services/split-pool.ts`)});
  const library = new Library(data);
  const doc = await library.import({ name: 'dump-50mb.txt', bytes });
  process.stdout.write(JSON.stringify({ stories: doc.storyCount, maxRss: process.resourceUsage().maxRSS }));
  library.close();
  await sharedSplitPool().close();
} else {
  new TextDecoder().decode(bytes);
  process.stdout.write(JSON.stringify({ stories: 0, maxRss: process.resourceUsage().maxRSS }));
}
`;

function benchMemory(dir: string): void {
  const { text } = buildDump(50 * MB, sourceStories().stories);
  const file = join(dir, 'dump-50mb.txt');
  writeFileSync(file, text);
  const script = join(dir, 'memory.mjs');
  writeFileSync(script, MEMORY_SCRIPT);
  const run = (mode: string) => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, file, join(dir, `mem-${mode}`), mode],
      {
        cwd: REPO,
        encoding: 'utf8',
        maxBuffer: 16 * MB,
      },
    );
    if (child.status !== 0) throw new Error(`memory bench (${mode}) failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as { stories: number; maxRss: number };
  };
  const floor = run('read');
  const imported = run('import');
  const mb = Buffer.byteLength(text) / MB;
  console.log(
    `\nPeak memory of the process importing a ${fmt(mb, 0)} MB dump (${imported.stories} stories), split in its worker thread`,
  );
  console.log(`  reading and decoding the file only (baseline)  ${fmt(floor.maxRss / 1024, 0)} MB`);
  console.log(
    `  the whole import (read, split, store)           ${fmt(imported.maxRss / 1024, 0)} MB   ${fmt(imported.maxRss / 1024 / mb, 1)}x the file`,
  );
}

export async function benchStorage(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-storage-'));
  try {
    const doc = await benchEdit(dir);
    await benchList(dir, doc);
    benchMemory(dir);
  } finally {
    await sharedSplitPool().close();
    rmSync(dir, { recursive: true, force: true });
  }
}
