// The backend side of the API contract, for every front end (Electron main, the e2e host): each
// method validates its raw input with the contract's schema, calls the service and returns an
// ApiResult. Nothing here throws; a refusal or a bug becomes `{ ok: false, error }`.
// Node only: never imports 'electron'.

import { isAbsolute } from 'node:path';
import { z } from 'zod';
import {
  api,
  apiMethods,
  type ApiError,
  type ApiMethod,
  type ApiOutput,
  type ApiParsedInput,
  type ApiResult,
  type FolderPurpose,
  type ImportFilesResult,
  type Theme,
} from '../../shared/api';
import { withoutSourceText } from '../../shared/document';
import { Library } from './library';
import { exportDocument, ExportError } from './export';
import { ImportRegistry } from './imports';
import { openPreferences, type PreferencesService } from './preferences';
import { sharedSplitPool } from './split-pool';
import type { WatchedFolder } from './watched-folder';

export type ApiServices = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

export type ApiHandlers = {
  [M in ApiMethod]: (rawInput: unknown) => Promise<ApiResult<ApiOutput<M>>>;
};

/** What only a desktop shell can do; outside Electron these say they cannot. */
export interface ShellServices {
  chooseFolder(defaultPath: string | undefined, purpose: FolderPurpose): Promise<string | null>;
  /**
   * Whether the editor chose this folder (in the folder picker, or by confirming a typed one);
   * the desktop shell asks when they have not. Exports, and the watched folder, go nowhere else.
   */
  confirmFolder(folder: string, purpose: FolderPurpose): Promise<boolean>;
  showInFolder(path: string): boolean;
  /** Pushes a long export's progress to the window. */
  exportProgress(done: number, total: number): void;
  /** Pushes an import's progress to the window: bytes of its files decoded and split so far. */
  importProgress(importId: string, done: number, total: number): void;
  /** The window saved its last changes: quitting may go on. */
  readyToQuit(): void;
  /**
   * Imports what the clipboard holds as a new document (the window hears of it as of any import
   * main begins); false where the shell cannot read the clipboard or it holds no text.
   */
  pasteAsDocument(): Promise<boolean>;
  /** The theme setting changed in the page: the shell shows it (window colours, the View menu). */
  themeChanged(theme: Theme): void;
}

/**
 * Outside Electron (the CLI, the e2e host on loopback) the one who typed the folder is the one
 * running the process: nothing to confirm.
 */
export const HEADLESS_SHELL: ShellServices = {
  chooseFolder: async () => null,
  confirmFolder: async () => true,
  showInFolder: () => false,
  exportProgress: () => {},
  importProgress: () => {},
  readyToQuit: () => {},
  themeChanged: () => {},
  pasteAsDocument: async () => false,
};

/**
 * The real services behind each method, over one document library and its preferences; the
 * watched folder, where the front end has one, follows the setting.
 */
