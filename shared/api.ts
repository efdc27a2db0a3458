// The one API contract between the UI and the backend. Main registers IPC handlers from it, the
// preload builds `window.copydesk` from it, the e2e host serves it over HTTP from it. Each method has
// an input schema (validated on the backend side before any service runs) and an output type.
// Results cross IPC and HTTP as `ApiResult`: errors travel as data, their code and message intact.

import { z } from 'zod';
import {
  documentChangesSchema,
  type DocumentSummary,
  type DocumentVersion,
  type LibraryListing,
  type OpenedDocument,
  type TrashedDocument,
} from './document';
import { EXPORT_SCOPES } from './export/scope';
import { EXPORT_FORMATS } from './export/types';
import { houseStyleSchema, type HouseStyle } from './house-style';
import type { Story } from './model';

/** Colours: as the system has them, or always light, or always dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

/** The settings the UI reads and changes; the shell's own (window, recent files) stay in main. */
export interface Settings {
  houseStyle: HouseStyle;
  /** The View menu's theme and the desk's switch are this one setting. */
  theme: Theme;
  /** The last export's choices, or null before the first export. */
  exportChoices: ExportChoices | null;
  /** The document open in the window, so a restart opens it again; null when none is. */
  openDocumentId: string | null;
  /**
   * The watched folder (a hot folder): files dropped in it are imported, then moved to its
   * `processed/` folder, or to `error/` with the reason beside them. Null (the default): none.
   */
  watchedFolder: string | null;
}

/** The largest file Copydesk reads, in bytes: the one limit of the app, the CLI and the backend. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Stories the desk asks for first when it opens a document: enough to fill the list, so a
 * 5,000-story document shows at once while the rest loads. An import stores these before it
 * answers, and the rest just after, so the first screen never waits for thousands of rows.
 */
export const FIRST_STORIES = 100;

/**
 * "64 MB", "64.1 MB", "13.2 GB": binary units, as the limit is counted, rounded up so a file over
 * the limit never reads as the limit.
 */
export function megabytes(bytes: number): string {
  const [value, unit] = bytes >= 1024 ** 3 ? [bytes / 1024 ** 3, 'GB'] : [bytes / 1024 ** 2, 'MB'];
  const shown = Number.isInteger(value) ? String(value) : (Math.ceil(value * 10) / 10).toFixed(1);
  return `${shown} ${unit}`;
}

/** The refusal of a file over the limit, the same wherever it is checked; `bytes` when known. */
export function tooLargeMessage(name: string, bytes?: number): string {
  const size = bytes === undefined ? 'larger than' : `${megabytes(bytes)}, more than`;
  return `"${name}" is ${size} the ${megabytes(MAX_FILE_BYTES)} Copydesk reads: split it into smaller files.`;
}

/** What the editor chooses a folder for: to export into, or to watch for copy to import. */
export const FOLDER_PURPOSES = ['export', 'watch'] as const;
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];

export interface SplitFileResult {
  name: string;
  /** The encoding the file was decoded from, e.g. `utf-8`, `windows-1252`, `utf-16le`. */
  encoding: string;
  stories: Story[];
}

export interface ApiError {
  /**
   * Machine-readable: `invalid-input`, `forbidden`, `internal`, or a service's own code: `binary`,
   * `empty`, `undecodable` (a refused file), `cancelled` (an import cancelled by cancelImport,
   * nothing stored; an export by cancelExport, nothing written), `split-failed` (the split thread could not start or stopped; nothing changed),
   * `not-found`, `corrupt`, `exists`, ...
   */
  code: string;
  /** Human-readable, shown to the editor as it is. */
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** One backend method: its input schema; the output type is carried by the type only. */
export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Type-level only: never set at run time. */
  readonly output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

/** One file's import: documents made, or a clear refusal naming the file; the others go on. */
export interface ImportFilesResult {
  documents: DocumentSummary[];
  errors: (ApiError & { name: string })[];
}

const fileInput = z.object({
  name: z.string().min(1).max(255),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, {
    message: `File is larger than the ${megabytes(MAX_FILE_BYTES)} Copydesk reads`,
  }),
});
/** Document ids become file names: nothing that could leave the documents folder. */
const documentId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'Not a document id');
/** Made by the client for each import or export, so it can cancel it while it runs. */
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'Not an import or export id');

