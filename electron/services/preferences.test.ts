// Preferences through conf on a temp folder: defaults, round trips, per-key fallback, a damaged file.

import { DEFAULT_HOUSE_STYLE } from '../../shared/house-style';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_SIZE_LIMIT_WORKS, runWithFileSizeLimit } from './testing/file-size-limit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  MAX_RECENT_FILES,
  openPreferences,
  type PreferenceWarning,
} from './preferences';

let dir: string;
let warnings: PreferenceWarning[];
const open = () => openPreferences({ cwd: dir, onWarning: (w) => warnings.push(w) });
const file = () => join(dir, 'preferences.json');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-prefs-'));
  warnings = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('preferences', () => {
  it('starts from the defaults', () => {
    expect(open().all()).toEqual(DEFAULT_PREFERENCES);
    expect(warnings).toEqual([]);
  });

  it('keeps what was set across instances', () => {
    const prefs = open();
    prefs.set('theme', 'dark');
    prefs.set('windowBounds', { x: 10, y: 20, width: 1200, height: 800, maximized: false });
    prefs.set('openDocumentId', 'doc-1');
    const houseStyle = { ...DEFAULT_HOUSE_STYLE, quotes: 'curly' as const };
    prefs.set('houseStyle', houseStyle);
    expect(open().all()).toEqual({
      theme: 'dark',
      windowBounds: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
      recentFiles: [],
      openDocumentId: 'doc-1',
      houseStyle,
      exportChoices: null,
      watchedFolder: null,
    });
  });

  it('falls back per key: one bad value does not touch the others', async () => {
    await writeFile(
      file(),
      JSON.stringify({ theme: 'purple', recentFiles: ['/a.txt'], windowBounds: { width: -5 } }),
    );
    const prefs = open();
    expect(prefs.all()).toEqual({ ...DEFAULT_PREFERENCES, recentFiles: ['/a.txt'] });
    expect(warnings.map((w) => w.key).sort()).toEqual(['theme', 'windowBounds']);
    expect(warnings[0]!.message).toMatch(/was not valid.*default is used/);
    // Reported once per bad value, not on every read; the file is left as it was.
    prefs.get('theme');
    expect(warnings).toHaveLength(2);
    expect(JSON.parse(await readFile(file(), 'utf8')).theme).toBe('purple');
    // Setting the key again repairs it.
    prefs.set('theme', 'light');
    expect(open().get('theme')).toBe('light');
  });

  it('refuses to store an invalid value', () => {
    const prefs = open();
    expect(() => prefs.set('theme', 'neon' as 'dark')).toThrow();
    expect(prefs.get('theme')).toBe('system');
  });

  it('keeps recent files unique, newest first, and short', () => {
    const prefs = open();
    for (let i = 0; i < MAX_RECENT_FILES + 3; i++) prefs.addRecentFile(`/f${i}.txt`);
    prefs.addRecentFile('/f5.txt');
    const recent = prefs.get('recentFiles');
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent.slice(0, 2)).toEqual(['/f5.txt', '/f12.txt']);
    expect(new Set(recent).size).toBe(recent.length);
  });

  it('moves a damaged file aside with a warning instead of failing or wiping it silently', async () => {
    for (const content of ['{"theme": "da', '[1, 2]']) {
      await writeFile(file(), content);
      warnings = [];
      const prefs = open();
      expect(prefs.all()).toEqual(DEFAULT_PREFERENCES);
      expect(warnings).toEqual([{ key: 'file', message: expect.stringMatching(/damaged/) }]);
      const aside = (await readdir(dir)).filter((f) => f.includes('.corrupt-'));
      expect(aside.length).toBeGreaterThan(0);
      await rm(join(dir, aside[0]!));
      prefs.set('theme', 'dark');
      expect(existsSync(file())).toBe(true);
    }
  });

  it('works over any store with get/set (as electron-store in main)', async () => {
    const { PreferencesService } = await import('./preferences');
    const data = new Map<string, unknown>([['theme', 3]]);
    const onWarning = vi.fn();
    const prefs = new PreferencesService(
      { get: (k) => data.get(k), set: (k, v) => data.set(k, v), path: ':memory:' },
      onWarning,
    );
    expect(prefs.get('theme')).toBe('system');
    expect(onWarning).toHaveBeenCalledOnce();
  });
});

describe('Preferences on a full disk', () => {
  it.skipIf(!FILE_SIZE_LIMIT_WORKS)(
    'report a setting that did not reach the disk whole, and keep the others as they were',
    () => {
      const run = runWithFileSizeLimit(
        `
        const { openPreferences } = await import(repo + '/electron/services/preferences.ts');
        const dir = new URL('data/', import.meta.url).pathname;
        const prefs = openPreferences({ cwd: dir });
        prefs.set('openDocumentId', 'doc-1');
        prefs.set('recentFiles', ['/news/monday.txt']);
        try {
          prefs.set('recentFiles', Array.from({ length: 10 }, (_, i) => '/a/long/folder'.repeat(30) + i));
          console.log('reported saved');
        } catch (err) {
          console.log(err.code, /was not saved.*as they were/.test(err.message));
        }
        const again = openPreferences({ cwd: dir });
        console.log(again.get('openDocumentId'), again.get('recentFiles').join(','));
        `,
        2,
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual(['disk-full true', 'doc-1 /news/monday.txt']);
    },
  );
});
