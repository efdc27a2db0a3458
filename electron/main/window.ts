// The main window: secure web preferences (kept literal for Electronegativity), bounds remembered.
// The page comes from app:// (protocol.ts), never file://.

import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import type { PreferencesService } from '../services/preferences';
import { restoreBounds } from './window-state';

/** The window, loading `url`: the app's own app:// page, or the dev server in development. */
export function createMainWindow(prefs: PreferencesService, url: string): BrowserWindow {
  const saved = prefs.get('windowBounds');
  const win = new BrowserWindow({
    ...restoreBounds(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    ),
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      preload: join(__dirname, '../preload/index.cjs'),
    },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // Remember where the window is, a moment after the editor stops moving it.
  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.isDestroyed()) return;
      const maximized = win.isMaximized();
      const bounds = maximized
        ? { ...(prefs.get('windowBounds') ?? win.getNormalBounds()) }
        : win.getBounds();
      prefs.set('windowBounds', { ...bounds, maximized });
    }, 500);
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('close', () => {
    clearTimeout(timer);
    prefs.set('windowBounds', { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });

  void win.loadURL(url);
  return win;
}
