// The main process against a test double of Electron (testing/fake-electron.ts): the window, the
// security handlers, IPC registration and its sender check, single instance, files from the OS,
// menu commands, the ready handshake and the quit path. No Electron binary needed.

import Conf from 'conf';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiChannel, apiMethods, EVENT_CHANNEL, READY_CHANNEL } from '../../shared/api';
import { exportRequest } from '../services/testing/export-request';
import {
  createFakeElectron,
  FakeEvent,
  type FakeBrowserWindow,
  type FakeElectron,
} from './testing/fake-electron';

const SAMPLE = resolve(import.meta.dirname, '../../resources/samples/harbour-and-fishermen.txt');
const APP_PAGE = 'app://copydesk/index.html';

const savedArgv = process.argv;
const savedDevUrl = process.env['ELECTRON_RENDERER_URL'];
afterEach(() => {
  process.argv = savedArgv;
  if (savedDevUrl === undefined) delete process.env['ELECTRON_RENDERER_URL'];
  else process.env['ELECTRON_RENDERER_URL'] = savedDevUrl;
  vi.useRealTimers();
});

interface StartOptions {
  packaged?: boolean;
  lock?: boolean;
  argv?: string[];
  devUrl?: string;
  /** Written as the preferences file before the app starts. */
  preferences?: string;
}

/** Starts the main process on a fresh data folder with Electron replaced, and makes it ready. */
async function start(options: StartOptions = {}): Promise<FakeElectron> {
  vi.resetModules();
  const userData = mkdtempSync(join(tmpdir(), 'copydesk-main-'));
  if (options.preferences) writeFileSync(join(userData, 'preferences.json'), options.preferences);
  const fake = createFakeElectron({ userData, packaged: options.packaged, lock: options.lock });
  vi.doMock('electron', () => fake.module);
  // electron-store is conf with Electron's paths: the same store in the data folder.
  vi.doMock('electron-store', () => ({
    default: class extends Conf {
      constructor(o: { name: string; clearInvalidConfig: boolean }) {
        super({ configName: o.name, clearInvalidConfig: o.clearInvalidConfig, cwd: userData });
      }
    },
  }));
  process.argv = options.argv ?? ['electron', '.'];
  if (options.devUrl) process.env['ELECTRON_RENDERER_URL'] = options.devUrl;
  else delete process.env['ELECTRON_RENDERER_URL'];
  const { startApp } = await import('./app');
  startApp();
  await fake.becomeReady();
  return fake;
}

const windowOf = (fake: FakeElectron): FakeBrowserWindow => {
  const [win] = fake.windows;
  if (!win) throw new Error('no window');
  return win;
};

/** An IPC event as the window's top frame sends it. */
const fromTop = (win: FakeBrowserWindow) => ({
  sender: win.webContents,
  senderFrame: win.webContents.mainFrame,
});

/** The page says it listens, as the preload does on the first onEvent. */
function pageListens(fake: FakeElectron, event = fromTop(windowOf(fake))) {
  fake.ipcMain.emit(READY_CHANNEL, event);
}

const allEvents = (win: FakeBrowserWindow) =>
  win.webContents.sent.filter((s) => s.channel === EVENT_CHANNEL).map((s) => s.message);

/** The events sent, without an import's progress reports (how many depends on the machine). */
const events = (win: FakeBrowserWindow) =>
  allEvents(win).filter((e) => (e as { type?: string }).type !== 'import-progress');

const call = (fake: FakeElectron, method: string, input: unknown, event?: unknown) =>
  fake.ipcMain.invoke(`copydesk:${method}`, event ?? fromTop(windowOf(fake)), input);

/** Waits until `check` passes: imports run on real files in the background. */
/** Checks until it passes, for up to 15 s: an import first starts the split thread from source. */
async function eventually(check: () => void): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((done) => setTimeout(done, 10));
    }
  }
}

