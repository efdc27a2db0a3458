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
  type ImportFilesResult,
} from '../../shared/api';
import { withoutSourceText } from '../../shared/document';
import { Library } from './library';
import { exportDocument, ExportError } from './export';
import { ImportRegistry } from './imports';
import { openPreferences, type PreferencesService } from './preferences';
import { sharedSplitPool } from './split-pool';

export type ApiServices = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

export type ApiHandlers = {
  [M in ApiMethod]: (rawInput: unknown) => Promise<ApiResult<ApiOutput<M>>>;
};

/** What only a desktop shell can do; outside Electron these say they cannot. */
export interface ShellServices {
  chooseFolder(defaultPath?: string): Promise<string | null>;
  /**
   * Whether the editor chose this folder (in the folder picker, or by confirming a typed one);
   * the desktop shell asks when they have not. Exports go nowhere else.
   */
  confirmExportFolder(folder: string): Promise<boolean>;
  showInFolder(path: string): boolean;
  /** Pushes a long export's progress to the window. */
  exportProgress(done: number, total: number): void;
  /** Pushes an import's progress to the window: bytes of its files decoded and split so far. */
  importProgress(importId: string, done: number, total: number): void;
  /** The window saved its last changes: quitting may go on. */
  readyToQuit(): void;
}

/**
 * Outside Electron (the CLI, the e2e host on loopback) the one who typed the folder is the one
 * running the process: nothing to confirm.
 */
export const HEADLESS_SHELL: ShellServices = {
  chooseFolder: async () => null,
  confirmExportFolder: async () => true,
  showInFolder: () => false,
  exportProgress: () => {},
  importProgress: () => {},
  readyToQuit: () => {},
};

/** The real services behind each method, over one document library and its preferences. */
export function createServices(
  library: Library,
  prefs: PreferencesService,
  shell: ShellServices = HEADLESS_SHELL,
): ApiServices {
  const settings = () => ({
    houseStyle: prefs.get('houseStyle'),
    exportChoices: prefs.get('exportChoices'),
    openDocumentId: prefs.get('openDocumentId'),
  });
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
            result.documents.push(await library.import(file, { signal, onProgress }));
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
    resplitDocument: async ({ id }) => withoutSourceText(await library.resplit(id)),
    getSettings: settings,
    updateSettings: (patch) => {
      if (patch.houseStyle) prefs.set('houseStyle', patch.houseStyle);
      if (patch.openDocumentId !== undefined) prefs.set('openDocumentId', patch.openDocumentId);
      return settings();
    },
    exportStories: async (request) => {
      if (isAbsolute(request.folder) && !(await shell.confirmExportFolder(request.folder))) {
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
    chooseFolder: async ({ defaultPath }) => ({ path: await shell.chooseFolder(defaultPath) }),
    showInFolder: ({ path }) => ({ shown: shell.showInFolder(path) }),
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
