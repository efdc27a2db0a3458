// The Electron main process, wired in order; each concern lives in its own module. Single instance:
// a second launch focuses this window and imports the files it was given.

import { app, BrowserWindow, clipboard, dialog, Menu, nativeTheme } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { createApiHandlers, createServices } from '../services/api-handlers';
import { Library } from '../services/library';
import {
  PreferencesService,
  setAsideInvalidStoreFile,
  type PreferenceWarning,
} from '../services/preferences';
import { filesFromArgv } from './files';
import { importData, importPaths, type ImportOptions } from '../services/imports';
import { FolderGrants } from './folders';
import { createEventSender, registerApi } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_URL, devRendererUrl, originOf, registerAppScheme, serveRenderer } from './protocol';
import { setupQuit } from './quit';
import { setupSecurity } from './security';
import { createShellServices } from './shell';
import { createMainWindow } from './window';
import { WatchedFolder } from '../services/watched-folder';
import type { ImportFilesResult } from '../../shared/api';
import { pastedFile } from '../../shared/import-label';

export function startApp(): void {
  // Tests (and editors who want a second, separate desk) may point the app at another data folder.
  const dataOverride = process.env['COPYDESK_USER_DATA'];
  if (dataOverride) app.setPath('userData', dataOverride);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  setupSecurity();

  const packaged = app.isPackaged;
  const pageUrl = devRendererUrl(packaged, process.env) ?? APP_URL;
  const origin = originOf(pageUrl) as string;
  let mainWindow: BrowserWindow | null = null;
  const getWindow = () => mainWindow;
  const events = createEventSender(getWindow, origin);
  const quit = setupQuit(events);
  const warn = (w: PreferenceWarning) => events.send({ type: 'warning', message: w.message });

  // Settings beside the documents in the app's data folder; a damaged file is set aside, not wiped.
  const dataDir = app.getPath('userData');
  setAsideInvalidStoreFile(join(dataDir, 'preferences.json'), warn);
  const prefs = new PreferencesService(
    new ElectronStore({ name: 'preferences', clearInvalidConfig: false }),
    warn,
  );
  const library = new Library(dataDir);
  // The watched folder imports as File > Open does, shown in the window and cancellable there.
  const watcher = new WatchedFolder({
    ledger: library,
    importFiles: (files) =>
      importInWindow((options) => importData(files, handlers, options), 'watched-folder'),
    onWarning: (message) => events.send({ type: 'warning', message }),
  });
  // Last: the page has saved (quit.ts waited for it). An import whose stories are still being
  // stored is stored first; closing checkpoints the database's WAL.
  app.on('will-quit', (event) => {
    if (library.storing) {
      event.preventDefault();
      void library.stored().finally(() => app.quit());
      return;
    }
    void watcher.close();
    library.close();
  });
  const handlers = createApiHandlers(
    createServices(
      library,
      prefs,
      createShellServices({
        getWindow,
        grants: new FolderGrants(),
        events,
        readyToQuit: () => quit.readyToQuit(),
        // Set in the page (its theme switch, already saved): the windows and the menu follow.
        pasteAsDocument: () => pasteAsDocument(),
        themeChanged: (theme) => {
          nativeTheme.themeSource = theme;
          installMenu();
        },
      }),
      watcher,
    ),
  );

  let imports = 0;
  const openPaths = async (paths: string[]) => {
    if (paths.length === 0) return;
    for (const path of paths) prefs.addRecentFile(path);
    installMenu();
    await importInWindow((options) => importPaths(paths, handlers, options));
  };

  /** An import begun by main, shown in the window and cancellable there as its own imports are. */
  const importInWindow = async (
    run: (options: Required<ImportOptions>) => Promise<ImportFilesResult>,
    from?: 'watched-folder',
  ) => {
    const importId = `main-${Date.now().toString(36)}-${(imports++).toString(36)}`;
    const result = await run({
      importId,
      onStart: (label) => events.send({ type: 'import-started', importId, label }),
    });
    events.send({ type: 'imported', result, importId, ...(from ? { from } : {}) });
    return result;
  };

  /** What the clipboard holds as HTML (a browser's copy) and as plain text; '' where nothing. */
  const clipboardCopy = async () => {
    let html = '';
    for (const item of await clipboard.read()) {
      if (!item.types.includes('text/html')) continue;
      const blob = await item.getType('text/html');
      if (blob instanceof Blob) html = await blob.text();
      break;
    }
    return { html, text: await clipboard.readText() };
  };

  /** Edit > Paste as New Document: the clipboard imported as the desk's Ctrl+V imports it. */
  const pasteAsDocument = async () => {
    const file = pastedFile(await clipboardCopy());
    if (!file) {
      events.send({
        type: 'warning',
        message: 'The clipboard holds no text to make a document of.',
      });
      return false;
    }
    const bytes = new TextEncoder().encode(file.text);
    await importInWindow((options) => importData([{ name: file.name, bytes }], handlers, options));
    return true;
  };

  const installMenu = () => {
    const template = buildMenuTemplate(
      {
        platform: process.platform,
        appName: app.getName(),
        recentFiles: prefs.get('recentFiles'),
        theme: prefs.get('theme'),
        dev: !packaged,
      },
      {
        openFiles: async () => {
          const win = getWindow();
          const options = {
            title: 'Open copy',
            properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
            filters: [
              {
                name: 'Copy',
                extensions: ['txt', 'text', 'md', 'html', 'htm', 'docx', 'eml', 'xml', 'json'],
              },
              { name: 'Copydesk documents', extensions: ['json'] },
              { name: 'All files', extensions: ['*'] },
            ],
          };
          const chosen = win
            ? await dialog.showOpenDialog(win, options)
            : await dialog.showOpenDialog(options);
          if (!chosen.canceled) await openPaths(chosen.filePaths);
        },
        openRecent: (path) => void openPaths([path]),
        pasteAsDocument: () => void pasteAsDocument(),
        clearRecent: () => {
          prefs.set('recentFiles', []);
          installMenu();
        },
        setTheme: (theme) => {
          prefs.set('theme', theme);
          nativeTheme.themeSource = theme;
          installMenu();
          // The page's switch shows the same setting.
          events.send({ type: 'theme', theme });
        },
        about: () => app.showAboutPanel(),
        send: (command) => events.send({ type: 'command', command }),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  app.on('second-instance', (_event, argv, cwd) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    void openPaths(filesFromArgv(argv, cwd, packaged));
  });
  // macOS hands files opened from Finder here, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void app.whenReady().then(() => openPaths([path]));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    serveRenderer(join(__dirname, '../renderer'));
    nativeTheme.themeSource = prefs.get('theme');
    app.setAboutPanelOptions({ applicationName: 'Copydesk', applicationVersion: app.getVersion() });
    registerApi(handlers, getWindow, origin);
    installMenu();
    const open = () => {
      const win = createMainWindow(prefs, pageUrl);
      mainWindow = win;
      events.attach(win);
      quit.attach(win);
      win.on('closed', () => {
        if (mainWindow === win) mainWindow = null;
      });
    };
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
    void openPaths(filesFromArgv(process.argv, process.cwd(), packaged));
    // Off unless the editor set a folder; what arrived while the app was closed is imported now.
    watcher
      .watch(prefs.get('watchedFolder'))
      .catch((err: Error) =>
        events.send({ type: 'warning', message: `${err.message} Choose it again in Preferences.` }),
      );
  });
}