function menuItem(fake: FakeElectron, ...labels: string[]): MenuItemConstructorOptions {
  let items = fake.menu();
  let found: MenuItemConstructorOptions | undefined;
  for (const label of labels) {
    found = items.find((i) => i.label === label || i.role === label);
    items = (found?.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
  }
  if (!found) throw new Error(`no menu item ${labels.join(' > ')}`);
  return found;
}

describe('the window', () => {
  it('opens one window, sandboxed and isolated, on the app:// page, shown when ready', async () => {
    const fake = await start();
    expect(fake.windows).toHaveLength(1);
    const win = windowOf(fake);
    expect(win.options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      preload: expect.stringMatching(/[\\/]preload[\\/]index\.cjs$/),
    });
    expect(win.options.show).toBe(false);
    expect(win.webContents.mainFrame.url).toBe(APP_PAGE);
    expect(win.shown).toBe(true);
  });

  it('registers app:// as a privileged, secure scheme before ready, and serves it after', async () => {
    const fake = await start();
    expect(fake.schemes.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect([...fake.schemes.handlers.keys()]).toEqual(['app']);
  });
});

describe('security handlers', () => {
  it('deny navigation, redirects, webviews and new windows in every web contents', async () => {
    const fake = await start();
    const { webContents } = windowOf(fake);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = new FakeEvent();
      webContents.emit(name, event, 'https://example.com/');
      expect(event.defaultPrevented, name).toBe(true);
    }
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('deny every permission but writing sanitised text to the clipboard', async () => {
    const fake = await start();
    const { request, check } = fake.permissions;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      request?.(null, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check?.(null, permission), permission).toBe(false);
    }
    const callback = vi.fn();
    request?.(null, 'clipboard-sanitized-write', callback);
    expect(callback).toHaveBeenCalledWith(true);
  });
});

describe('IPC', () => {
  it('registers every contract method exactly once, on its own channel, and nothing else', async () => {
    const fake = await start();
    expect(fake.ipcMain.handleCalls.sort()).toEqual(apiMethods.map(apiChannel).sort());
  });

  it('refuses, on every channel, any caller but the top frame of the window on the app:// page', async () => {
    const fake = await start();
    const win = windowOf(fake);
    const top = win.webContents.mainFrame;
    const strangers = {
      'another web contents': { sender: {}, senderFrame: top },
      'a subframe': { sender: win.webContents, senderFrame: { ...top, routingId: 2 } },
      'a frame gone': { sender: win.webContents, senderFrame: null },
      'the top frame on a file:// page': {
        sender: win.webContents,
        senderFrame: { ...top, url: 'file:///home/ed/evil.html' },
      },
      'the top frame on a web page': {
        sender: win.webContents,
        senderFrame: { ...top, url: 'https://copydesk.example/' },
      },
      'the top frame on another app:// host': {
        sender: win.webContents,
        senderFrame: { ...top, url: 'app://evil/index.html' },
      },
    };
    for (const method of apiMethods) {
      for (const [who, event] of Object.entries(strangers)) {
        expect(await call(fake, method, {}, event), `${method} from ${who}`).toEqual({
          ok: false,
          error: { code: 'forbidden', message: 'Caller is not the Copydesk window' },
        });
      }
      const answer = (await call(fake, method, {})) as { ok: boolean; error?: { code: string } };
      expect(answer.error?.code, method).not.toBe('forbidden');
    }
  });
});

describe('development behaviour', () => {
  it('a packaged app has no developer tools and ignores ELECTRON_RENDERER_URL', async () => {
    const fake = await start({ packaged: true, devUrl: 'http://localhost:5173/' });
    expect(windowOf(fake).webContents.mainFrame.url).toBe(APP_PAGE);
    expect(() => menuItem(fake, '&View', 'toggleDevTools')).toThrow('no menu item');
  });

  it('an unpacked app loads the local dev server and trusts only its origin', async () => {
    const fake = await start({ devUrl: 'http://localhost:5173/' });
    const win = windowOf(fake);
    expect(win.webContents.mainFrame.url).toBe('http://localhost:5173/');
    expect(menuItem(fake, '&View', 'toggleDevTools')).toBeDefined();
    expect(await call(fake, 'getSettings', {})).toMatchObject({ ok: true });
    const appPage = {
      ...fromTop(win),
      senderFrame: { ...win.webContents.mainFrame, url: APP_PAGE },
    };
    expect(await call(fake, 'getSettings', {}, appPage)).toMatchObject({ ok: false });
  });

  it('an unpacked app told to load a remote page loads its own instead', async () => {
    const fake = await start({ devUrl: 'https://attacker.example/' });
    expect(windowOf(fake).webContents.mainFrame.url).toBe(APP_PAGE);
  });
});

describe('events and the ready handshake', () => {
  it('holds events sent at launch until the page says it listens, from the right frame', async () => {
    // A damaged preferences file is reported before the page could possibly listen.
    const fake = await start({ preferences: '{ not json' });
    const win = windowOf(fake);
    expect(events(win)).toEqual([]);
    pageListens(fake, {
      ...fromTop(win),
      senderFrame: { ...win.webContents.mainFrame, routingId: 9 },
    });
    expect(events(win)).toEqual([]);
    pageListens(fake);
    expect(events(win)).toEqual([
      { type: 'warning', message: expect.stringContaining('preferences.json') },
    ]);
  });

  it('holds them again while a reloaded page has not said it listens', async () => {
    const fake = await start();
    const win = windowOf(fake);
    pageListens(fake);
    win.webContents.emit('did-start-loading');
    menuItem(fake, '&File', 'Export…').click?.({} as never, undefined, {} as never);
    expect(events(win)).toEqual([]);
    pageListens(fake);
    expect(events(win)).toEqual([{ type: 'command', command: 'export' }]);
  });

  it('brings menu commands to the page', async () => {
    const fake = await start();
    pageListens(fake);
    for (const [labels, command] of [
      [['&File', 'Export…'], 'export'],
      [['&File', 'Close Document'], 'close-document'],
      [['&Edit', 'Undo'], 'undo'],
      [['&Edit', 'Find…'], 'find'],
      [['&Edit', 'Copy Story'], 'copy-story'],
      [['help', 'Command Palette…'], 'command-palette'],
      [['help', 'Keyboard Shortcuts'], 'shortcuts'],
    ] as const) {
      menuItem(fake, ...labels).click?.({} as never, undefined, {} as never);
      expect(events(windowOf(fake)).at(-1)).toEqual({ type: 'command', command });
    }
  });
});

describe('the theme', () => {
  it('is one setting: the View menu tells the page, the page’s switch sets the windows and the menu', async () => {
    const fake = await start();
    pageListens(fake);
    const checked = () =>
      ['Match System', 'Light', 'Dark'].find((label) => menuItem(fake, '&View', label).checked);
    menuItem(fake, '&View', 'Dark').click?.({} as never, undefined, {} as never);
    expect(fake.module.default.nativeTheme.themeSource).toBe('dark');
    expect(events(windowOf(fake)).at(-1)).toEqual({ type: 'theme', theme: 'dark' });
    expect(await call(fake, 'getSettings', {})).toMatchObject({ value: { theme: 'dark' } });

    expect(await call(fake, 'updateSettings', { theme: 'light' })).toMatchObject({ ok: true });
    expect(fake.module.default.nativeTheme.themeSource).toBe('light');
    expect(checked()).toBe('Light');
  });
});

describe('files from outside', { timeout: 20_000 }, () => {
  it('imports the files on the command line at launch', async () => {
    const fake = await start({ argv: ['electron', '.', SAMPLE] });
    pageListens(fake);
    await eventually(() =>
      expect(events(windowOf(fake))).toEqual([
        // The window is told the import has begun, by an id it can cancel it with.
        { type: 'import-started', importId: expect.any(String), label: expect.any(String) },
        {
          type: 'imported',
          importId: expect.any(String),
          result: {
            documents: [
              expect.objectContaining({ name: 'harbour-and-fishermen.txt', storyCount: 2 }),
            ],
            errors: [],
          },
        },
      ]),
    );
    // Between the two, how far it was, in bytes of the file, under the same id, up to all of it.
    const progress = allEvents(windowOf(fake)).filter(
      (e) => (e as { type?: string }).type === 'import-progress',
    ) as { importId: string; done: number; total: number }[];
    const [started] = events(windowOf(fake)) as { importId: string }[];
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.importId === started?.importId)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)?.total });
  });

  it(
    'a watched folder kept in the preferences is watched from launch: what arrived meanwhile is imported into the window and moved to processed/',
    { timeout: 30_000 },
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'copydesk-main-watch-'));
      copyFileSync(SAMPLE, join(folder, 'overnight.txt'));
      const fake = await start({ preferences: JSON.stringify({ watchedFolder: folder }) });
      pageListens(fake);
      try {
        // The file settles (two seconds unchanged), then imports: real time, so a longer wait.
        await vi.waitFor(
          () => expect(existsSync(join(folder, 'processed', 'overnight.txt'))).toBe(true),
          {
            timeout: 20_000,
            interval: 100,
          },
        );
        expect(events(windowOf(fake))).toEqual([
          { type: 'import-started', importId: expect.any(String), label: expect.any(String) },
          {
            type: 'imported',
            importId: expect.any(String),
            from: 'watched-folder',
            result: {
              documents: [expect.objectContaining({ name: 'overnight.txt', storyCount: 2 })],
              errors: [],
            },
          },
        ]);
        expect(await call(fake, 'getSettings', {})).toMatchObject({
          ok: true,
          value: { watchedFolder: folder },
        });
      } finally {
        fake.app.quit();
      }
    },
  );

  it('Edit > Paste as New Document imports the clipboard: HTML for its structure, else its text', async () => {
    const fake = await start();
    pageListens(fake);
    const paste = () =>
      menuItem(fake, '&Edit', 'Paste as New Document').click?.({} as never, undefined, {} as never);
    paste();
    await eventually(() =>
      expect(events(windowOf(fake))).toEqual([
        { type: 'warning', message: 'The clipboard holds no text to make a document of.' },
      ]),
    );
    fake.clipboard.text =
      'Ferry Strike Ends\n\nFerries run again from Monday, the operator said.\n';
    fake.clipboard.html =
      '<article><h1>Harbour Reopens</h1><p>The harbour reopened on Wednesday after a three-day closure, the port authority said.</p></article>';
    paste();
    await eventually(() =>
      expect(events(windowOf(fake)).slice(1)).toEqual([
        expect.objectContaining({ type: 'import-started' }),
        {
          type: 'imported',
          importId: expect.any(String),
          result: {
            documents: [
              expect.objectContaining({
                name: expect.stringMatching(/^Pasted .*\.html$/),
                storyCount: 1,
              }),
            ],
            errors: [],
          },
        },
      ]),
    );
  });

  it('a second launch focuses the window and imports its files; only one instance runs', async () => {
    const fake = await start();
    pageListens(fake);
    fake.app.emit('second-instance', new FakeEvent(), ['electron', '.', SAMPLE, '--flag'], '/');
    expect(windowOf(fake).focused).toBe(true);
    await eventually(() =>
      expect(events(windowOf(fake))).toEqual([
        expect.objectContaining({ type: 'import-started' }),
        expect.objectContaining({
          type: 'imported',
          result: expect.objectContaining({ errors: [] }),
        }),
      ]),
    );

    const second = await start({ lock: false });
    expect(second.app.quitCalls).toHaveLength(1);
    expect(second.windows).toEqual([]);
    expect(second.ipcMain.handleCalls).toEqual([]);
  });

  it('a file opened from the OS (macOS open-file) is imported, and named when it cannot be read', async () => {
    const fake = await start();
    pageListens(fake);
    const event = new FakeEvent();
    fake.app.emit('open-file', event, '/nowhere/gone.txt');
    expect(event.defaultPrevented).toBe(true);
    await eventually(() =>
      expect(events(windowOf(fake))).toEqual([
        {
          type: 'imported',
          importId: expect.any(String),
          result: {
            documents: [],
            errors: [
              {
                name: 'gone.txt',
                code: 'unreadable',
                message: '"/nowhere/gone.txt" was not found.',
              },
            ],
          },
        },
      ]),
    );
  });
});