export function createServices(
  library: Library,
  prefs: PreferencesService,
  shell: ShellServices = HEADLESS_SHELL,
  watcher?: WatchedFolder,
): ApiServices {
  const settings = () => ({
    houseStyle: prefs.get('houseStyle'),
    theme: prefs.get('theme'),
    exportChoices: prefs.get('exportChoices'),
    openDocumentId: prefs.get('openDocumentId'),
    watchedFolder: prefs.get('watchedFolder'),
  });
  /** Watches the folder (checked, and confirmed when typed), then keeps the setting. */
  const setWatchedFolder = async (folder: string | null) => {
    if (!watcher) {
      throw Object.assign(new Error('This Copydesk cannot watch a folder.'), {
        code: 'unavailable',
      });
    }
    if (folder !== null && !(await shell.confirmFolder(folder, 'watch'))) {
      throw Object.assign(
        new Error(
          `Copydesk watches only a folder you chose: choose ${folder} with Choose…, or confirm it when asked.`,
        ),
        { code: 'folder-not-chosen' },
      );
    }
    await watcher.watch(folder);
    prefs.set('watchedFolder', folder);
  };
  const imports = new ImportRegistry();
  const exports = new ImportRegistry('export');
  return {
    splitFile: async (input) => {
      const { name, decoded, stories } = await sharedSplitPool().splitFile(input);
      return { name, encoding: decoded.encoding, stories };
    },
    listDocuments: () => library.list(),
    importFiles: async ({ files, importId }) => {
      const { signal, end } = imports.begin(importId);
      const result: ImportFilesResult = { documents: [], errors: [] };
      // Progress over the whole drop, in bytes: each file counts for its size.
      const total = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
      let before = 0;
      try {
        // One after another: a cancel stops the running split, and the files after it see the
        // aborted signal and are refused as cancelled without being split.
        for (const file of files) {
          const size = file.bytes.byteLength;
          const onProgress =
            importId === undefined
              ? undefined
              : (fraction: number) =>
                  shell.importProgress(importId, before + Math.round(size * fraction), total);
          try {
            const { attached, ...summary } = await library.import(file, { signal, onProgress });
            result.documents.push(summary, ...(attached?.documents ?? []));
            result.errors.push(...(attached?.errors ?? []));
          } catch (err) {
            result.errors.push({ name: file.name, ...toApiError(err) });
          }
          before += size;
        }
      } finally {
        end();
      }
      return result;
    },
    cancelImport: ({ importId }) => imports.cancel(importId),
    loadDocument: ({ id, first }) => library.open(id, first),
    loadSource: async ({ id }) => ({ text: (await library.load(id)).source.text }),
    saveDocument: ({ changes }) => library.update(changes),
    removeDocument: async ({ id }) => {
      await library.remove(id);
      return null;
    },
    listTrash: () => library.listTrash(),
    restoreDocument: ({ id }) => library.restore(id),
    deleteDocument: async ({ id }) => {
      await library.deleteForever(id);
      return null;
    },
    listVersions: ({ id }) => library.previousVersions(id),
    restoreVersion: async ({ id, versionId }) =>
      withoutSourceText(await library.restoreVersion(id, versionId)),
    resplitDocument: async ({ id }) => withoutSourceText(await library.resplit(id)),
    getSettings: settings,
    updateSettings: async (patch) => {
      if (patch.watchedFolder !== undefined) await setWatchedFolder(patch.watchedFolder);
      if (patch.houseStyle) prefs.set('houseStyle', patch.houseStyle);
      if (patch.openDocumentId !== undefined) prefs.set('openDocumentId', patch.openDocumentId);
      if (patch.theme) {
        prefs.set('theme', patch.theme);
        shell.themeChanged(patch.theme);
      }
      return settings();
    },
    exportStories: async (request) => {
      if (isAbsolute(request.folder) && !(await shell.confirmFolder(request.folder, 'export'))) {
        throw new ExportError(
          'folder-not-chosen',
          `Copydesk exports only to a folder you chose: choose ${request.folder} with Choose…, or confirm it when asked.`,
        );
      }
      const { signal, end } = exports.begin(request.exportId);
      try {
        const result = await exportDocument(await library.load(request.documentId), request, {
          houseStyle: prefs.get('houseStyle'),
          onProgress: (done, total) => shell.exportProgress(done, total),
          signal,
        });
        const { documentId: _d, storyIds: _s, overwrite: _o, exportId: _e, ...choices } = request;
        prefs.set('exportChoices', choices);
        return result;
      } finally {
        end();
      }
    },
    cancelExport: ({ exportId }) => exports.cancel(exportId),
    chooseFolder: async ({ defaultPath, purpose }) => ({
      path: await shell.chooseFolder(defaultPath, purpose),
    }),
    showInFolder: ({ path }) => ({ shown: shell.showInFolder(path) }),
    pasteAsDocument: async () => ({ pasted: await shell.pasteAsDocument() }),
    readyToQuit: () => {
      shell.readyToQuit();
      return null;
    },
  };
}

/** Services over a data folder outside Electron (e2e host, tests): documents and conf preferences. */
export function openServices(dataDir: string, shell: ShellServices = HEADLESS_SHELL): ApiServices {
  return createServices(new Library(dataDir), openPreferences({ cwd: dataDir }), shell);
}

/** Turns anything thrown into an ApiError: a service's own `code` and message are kept. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.length > 0) return { code, message: err.message };
    return { code: 'internal', message: `Unexpected error: ${err.message}` };
  }
  return { code: 'internal', message: `Unexpected error: ${String(err)}` };
}

async function handle<M extends ApiMethod>(
  method: M,
  impl: ApiServices[M],
  rawInput: unknown,
): Promise<ApiResult<ApiOutput<M>>> {
  const parsed = api[method].input.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid input for ${method}: ${z.prettifyError(parsed.error)}`,
      },
    };
  }
  try {
    const call = impl as (input: unknown) => ApiOutput<M> | Promise<ApiOutput<M>>;
    return { ok: true, value: await call(parsed.data) };
  } catch (err) {
    const error = toApiError(err);
    if (error.code === 'internal') console.error(`copydesk: ${method} failed`, err);
    return { ok: false, error };
  }
}

export function createApiHandlers(impl: ApiServices): ApiHandlers {
  const handlers: Partial<Record<ApiMethod, (rawInput: unknown) => Promise<ApiResult<unknown>>>> =
    {};
  for (const m of apiMethods) handlers[m] = (rawInput) => handle(m, impl[m], rawInput);
  return handlers as ApiHandlers;
}
