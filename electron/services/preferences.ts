// Preferences over conf (electron-store in Electron main: same file format), each key validated with zod
// on read, so one bad value falls back to its own default with a warning instead of wiping the rest.

import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { diskError, DiskError, writeFileAtomicallySync } from './disk';
import { join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { exportChoicesSchema, themeSchema } from '../../shared/api';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../shared/house-style';

export const MAX_RECENT_FILES = 10;

export const preferencesSchema = z.object({
  windowBounds: z
    .object({
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      maximized: z.boolean().optional(),
    })
    .nullable(),
  theme: themeSchema,
  /** Most recent first. */
  recentFiles: z.array(z.string().min(1)).max(MAX_RECENT_FILES),
  /** The document open when the app last closed (its selected story is kept in the document). */
  openDocumentId: z.string().min(1).nullable(),
  houseStyle: houseStyleSchema,
  exportChoices: exportChoicesSchema.nullable(),
  /** The watched folder, an absolute path; off (null) by default. */
  watchedFolder: z.string().min(1).nullable(),
});

export type Preferences = z.infer<typeof preferencesSchema>;
export type PreferenceKey = keyof Preferences;

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  windowBounds: null,
  theme: 'system',
  recentFiles: [],
  openDocumentId: null,
  houseStyle: DEFAULT_HOUSE_STYLE,
  exportChoices: null,
  watchedFolder: null,
});

/** What conf and electron-store both offer; the Electron shell passes its electron-store here. */
export interface PreferenceStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
}

export interface PreferenceWarning {
  key: PreferenceKey | 'file';
  message: string;
}

export type WarningHandler = (warning: PreferenceWarning) => void;

const KEYS = Object.keys(preferencesSchema.shape) as PreferenceKey[];

export class PreferencesService {
  /** The bad value last warned about per key, so a value read often is reported once. */
  readonly #warned = new Map<PreferenceKey, string>();

  constructor(
    readonly store: PreferenceStore,
    private readonly onWarning: WarningHandler = () => {},
  ) {}

  get<K extends PreferenceKey>(key: K): Preferences[K] {
    const raw = this.store.get(key);
    if (raw === undefined) return structuredClone(DEFAULT_PREFERENCES[key]);
    const parsed = preferencesSchema.shape[key].safeParse(raw);
    if (parsed.success) return parsed.data as Preferences[K];
    const seen = JSON.stringify(raw);
    if (this.#warned.get(key) !== seen) {
      this.#warned.set(key, seen);
      this.onWarning({
        key,
        message: `The saved setting "${key}" was not valid (${parsed.error.issues[0]?.message ?? 'unknown'}); its default is used until it is set again.`,
      });
    }
    return structuredClone(DEFAULT_PREFERENCES[key]);
  }

  /**
   * Throws a ZodError on an invalid value (callers validate input before it gets here), and a
   * DiskError when the setting did not reach the disk whole, the settings file then as it was.
   * conf and electron-store write through `atomically`, which ignores a short write: on a disk that
   * fills, a cut-off file would replace the good one and every setting come back as its default.
   * So the file is kept aside first (a checked write) and put back if what landed is not whole.
   */
  set<K extends PreferenceKey>(key: K, value: Preferences[K]): void {
    const checked = preferencesSchema.shape[key].parse(value);
    const path = this.store.path;
    const previous = existsSync(path) ? readFileSync(path) : null;
    const kept = `${path}.previous`;
    if (previous) writeFileAtomicallySync(kept, previous);
    let failure: unknown = null;
    try {
      this.store.set(key, checked);
      if (!holds(path, key, checked)) failure = { code: 'ENOSPC' };
    } catch (err) {
      failure = err;
    }
    if (failure) {
      if (previous) renameSync(kept, path);
      const why = diskError(failure, path);
      throw new DiskError(
        why.code,
        `The setting "${key}" was not saved. ${why.message} Your settings are as they were.`,
        { cause: failure },
      );
    }
    if (previous) rmSync(kept, { force: true });
    this.#warned.delete(key);
  }

  all(): Preferences {
    return Object.fromEntries(KEYS.map((k) => [k, this.get(k)])) as Preferences;
  }

  /** Puts a file first in the recent list, without duplicates, keeping the list short. */
  addRecentFile(path: string): string[] {
    const list = [path, ...this.get('recentFiles').filter((p) => p !== path)].slice(
      0,
      MAX_RECENT_FILES,
    );
    this.set('recentFiles', list);
    return list;
  }
}

/** Whether the settings file reads back whole, holding `value` at `key`. */
function holds(path: string, key: string, value: unknown): boolean {
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return JSON.stringify(stored[key]) === JSON.stringify(value);
  } catch {
    return false;
  }
}

/**
 * conf and electron-store read a file that is not a JSON object as empty and overwrite it on the next
 * write, or throw on bad JSON: both lose it silently or stop startup. Call this before opening the
 * store: it moves such a file aside and warns. Returns where it went, or null when it was fine.
 */
export function setAsideInvalidStoreFile(
  path: string,
  onWarning: WarningHandler,
  now = new Date(),
): string | null {
  if (!existsSync(path)) return null;
  let problem: string;
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return null;
    problem = 'it does not hold a settings object';
  } catch (err) {
    problem = err instanceof SyntaxError ? 'it is not valid JSON' : `it could not be read (${err})`;
  }
  const aside = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, aside);
  onWarning({
    key: 'file',
    message: `The preferences file was damaged (${problem}), so all settings are back to their defaults. The old file was kept as ${aside}.`,
  });
  return aside;
}

/** Preferences in `<cwd>/<configName>.json` via conf, for the CLI, the e2e host and tests. */
export function openPreferences({
  cwd,
  configName = 'preferences',
  onWarning = () => {},
}: {
  cwd: string;
  configName?: string;
  onWarning?: WarningHandler;
}): PreferencesService {
  setAsideInvalidStoreFile(join(cwd, `${configName}.json`), onWarning);
  // clearInvalidConfig off (conf's default, stated so nobody flips it): it would wipe every setting.
  const store = new Conf<Record<string, unknown>>({ cwd, configName, clearInvalidConfig: false });
  return new PreferencesService(store, onWarning);
}