describe('folders the editor chose', () => {
  it('an export to a typed folder asks first, and goes nowhere when the editor cancels', async () => {
    const fake = await start();
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-typed-'));
    fake.dialogAnswers.message = 1;
    expect(await call(fake, 'exportStories', exportRequest(folder))).toMatchObject({
      ok: false,
      error: { code: 'folder-not-chosen' },
    });
    expect(fake.dialog.asked).toEqual([
      expect.objectContaining({
        message: 'Export into this folder?',
        detail: expect.stringContaining(folder),
      }),
    ]);
    // Confirmed once, it is the editor's: no second question, and the export goes on (to find no document).
    fake.dialogAnswers.message = 0;
    expect(await call(fake, 'exportStories', exportRequest(folder))).toMatchObject({
      error: { code: 'not-found' },
    });
    expect(await call(fake, 'exportStories', exportRequest(folder))).toMatchObject({
      error: { code: 'not-found' },
    });
    expect(fake.dialog.asked).toHaveLength(2);
  });

  it('a folder picked in the dialog needs no question; Show in folder opens only files in such folders', async () => {
    const fake = await start();
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-picked-'));
    fake.dialogAnswers.open = { canceled: false, filePaths: [folder] };
    expect(await call(fake, 'chooseFolder', {})).toEqual({ ok: true, value: { path: folder } });
    expect(await call(fake, 'exportStories', exportRequest(folder))).toMatchObject({
      error: { code: 'not-found' },
    });
    expect(fake.dialog.asked).toEqual([]);
    expect(await call(fake, 'showInFolder', { path: join(folder, 'story.txt') })).toEqual({
      ok: true,
      value: { shown: true },
    });
    for (const path of ['/etc/passwd', join(folder, 'sub', 'x.txt'), join(folder, '..', 'x.txt')]) {
      expect(await call(fake, 'showInFolder', { path }), path).toEqual({
        ok: true,
        value: { shown: false },
      });
    }
    expect(fake.shown).toEqual([join(folder, 'story.txt')]);
  });
});

