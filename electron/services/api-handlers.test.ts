import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { apiChannel, apiMethods, createApiClient } from '../../shared/api';
import { documentChanges } from '../../shared/document';
import {
  createApiHandlers,
  createServices,
  HEADLESS_SHELL,
  openServices,
  type ApiServices,
} from './api-handlers';
import { fakeSplitPool } from './fake-split-pool';
import { Library } from './library';
import { exportRequest } from './testing/export-request';
import { openPreferences } from './preferences';
import { DEFAULT_HOUSE_STYLE } from '../../shared/house-style';

class Refusal extends Error {
  readonly code = 'binary';
}

const result = { name: 'a.txt', encoding: 'utf-8', stories: [] };

const unused = () => {
  throw new Error('not used in this test');
};

function fakeServices(impl: ApiServices['splitFile']): ApiServices {
  return {
    splitFile: vi.fn(impl),
    listDocuments: unused,
    importFiles: unused,
    cancelImport: unused,
    cancelExport: unused,
    loadDocument: unused,
    loadSource: unused,
    saveDocument: unused,
    removeDocument: unused,
    listTrash: unused,
    restoreDocument: unused,
    deleteDocument: unused,
    listVersions: unused,
    restoreVersion: unused,
    resplitDocument: unused,
    getSettings: unused,
    updateSettings: unused,
    exportStories: unused,
    chooseFolder: unused,
    showInFolder: unused,
    pasteAsDocument: unused,
    readyToQuit: unused,
  };
}

describe('the API contract', () => {
  it('names one channel per method', () => {
    expect(apiMethods).toContain('splitFile');
    expect(new Set(apiMethods.map(apiChannel)).size).toBe(apiMethods.length);
    expect(apiChannel('splitFile')).toBe('copydesk:splitFile');
  });

  it('builds a client with one function per method over any transport', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: 1 }));
    const client = createApiClient(call);
    expect(Object.keys(client)).toEqual([...apiMethods, 'onEvent']);
    await client.splitFile({ name: 'a.txt', bytes: new Uint8Array([65]) });
    expect(call).toHaveBeenCalledWith('splitFile', { name: 'a.txt', bytes: new Uint8Array([65]) });
  });
});

describe('api handlers', () => {
  it('validates input, calls the service and wraps its value', async () => {
    const services = fakeServices(() => result);
    const handlers = createApiHandlers(services);
    const bytes = new Uint8Array([65, 10]);
    expect(await handlers.splitFile({ name: 'a.txt', bytes })).toEqual({ ok: true, value: result });
    expect(services.splitFile).toHaveBeenCalledWith({ name: 'a.txt', bytes });
  });

  it.each([
    ['no input', undefined],
    ['a missing name', { bytes: new Uint8Array() }],
    ['an empty name', { name: '', bytes: new Uint8Array() }],
    ['a name too long', { name: 'x'.repeat(256), bytes: new Uint8Array() }],
    ['bytes as an array', { name: 'a.txt', bytes: [65] }],
    ['bytes as a string', { name: 'a.txt', bytes: 'A' }],
  ])('refuses %s without calling the service', async (_label, input) => {
    const services = fakeServices(() => result);
    const out = await createApiHandlers(services).splitFile(input);
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(services.splitFile).not.toHaveBeenCalled();
  });

  it("keeps a service's error code and message", async () => {
    const handlers = createApiHandlers(
      fakeServices(() => {
        throw new Refusal('photo.jpg looks like a binary file');
      }),
    );
    expect(await handlers.splitFile({ name: 'photo.jpg', bytes: new Uint8Array([0]) })).toEqual({
      ok: false,
      error: { code: 'binary', message: 'photo.jpg looks like a binary file' },
    });
  });

  it('reports an unexpected error as internal, never throwing', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers = createApiHandlers(
      fakeServices(() => {
        throw new TypeError('boom');
      }),
    );
    expect(await handlers.splitFile({ name: 'a.txt', bytes: new Uint8Array([65]) })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Unexpected error: boom' },
    });
    spy.mockRestore();
  });
});

