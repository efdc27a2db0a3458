// The application menu, built as a plain template from the app's state so it can be tested without
// Electron; main installs it and rebuilds it when recent files or the theme change.

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api';
import type { Preferences } from '../services/preferences';

export interface MenuState {
  platform: NodeJS.Platform;
  appName: string;
  recentFiles: string[];
  theme: Preferences['theme'];
  /** Developer tools only in development builds. */
  dev: boolean;
}

export interface MenuActions {
  openFiles(): void;
  /** The clipboard becomes a new document (read by main: the page may not read the clipboard). */
  pasteAsDocument(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  setTheme(theme: Preferences['theme']): void;
  about(): void;
  /** Commands the UI carries out (find, close document, export). */
  send(command: MenuCommand): void;
}

export function buildMenuTemplate(
  state: MenuState,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] =
    state.recentFiles.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : [
          ...state.recentFiles.map((path) => ({
            label: path,
            click: () => actions.openRecent(path),
          })),
          { type: 'separator' as const },
          { label: 'Clear Recent', click: () => actions.clearRecent() },
        ];
  const theme = (value: Preferences['theme'], label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: state.theme === value,
    click: () => actions.setTheme(value),
  });
  const about: MenuItemConstructorOptions = {
    label: `About ${state.appName}`,
    click: () => actions.about(),
  };
  // Where each system keeps it: the app menu on macOS, Edit elsewhere.
  const preferences: MenuItemConstructorOptions = {
    label: mac ? 'Settings…' : 'Preferences…',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.send('preferences'),
  };

  return [
    ...(mac
      ? [
          {
            label: state.appName,
            submenu: [
              about,
              { type: 'separator' as const },
              preferences,
              { type: 'separator' as const },
              { role: 'quit' as const },
            ],
          },
        ]
      : []),
    {
      label: '&File',
      submenu: [
        {
          id: 'file-open',
          label: 'Open…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.openFiles(),
        },
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.send('export') },
        { type: 'separator' },
        {
          label: 'Close Document',
          accelerator: 'CmdOrCtrl+W',
          click: () => actions.send('close-document'),
        },
        ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Not the undo/redo roles: on Windows and Linux their accelerators take Ctrl+Z before the
        // page, and native undo knows nothing of the body editor's history or of document actions
        // (merge, split, spike). The keys reach the page; the menu items ask it to undo.
        {
          label: 'Undo',
          accelerator: 'CmdOrCtrl+Z',
          registerAccelerator: false,
          click: () => actions.send('undo'),
        },
        {
          label: 'Redo',
          accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
          registerAccelerator: false,
          click: () => actions.send('redo'),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        {
          label: 'Paste as New Document',
          accelerator: 'CmdOrCtrl+Alt+V',
          click: () => actions.pasteAsDocument(),
        },
        { role: 'selectAll' },
        {
          label: 'Copy Story',
          accelerator: 'CmdOrCtrl+Shift+C',
          click: () => actions.send('copy-story'),
        },
        { type: 'separator' },
        {
          label: 'Find…',
          accelerator: 'CmdOrCtrl+F',
          // The page opens Find itself in the keydown, so the keys typed next go to its field; a
          // menu command arriving later would select the field again under the typing.
          registerAccelerator: false,
          click: () => actions.send('find'),
        },
        {
          label: 'Replace…',
          accelerator: mac ? 'Cmd+Alt+F' : 'Ctrl+H',
          click: () => actions.send('replace'),
        },
        ...(mac ? [] : [{ type: 'separator' as const }, preferences]),
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        theme('system', 'Match System'),
        theme('light', 'Light'),
        theme('dark', 'Dark'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(state.dev ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // The page takes these keys itself (from a text field too); the menu names them.
        {
          label: 'Command Palette…',
          accelerator: 'CmdOrCtrl+Shift+P',
          registerAccelerator: false,
          click: () => actions.send('command-palette'),
        },
        {
          label: 'Keyboard Shortcuts',
          accelerator: 'CmdOrCtrl+/',
          registerAccelerator: false,
          click: () => actions.send('shortcuts'),
        },
        ...(mac ? [] : [{ type: 'separator' as const }, about]),
      ],
    },
  ];
}