describe('quitting', () => {
  it('waits for the page to save, then closes and quits', async () => {
    const fake = await start();
    const win = windowOf(fake);
    pageListens(fake);
    // The library is open (its write-ahead log beside it) until the app quits.
    expect(await call(fake, 'listDocuments', {})).toMatchObject({ ok: true });
    const wal = join(fake.app.getPath('userData'), 'library.sqlite-wal');
    expect(existsSync(wal)).toBe(true);
    fake.app.quit();
    expect(win.isDestroyed()).toBe(false);
    expect(fake.app.quitted).toBe(false);
    expect(events(win).at(-1)).toEqual({ type: 'quitting' });
    expect(await call(fake, 'readyToQuit', {})).toEqual({ ok: true, value: null });
    await eventually(() => expect(fake.app.quitted).toBe(true));
    expect(win.isDestroyed()).toBe(true);
    // Closed on the way out: the log checkpointed into the database and removed.
    expect(existsSync(wal)).toBe(false);
  });

  it('closing the window waits the same way, then the app quits (not on macOS)', async () => {
    const fake = await start();
    const win = windowOf(fake);
    pageListens(fake);
    win.close();
    expect(win.isDestroyed()).toBe(false);
    await call(fake, 'readyToQuit', {});
    await eventually(() => expect(win.isDestroyed()).toBe(true));
    if (process.platform !== 'darwin') expect(fake.app.quitted).toBe(true);
  });

  it('does not wait past the time limit for a page that never answers', async () => {
    const fake = await start();
    const win = windowOf(fake);
    pageListens(fake);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fake.app.quit();
    await vi.advanceTimersByTimeAsync(4900);
    expect(fake.app.quitted).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(fake.app.quitted).toBe(true);
    expect(win.isDestroyed()).toBe(true);
  });

  it('closes at once a page that never said it listens: there is nothing it could save', async () => {
    const fake = await start();
    fake.app.quit();
    expect(fake.app.quitted).toBe(true);
  });
});