describe('settings', () => {
  it('reads the house style, changes it, keeps it, and refuses an invalid one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-api-'));
    const handlers = createApiHandlers(openServices(dir));
    const first = await handlers.getSettings({});
    expect(first).toEqual({
      ok: true,
      value: {
        houseStyle: DEFAULT_HOUSE_STYLE,
        theme: 'system',
        exportChoices: null,
        openDocumentId: null,
        watchedFolder: null,
      },
    });

    const houseStyle = { ...DEFAULT_HOUSE_STYLE, creditFormat: 'photo-prefix' as const };
    expect(await handlers.updateSettings({ houseStyle })).toEqual({
      ok: true,
      value: {
        houseStyle,
        theme: 'system',
        exportChoices: null,
        openDocumentId: null,
        watchedFolder: null,
      },
    });
    await handlers.updateSettings({ openDocumentId: 'doc-1' });
    expect(await createApiHandlers(openServices(dir)).getSettings({})).toEqual({
      ok: true,
      value: {
        houseStyle,
        theme: 'system',
        exportChoices: null,
        openDocumentId: 'doc-1',
        watchedFolder: null,
      },
    });
    expect(
      await handlers.updateSettings({ houseStyle: { ...houseStyle, creditFormat: 'loud' } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await handlers.updateSettings({ openDocumentId: '../x' })).toMatchObject({ ok: false });
    expect(await handlers.getSettings({})).toMatchObject({ ok: true, value: { houseStyle } });
  });

  it('keeps the theme the desk sets and tells the shell, which the View menu reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-api-'));
    const themeChanged = vi.fn();
    const services = () =>
      createServices(new Library(dir), openPreferences({ cwd: dir }), {
        ...HEADLESS_SHELL,
        themeChanged,
      });
    const handlers = createApiHandlers(services());
    expect(await handlers.updateSettings({ theme: 'dark' })).toMatchObject({
      ok: true,
      value: { theme: 'dark' },
    });
    expect(themeChanged).toHaveBeenCalledWith('dark');
    expect(await createApiHandlers(services()).getSettings({})).toMatchObject({
      value: { theme: 'dark' },
    });
    expect(await handlers.updateSettings({ theme: 'sepia' })).toMatchObject({ ok: false });
    expect(themeChanged).toHaveBeenCalledTimes(1);
  });
});

