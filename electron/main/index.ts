// The Electron main process: thin. App lifecycle, the one window, security defaults, and the API
// contract registered over IPC (validate the sender -> api-handlers validate input -> service).

import { app, BrowserWindow, ipcMain, session, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { apiChannel, apiMethods, type ApiResult } from '../../shared/api';
import { createApiHandlers, createServices } from '../services/api-handlers';
import { Library } from '../services/library';

let mainWindow: BrowserWindow | null = null;

/** Only our window's top frame may call the API. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!mainWindow || mainWindow.isDestroyed() || !frame) return false;
  if (event.sender !== mainWindow.webContents) return false;
  const top = mainWindow.webContents.mainFrame;
  return frame.processId === top.processId && frame.routingId === top.routingId;
}

function registerApi(): void {
  // Documents live in the app's data folder: one JSON file each (see electron/services/library.ts).
  const handlers = createApiHandlers(createServices(new Library(app.getPath('userData'))));
  for (const method of apiMethods) {
    ipcMain.handle(
      apiChannel(method),
      async (event, rawInput: unknown): Promise<ApiResult<unknown>> => {
        if (!isTrustedSender(event)) {
          return {
            ok: false,
            error: { code: 'forbidden', message: 'Caller is not the Copydesk window' },
          };
        }
        return handlers[method](rawInput);
      },
    );
  }
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    show: false,
    title: 'Copydesk',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(__dirname, '../preload/index.cjs'),
    },
  });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devUrl) void win.loadURL(devUrl);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
}

// No navigation, no new windows, no webviews, for every web contents ever created.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  registerApi();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