/** The export dialog's choices, remembered between exports. */
export const exportChoicesSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  scope: z.enum(EXPORT_SCOPES),
  /** One file per story, or all in one file. */
  layout: z.enum(['per-story', 'combined']),
  /** The files in one zip archive instead. */
  zip: z.boolean(),
  /** File names: {date} {slug} {n} {doc} {ext}, e.g. `{date}-{slug}.{ext}`. */
  template: z.string().trim().min(1).max(200),
  /** An absolute folder path. */
  folder: z.string().trim().min(1).max(4096),
  lineEndings: z.enum(['lf', 'crlf']),
  bom: z.boolean(),
  html: z.enum(['document', 'fragment']),
});
export type ExportChoices = z.infer<typeof exportChoicesSchema>;

export const exportRequestSchema = exportChoicesSchema.extend({
  documentId,
  /** Made by the client, so it can cancel this export while it writes. */
  exportId: jobId.optional(),
  /** The story on screen for `current`, the ticked ones for `selected`; else unused. */
  storyIds: z.array(z.string().min(1).max(200)).max(100_000),
  /** Replace files that already exist (after the editor said so). */
  overwrite: z.boolean(),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export interface ExportResult {
  folder: string;
  /** Names of the files written, in the folder. */
  files: string[];
  storyCount: number;
}

export const settingsPatchSchema = z.object({
  houseStyle: houseStyleSchema.optional(),
  theme: themeSchema.optional(),
  openDocumentId: documentId.nullable().optional(),
  /** An absolute path to a folder that exists; null stops watching. */
  watchedFolder: z.string().trim().min(1).max(4096).nullable().optional(),
});

export const api = {
  /** Decode and split one file without storing it. */
  splitFile: method<SplitFileResult>()(fileInput),
  listDocuments: method<LibraryListing>()(z.object({})),
  /**
   * Import files into the library; each is processed on its own, split in the split thread. With an
   * `importId`, cancelImport can stop it: each file not yet stored comes back as an error with code
   * `cancelled`, and nothing of it is stored.
   */
  importFiles: method<ImportFilesResult>()(
    z.object({ files: z.array(fileInput).min(1).max(100), importId: jobId.optional() }),
  ),
  /**
   * Cancels the import with this id: its running split is stopped and its remaining files are not
   * split. Works whether the import is running or its request has not arrived yet; one already done
   * stays done. `running` says whether it was running when cancelled.
   */
  cancelImport: method<{ running: boolean }>()(z.object({ importId: jobId })),
  /**
   * The document without its source text, which can be megabytes: see loadSource. With `first`
   * (the desk asks for FIRST_STORIES), only that many stories, marked `partial`, so a big
   * document's first screen need not wait.
   */
  loadDocument: method<OpenedDocument>()(
    z.object({ id: documentId, first: z.number().int().positive().optional() }),
  ),
  /** The imported text as decoded (LF line endings), for the source view. */
  loadSource: method<{ text: string }>()(z.object({ id: documentId })),
  /**
   * Autosave: what changed since the revision the desk holds, written in one transaction. Refused
   * with code `conflict` (nothing written) when another window or machine saved the document since.
   */
  saveDocument: method<{ updatedAt: string; revision: number }>()(
    z.object({ changes: documentChangesSchema }),
  ),
  /** Moves the document to the library's trash. */
  removeDocument: method<null>()(z.object({ id: documentId })),
  /** The documents in the trash, most recently removed first. */
  listTrash: method<TrashedDocument[]>()(z.object({})),
  /** Takes a document out of the trash, back into the list as it was. */
  restoreDocument: method<DocumentSummary>()(z.object({ id: documentId })),
  /** Deletes a document that is in the trash, for ever; `not-found` for one that is not. */
  deleteDocument: method<null>()(z.object({ id: documentId })),
  /** The versions kept when the document's stories were replaced (re-split, restore), newest first. */
  listVersions: method<DocumentVersion[]>()(z.object({ id: documentId })),
  /**
   * Brings back a previous version's stories and reviews; the current ones become a previous
   * version, so nothing is lost. Returns the document as restoreVersion left it.
   */
  restoreVersion: method<OpenedDocument>()(
    z.object({ id: documentId, versionId: z.number().int().positive() }),
  ),
  /** Split again from the stored source (in the split thread), discarding edits. */
  resplitDocument: method<OpenedDocument>()(z.object({ id: documentId })),
  getSettings: method<Settings>()(z.object({})),
  /** Changes the given settings, returns them all. */
  updateSettings: method<Settings>()(settingsPatchSchema),
  /**
   * Writes the stories in scope to files. Refuses with code `exists`, writing nothing, when a file
   * is already there and `overwrite` is off. Remembers the choices for next time.
   */
  exportStories: method<ExportResult>()(exportRequestSchema),
  /**
  /**
   * Cancels the export with this id: it stops before its files are moved into place, and nothing
   * is written (the export answers with code `cancelled`); once they are moving it completes.
   */
  cancelExport: method<{ running: boolean }>()(z.object({ exportId: jobId })),
  /**
   * The native folder picker, titled for what the folder is for; null when cancelled or when there
   * is none (the browser host).
   */
  chooseFolder: method<{ path: string | null }>()(
    z.object({
      defaultPath: z.string().optional(),
      purpose: z.enum(FOLDER_PURPOSES).default('export'),
    }),
  ),
  /**
   * Shows the file in the system's file manager; false where there is none, or when the file is
   * not in a folder the editor chose or confirmed since the app started.
   */
  showInFolder: method<{ shown: boolean }>()(z.object({ path: z.string().min(1).max(4096) })),
  /**
   * Edit > Paste as New Document from the page (its command palette): the clipboard imported as a
   * new document, read by the desktop shell, as the menu item does. `pasted` is false where there
   * is no shell to read it (the browser host) or it holds no text (the window is told why).
   */
  pasteAsDocument: method<{ pasted: boolean }>()(z.object({})),
  /** The answer to the `quitting` event: the window's last changes are saved, the app may quit. */
  readyToQuit: method<null>()(z.object({})),
} as const;

type Api = typeof api;
export type ApiMethod = keyof Api;
/** What a caller passes. */
export type ApiInput<M extends ApiMethod> = z.input<Api[M]['input']>;
/** What a handler receives once the input is validated. */
export type ApiParsedInput<M extends ApiMethod> = z.output<Api[M]['input']>;
export type ApiOutput<M extends ApiMethod> =
  Api[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

/** Commands the application menu sends to the UI. */
export const MENU_COMMANDS = [
  'close-document',
  'undo',
  'redo',
  'find',
  'replace',
  'export',
  'copy-story',
  'preferences',
  'command-palette',
  'shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the backend pushes to the UI, all on one channel. */
export type AppEvent =
  | { type: 'command'; command: MenuCommand }
  /** Files opened from the menu, the command line or the OS are being imported, cancellably. */
  | { type: 'import-started'; importId: string; label: string }
  /** How far an import with an id is: bytes of its files decoded and split, of all their bytes. */
  | { type: 'import-progress'; importId: string; done: number; total: number }
  /** Files opened from the menu, the command line or the OS were imported. */
  | {
      type: 'imported';
      result: ImportFilesResult;
      importId?: string;
      /** Set for the watched folder's imports: they must not take the editor off the open story. */
      from?: 'watched-folder';
    }
  /** Something the editor should know that belongs to no request (a damaged settings file). */
  | { type: 'warning'; message: string }
  /** The theme was changed outside the page (the View menu). */
  | { type: 'theme'; theme: Theme }
  /** A long export's progress. */
  | { type: 'export-progress'; done: number; total: number }
  /** The app is about to quit: save what is unsaved, then call readyToQuit (it waits a while). */
  | { type: 'quitting' };

/** The one channel events travel on. */
export const EVENT_CHANNEL = 'copydesk:event';

/**
 * The page's word that it listens (sent by the preload when `onEvent` is first called): events
 * wait for it, not for the page's load, which comes before React has subscribed.
 */
export const READY_CHANNEL = 'copydesk:ready';

export type AppEventListener = (event: AppEvent) => void;

/** The shape of `window.copydesk` (and of any other client of the contract). */
export type CopydeskApi = {
  readonly [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
} & {
  /**
   * Listens to backend events; returns the function that stops listening. The app's one
   * subscription point (renderer/src/state/events.ts) calls it once; events sent before then wait.
   */
  readonly onEvent: (listener: AppEventListener) => () => void;
};

export const apiMethods = Object.keys(api) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(api, name);
}

/** The IPC channel of a method; the only place a channel name is spelled. */
export function apiChannel<M extends ApiMethod>(method: M): `copydesk:${M}` {
  return `copydesk:${method}`;
}

/**
 * Builds a client of the contract over a transport (IPC in the preload, HTTP in the e2e host).
 * `subscribe` delivers backend events; a transport without them (the e2e host) leaves it out.
 */
export function createApiClient(
  call: (method: ApiMethod, input: unknown) => Promise<ApiResult<unknown>>,
  subscribe: (listener: AppEventListener) => () => void = () => () => {},
): CopydeskApi {
  const client: Record<string, unknown> = {};
  for (const m of apiMethods) client[m] = (input: unknown) => call(m, input);
  client['onEvent'] = subscribe;
  return Object.freeze(client) as unknown as CopydeskApi;
}