// The first import starts the split thread from source (tsx): seconds on a loaded machine.
describe('library methods over a real library', { timeout: 20_000 }, () => {
  const sample = readFileSync(
    resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt'),
  );
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

  it("reports an import's progress over all its files in bytes, to the shell, by its id", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-api-'));
    const seen: { importId: string; done: number; total: number }[] = [];
    const handlers = createApiHandlers(
      createServices(new Library(join(dir, 'data')), openPreferences({ cwd: dir }), {
        ...HEADLESS_SHELL,
        importProgress: (importId, done, total) => seen.push({ importId, done, total }),
      }),
    );
    const files = [
      { name: 'one.txt', bytes: new Uint8Array(sample) },
      { name: 'two.txt', bytes: new Uint8Array(sample) },
    ];
    const result = await handlers.importFiles({ files, importId: 'drop-1' });
    expect(result.ok && result.value.documents).toHaveLength(2);
    const total = 2 * sample.byteLength;
    expect(seen.every((p) => p.importId === 'drop-1' && p.total === total)).toBe(true);
    const done = seen.map((p) => p.done);
    expect(done).toEqual(done.toSorted((a, b) => a - b));
    // The first file's end, then the second's: both files counted, all bytes at the end.
    expect(done).toContain(sample.byteLength);
    expect(done.at(-1)).toBe(total);
    // Without an id there is nothing to report progress under.
    seen.length = 0;
    await handlers.importFiles({ files: files.slice(0, 1) });
    expect(seen).toEqual([]);
  });

  it('imports, lists, loads, saves, re-splits and removes documents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-api-'));
    const handlers = createApiHandlers(openServices(dir));

    const imported = await handlers.importFiles({
      files: [
        { name: 'photo.png', bytes: png },
        { name: 'dump.txt', bytes: new Uint8Array(sample) },
      ],
    });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.errors).toEqual([
      {
        name: 'photo.png',
        code: 'binary',
        message: '"photo.png" is a PNG image, not a text file.',
      },
    ]);
    expect(imported.value.documents).toMatchObject([
      { name: 'dump.txt', storyCount: 2, captionCount: 2, removedCount: 10, uncertainCount: 0 },
    ]);
    const id = imported.value.documents[0]?.id as string;

    const listed = await handlers.listDocuments({});
    expect(listed).toMatchObject({ ok: true, value: { documents: [{ id }], problems: [] } });

    // The first stories alone, marked partial; the selected story always among them.
    expect(await handlers.loadDocument({ id, first: 1 })).toMatchObject({
      ok: true,
      value: { stories: [{}], partial: { storyCount: 2 } },
    });
    const whole = await handlers.loadDocument({ id, first: 2 });
    expect(whole.ok && whole.value.partial).toBeUndefined();

    const loaded = await handlers.loadDocument({ id });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const doc = loaded.value;
    // The UI never holds the source text: it comes on request.
    expect(doc.source).toEqual({
      encoding: 'UTF-8',
      lineEndings: 'LF',
      confidence: 1,
      warnings: [],
      kind: 'text',
    });
    expect(await handlers.loadSource({ id })).toEqual({
      ok: true,
      value: { text: sample.toString('utf8') },
    });

    const changes = documentChanges(
      doc,
      {
        ...doc,
        stories: doc.stories.map((s, i) => (i === 0 ? { ...s, headline: 'Edited' } : s)),
        reviews: { ...doc.reviews, [doc.stories[1]!.id]: 'approved' as const },
        selectedStoryId: doc.stories[1]!.id,
      },
      doc.revision,
    );
    expect(await handlers.saveDocument({ changes })).toMatchObject({
      ok: true,
      value: { revision: doc.revision + 1 },
    });
    // The same changes again, made on a revision the library has moved past: refused.
    expect(await handlers.saveDocument({ changes })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const opened = await handlers.loadDocument({ id, first: 1 });
    expect(opened.ok && opened.value.stories.length).toBe(2);
    // A fresh library reads what was written to disk, not a cache.
    const reread = await createApiHandlers(openServices(dir)).loadDocument({ id });
    expect(reread).toMatchObject({
      ok: true,
      value: { stories: [{ headline: 'Edited' }, {}], selectedStoryId: doc.stories[1]!.id },
    });
    expect(await handlers.loadSource({ id })).toMatchObject({ ok: true });

    const resplit = await handlers.resplitDocument({ id });
    expect(resplit).toMatchObject({
      ok: true,
      value: { stories: [{ headline: 'Harbour Bridge Reopens After Storm Repairs' }, {}] },
    });

    expect(await handlers.removeDocument({ id })).toEqual({ ok: true, value: null });
    expect(await handlers.listDocuments({})).toMatchObject({ ok: true, value: { documents: [] } });
  });

  it('refuses ids that could leave the documents folder and documents that do not validate', async () => {
    const handlers = createApiHandlers(openServices(mkdtempSync(join(tmpdir(), 'copydesk-api-'))));
    expect(await handlers.loadDocument({ id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await handlers.saveDocument({ changes: { id: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await handlers.loadDocument({ id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('exportStories and the shell', { timeout: 20_000 }, () => {
  it('cancels an export by its id, writing nothing; the id is free again once it is over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cancel-export-'));
    const folder = join(dir, 'out');
    let handlers: ReturnType<typeof createApiHandlers> | null = null;
    handlers = createApiHandlers(
      createServices(new Library(join(dir, 'data')), openPreferences({ cwd: dir }), {
        ...HEADLESS_SHELL,
        // The editor presses Cancel once the first file is made.
        exportProgress: () => void handlers?.cancelExport({ exportId: 'export-1' }),
      }),
    );
    const copy = readFileSync(
      resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt'),
    );
    const imported = await handlers.importFiles({
      files: [{ name: 'a.txt', bytes: new Uint8Array(copy) }],
    });
    const id = imported.ok ? imported.value.documents[0]!.id : '';
    const doc = await handlers.loadDocument({ id });
    const storyIds = doc.ok ? doc.value.stories.map((s) => s.id) : [];
    expect(storyIds.length).toBeGreaterThan(1);
    const request = exportRequest(folder, { documentId: id, scope: 'selected', storyIds });
    expect(await handlers.exportStories({ ...request, exportId: 'export-1' })).toEqual({
      ok: false,
      error: {
        code: 'cancelled',
        message: `The export was cancelled: nothing was written to ${folder}.`,
      },
    });
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    expect(await handlers.cancelExport({ exportId: 'export-1' })).toEqual({
      ok: true,
      value: { running: false },
    });
  });

  it('writes only to a folder the shell says the editor chose or confirmed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-grant-'));
    const confirmFolder = vi.fn(async (folder: string) => folder.endsWith('chosen'));
    const handlers = createApiHandlers(
      createServices(new Library(join(dir, 'data')), openPreferences({ cwd: dir }), {
        ...HEADLESS_SHELL,
        confirmFolder,
      }),
    );
    const imported = await handlers.importFiles({
      files: [
        {
          name: 'a.txt',
          bytes: new TextEncoder().encode(
            'Harbour Reopens\n\nThe harbour reopened on Monday after a week of storms.\n',
          ),
        },
      ],
    });
    const id = imported.ok ? imported.value.documents[0]!.id : '';
    const request = (folder: string) => exportRequest(folder, { documentId: id });
    const refused = await handlers.exportStories(request(join(dir, 'typed')));
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'folder-not-chosen',
        message: `Copydesk exports only to a folder you chose: choose ${join(dir, 'typed')} with Choose…, or confirm it when asked.`,
      },
    });
    expect(existsSync(join(dir, 'typed'))).toBe(false);
    const written = await handlers.exportStories(request(join(dir, 'chosen')));
    expect(written).toMatchObject({ ok: true, value: { files: ['harbour-reopens.txt'] } });
    expect(confirmFolder.mock.calls).toEqual([
      [join(dir, 'typed'), 'export'],
      [join(dir, 'chosen'), 'export'],
    ]);
  });
});

describe('cancelling an import', () => {
  const file = (name: string) => ({ name, bytes: new Uint8Array([65, 10]) });
  const cancelled = (name: string) => ({
    name,
    code: 'cancelled',
    message: `The import of "${name}" was cancelled: nothing was stored.`,
  });

  function servicesOverFakeSplits() {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-api-'));
    const fake = fakeSplitPool();
    const library = new Library(dir, { pool: fake.pool });
    const handlers = createApiHandlers(createServices(library, openPreferences({ cwd: dir })));
    return { ...fake, handlers };
  }

  it('stops the running split and the files after it; what was stored before stays', async () => {
    const { pool, looping, handlers } = servicesOverFakeSplits();
    try {
      const importing = handlers.importFiles({
        files: [file('first.txt'), file('loop.txt'), file('after.txt')],
        importId: 'import-1',
      });
      await looping();
      expect(await handlers.cancelImport({ importId: 'import-1' })).toEqual({
        ok: true,
        value: { running: true },
      });
      const result = await importing;
      expect(result).toMatchObject({ ok: true, value: { documents: [{ name: 'first.txt' }] } });
      expect(result.ok && result.value.errors).toEqual([
        cancelled('loop.txt'),
        cancelled('after.txt'),
      ]);
      const listed = await handlers.listDocuments({});
      expect(listed.ok && listed.value.documents.map((d) => d.name)).toEqual(['first.txt']);
      // Over: the id no longer names a running import.
      expect(await handlers.cancelImport({ importId: 'import-1' })).toEqual({
        ok: true,
        value: { running: false },
      });
    } finally {
      await pool.close();
    }
  });

  it('cancels an import whose cancel arrived first, splitting nothing', async () => {
    const { pool, workers, handlers } = servicesOverFakeSplits();
    try {
      expect(await handlers.cancelImport({ importId: 'early' })).toEqual({
        ok: true,
        value: { running: false },
      });
      expect(await handlers.importFiles({ files: [file('a.txt')], importId: 'early' })).toEqual({
        ok: true,
        value: { documents: [], errors: [cancelled('a.txt')] },
      });
      expect(workers).toHaveLength(0);
    } finally {
      await pool.close();
    }
  });

  it('refuses a bad import id, and an id already running', async () => {
    const { pool, looping, handlers } = servicesOverFakeSplits();
    try {
      expect(await handlers.cancelImport({ importId: '../x' })).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-input',
          message: expect.stringContaining('Not an import or export id'),
        },
      });
      expect(await handlers.importFiles({ files: [file('a.txt')], importId: '' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
      const running = handlers.importFiles({ files: [file('loop.txt')], importId: 'twice' });
      await looping();
      expect(await handlers.importFiles({ files: [file('b.txt')], importId: 'twice' })).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'An import with id twice is already running: each import needs its own id.',
        },
      });
      await handlers.cancelImport({ importId: 'twice' });
      expect(await running).toMatchObject({ ok: true, value: { errors: [{ code: 'cancelled' }] } });
    } finally {
      await pool.close();
    }
  });
});

