// What the services ask of the desktop: native folder pickers and confirmations, the file manager,
// export progress and the quit answer. Folders are granted here, when the editor picks or confirms
// one, and checked here, before an export writes or a file manager opens.

import { dialog, shell } from 'electron';
import type { ShellServices } from '../services/api-handlers';
import type { FolderGrants } from './folders';
import type { EventSender, GetWindow } from './ipc';

export interface ShellDeps {
  getWindow: GetWindow;
  grants: FolderGrants;
  events: EventSender;
  readyToQuit: () => void;
  /** Applies the theme to the app's windows and menu. */
  themeChanged: ShellServices['themeChanged'];
  pasteAsDocument: ShellServices['pasteAsDocument'];
}

export function createShellServices({
  getWindow,
  grants,
  events,
  readyToQuit,
  themeChanged,
  pasteAsDocument,
}: ShellDeps): ShellServices {
  return {
    chooseFolder: async (defaultPath, purpose) => {
      const options = {
        title: purpose === 'watch' ? 'Watch folder' : 'Export to folder',
        defaultPath,
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      // Modal to the window when there is one.
      const win = getWindow();
      const chosen = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      const path = chosen.canceled ? null : (chosen.filePaths[0] ?? null);
      if (path) grants.grant(path);
      return path;
    },
    confirmFolder: async (folder, purpose) => {
      if (grants.has(folder)) return true;
      const watch = purpose === 'watch';
      const options = {
        type: 'question' as const,
        buttons: [watch ? 'Watch' : 'Export', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
        title: watch ? 'Watched folder' : 'Export',
        message: watch ? 'Import every file dropped into this folder?' : 'Export into this folder?',
        detail: watch
          ? `${folder}\n\nIt was typed rather than chosen. Files dropped in it are imported, then moved to its processed/ or error/ folder.`
          : `${folder}\n\nIt was typed rather than chosen. Copydesk writes only to folders you choose or confirm.`,
      };
      const win = getWindow();
      const { response } = win
        ? await dialog.showMessageBox(win, options)
        : await dialog.showMessageBox(options);
      if (response !== 0) return false;
      grants.grant(folder);
      return true;
    },
    showInFolder: (path) => {
      if (!grants.holds(path)) return false;
      shell.showItemInFolder(path);
      return true;
    },
    exportProgress: (done, total) => events.send({ type: 'export-progress', done, total }),
    importProgress: (importId, done, total) =>
      events.send({ type: 'import-progress', importId, done, total }),
    readyToQuit,
    themeChanged,
    pasteAsDocument,
  };
}
