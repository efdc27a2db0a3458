// The watched folder on a real temp folder, the real library and the real import pipeline: files
// written slowly, bad files, temporary files, a restart, and the setting that turns it on.

import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHandlers, createServices } from './api-handlers';
import { importData } from './imports';
import { Library } from './library';
import { openPreferences } from './preferences';
import { isTemporary, WatchedFolder, type WatchOutcome } from './watched-folder';

const STORY = (headline: string) =>
  `${headline}\n\nA paragraph of copy that is long enough to be taken for the body of the story.\n`;
const SETTLE_MS = 300;

let root: string;
let folder: string;
let dataDir: string;
let library: Library;
let watcher: WatchedFolder;
let imported: string[];

/** The desk's services over the library, with a watched folder importing through them. */
function open() {
  library = new Library(dataDir);
  const prefs = openPreferences({ cwd: dataDir });
  imported = [];
  watcher = new WatchedFolder({
    ledger: library,
    settleMs: SETTLE_MS,
    importFiles: async (files) => {
      imported.push(...files.map((f) => new TextDecoder().decode(f.bytes)));
      return importData(files, handlers);
    },
  });
  const services = createServices(library, prefs, undefined, watcher);
  const handlers = createApiHandlers(services);
  return { services, prefs };
}

/** The next `count` files the folder deals with. */
function outcomes(count: number): Promise<WatchOutcome[]> {
  const seen: WatchOutcome[] = [];
  return new Promise((done) => {
    const stop = watcher.onOutcome((o) => {
      seen.push(o);
      if (seen.length === count) {
        stop();
        done(seen);
      }
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const names = async () => (await library.list()).documents.map((d) => d.name).sort();

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-watch-'));
  folder = join(root, 'hot');
  dataDir = join(root, 'data');
  await mkdir(folder);
});
afterEach(async () => {
  await watcher?.close();
  library?.close();
  await rm(root, { recursive: true, force: true });
});

// Real time: the split thread starts, files settle; a loaded machine takes a while.
describe('WatchedFolder', { timeout: 30_000 }, () => {
  it('is off by default: nothing is watched until a folder is set', async () => {
    const { services } = open();
    expect((await services.getSettings({})).watchedFolder).toBeNull();
    await writeFile(join(folder, 'wire.txt'), STORY('Nobody Watches This'));
    await sleep(SETTLE_MS * 2);
    expect(watcher.folder).toBeNull();
    expect(imported).toEqual([]);
    expect(existsSync(join(folder, 'wire.txt'))).toBe(true);
  });

  it('waits for a file written slowly in chunks, imports it whole once, and moves it to processed/', async () => {
    const { services } = open();
    await services.updateSettings({ watchedFolder: folder });
    const done = outcomes(1);
    const path = join(folder, 'slow.txt');
    const text = STORY('Harbour Reopens After Storm');
    const third = Math.ceil(text.length / 3);
    for (let at = 0; at < text.length; at += third) {
      await appendFile(path, text.slice(at, at + third));
      await sleep(SETTLE_MS / 2);
    }
    expect(await done).toEqual([{ name: 'slow.txt', to: 'processed', imported: true }]);
    expect(imported).toEqual([text]);
    expect(await names()).toEqual(['slow.txt']);
    expect(await readdir(folder)).toEqual(['processed']);
    expect(await readFile(join(folder, 'processed', 'slow.txt'), 'utf8')).toBe(text);
  });

  it('moves a file it cannot import to error/, the reason written beside it, and goes on', async () => {
    const { services } = open();
    await services.updateSettings({ watchedFolder: folder });
    const done = outcomes(2);
    await writeFile(join(folder, 'photo.txt'), Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2));
    await sleep(50);
    await writeFile(join(folder, 'good.txt'), STORY('Good Copy Arrives'));
    const seen = await done;
    expect(seen).toContainEqual({ name: 'photo.txt', to: 'error', imported: false });
    expect(seen).toContainEqual({ name: 'good.txt', to: 'processed', imported: true });
    expect((await readdir(join(folder, 'error'))).sort()).toEqual([
      'photo.txt',
      'photo.txt.error.txt',
    ]);
    expect(await readFile(join(folder, 'error', 'photo.txt.error.txt'), 'utf8')).toMatch(
      /photo\.txt.*image/i,
    );
    expect(await names()).toEqual(['good.txt']);
  });

  it('imports files that arrived while closed, and never the same file twice across a restart', async () => {
    await writeFile(join(folder, 'overnight.txt'), STORY('Overnight Wire'));
    let { services } = open();
    let done = outcomes(1);
    await services.updateSettings({ watchedFolder: folder });
    expect(await done).toEqual([{ name: 'overnight.txt', to: 'processed', imported: true }]);
    await watcher.close();
    library.close();

    // The same file again while the app was closed (as if moving it had failed), and a new one.
    await writeFile(join(folder, 'overnight.txt'), STORY('Overnight Wire'));
    await writeFile(join(folder, 'morning.txt'), STORY('Morning Wire'));
    ({ services } = open());
    done = outcomes(2);
    // The setting was kept: a start watches the folder again, as main and the e2e host do.
    const saved = (await services.getSettings({})).watchedFolder;
    expect(saved).toBe(folder);
    await watcher.watch(saved);
    const seen = await done;
    expect(seen).toContainEqual({ name: 'overnight.txt', to: 'processed', imported: false });
    expect(seen).toContainEqual({ name: 'morning.txt', to: 'processed', imported: true });
    expect(imported).toEqual([STORY('Morning Wire')]);
    expect(await names()).toEqual(['morning.txt', 'overnight.txt']);
    // Nothing in processed/ is replaced: the second overnight.txt is kept beside the first.
    expect((await readdir(join(folder, 'processed'))).sort()).toEqual([
      'morning.txt',
      'overnight (2).txt',
      'overnight.txt',
    ]);
  });

  it('leaves hidden and temporary files, and what is in processed/ and error/, alone', async () => {
    // The folder's own name may look hidden: only what is in it is judged.
    folder = join(root, '.hot');
    await mkdir(folder);
    const { services } = open();
    await mkdir(join(folder, 'processed'));
    await writeFile(join(folder, 'processed', 'old.txt'), STORY('Old Copy'));
    await services.updateSettings({ watchedFolder: folder });
    const done = outcomes(1);
    for (const name of ['.hidden.txt', 'wire.txt.part', '~$draft.docx', 'notes.txt~', 'x.tmp'])
      await writeFile(join(folder, name), STORY('Not Yet'));
    await writeFile(join(folder, 'real.txt'), STORY('Real Copy'));
    expect(await done).toEqual([{ name: 'real.txt', to: 'processed', imported: true }]);
    await sleep(SETTLE_MS * 2);
    expect(imported).toEqual([STORY('Real Copy')]);
    expect(await names()).toEqual(['real.txt']);
  });

  it('refuses a folder that does not exist or is not a full path, and stops when set to none', async () => {
    const { services, prefs } = open();
    await expect(services.updateSettings({ watchedFolder: join(root, 'nowhere') })).rejects.toThrow(
      /nowhere does not exist/,
    );
    await expect(services.updateSettings({ watchedFolder: 'hot' })).rejects.toThrow(
      /is not a full path/,
    );
    expect(prefs.get('watchedFolder')).toBeNull();
    await services.updateSettings({ watchedFolder: folder });
    expect(watcher.folder).toBe(folder);
    // Changed twice at once: one watcher, on the last folder asked for.
    const other = join(root, '.incoming');
    await mkdir(other);
    await Promise.all([watcher.watch(folder + '/'), watcher.watch(other)]);
    expect(watcher.folder).toBe(other);
    await services.updateSettings({ watchedFolder: null });
    expect(watcher.folder).toBeNull();
    expect(prefs.get('watchedFolder')).toBeNull();
  });
});

it('tells temporary and hidden names from real ones', () => {
  expect(
    ['.DS_Store', 'a.crdownload', 'b.PART', '~$c.docx', 'd.txt~', 'e.swp'].filter(isTemporary),
  ).toHaveLength(6);
  expect(['wire.txt', 'page.html', 'story.error.md', 'tmp.txt'].some(isTemporary)).toBe(false);
});