describe('the trash, previous versions and the watched folder through the contract', () => {
  const copy = new TextEncoder().encode(
    'Harbour Reopens\n\nThe harbour reopened on Monday after a week of storms.\n',
  );

  it('restores and deletes only from the trash, and restores a version by its id', async () => {
    const handlers = createApiHandlers(openServices(mkdtempSync(join(tmpdir(), 'copydesk-api-'))));
    const imported = await handlers.importFiles({ files: [{ name: 'a.txt', bytes: copy }] });
    const id = imported.ok ? imported.value.documents[0]!.id : '';
    expect(await handlers.deleteDocument({ id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await handlers.removeDocument({ id });
    expect(await handlers.listTrash({})).toMatchObject({
      ok: true,
      value: [{ id, name: 'a.txt' }],
    });
    expect(await handlers.restoreDocument({ id })).toMatchObject({ ok: true, value: { id } });
    expect(await handlers.listVersions({ id })).toEqual({ ok: true, value: [] });
    await handlers.resplitDocument({ id });
    const versions = await handlers.listVersions({ id });
    const versionId = versions.ok ? versions.value[0]!.id : 0;
    expect(await handlers.restoreVersion({ id, versionId: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await handlers.restoreVersion({ id, versionId })).toMatchObject({
      ok: true,
      value: { id, stories: [{ headline: 'Harbour Reopens' }] },
    });
    await handlers.removeDocument({ id });
    expect(await handlers.deleteDocument({ id })).toEqual({ ok: true, value: null });
    expect(await handlers.listTrash({})).toEqual({ ok: true, value: [] });
  });

  it('watches only a folder the editor chose, and says so where nothing can watch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-api-'));
    const headless = createApiHandlers(openServices(dir));
    expect(await headless.updateSettings({ watchedFolder: dir })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    const watch = vi.fn(async () => {});
    const confirmFolder = vi.fn(async () => false);
    const handlers = createApiHandlers(
      createServices(
        new Library(join(dir, 'data')),
        openPreferences({ cwd: dir }),
        { ...HEADLESS_SHELL, confirmFolder },
        { watch } as never,
      ),
    );
    expect(await handlers.updateSettings({ watchedFolder: dir })).toMatchObject({
      ok: false,
      error: { code: 'folder-not-chosen' },
    });
    expect(confirmFolder).toHaveBeenCalledWith(dir, 'watch');
    expect(watch).not.toHaveBeenCalled();
    expect(await handlers.updateSettings({ watchedFolder: null })).toMatchObject({
      ok: true,
      value: { watchedFolder: null },
    });
    expect(watch).toHaveBeenCalledWith(null);
  });
});
