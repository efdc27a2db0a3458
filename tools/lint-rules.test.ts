// The architecture's layer rules in eslint.config.js: bad imports are reported, good ones are not.

import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: REPO });

/** Layer rules (and parse errors) ESLint reports for `code` as the file at `path` in the repo. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, {
    filePath: resolve(REPO, path),
  });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? `fatal: ${m.message}`)
    .filter((id) => !id.includes('no-unused-vars'));
}

const RESTRICTED = 'no-restricted-imports';

describe('shared/ stays pure', () => {
  it.each([
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'path';",
    "import { createHash } from 'crypto';",
    "import { readFile } from 'fs/promises';",
    "import { app } from 'electron';",
    "import { useState } from 'react';",
    "import { createRoot } from 'react-dom/client';",
    "import { $getRoot } from 'lexical';",
    "import { splitFile } from '../electron/services/pipeline';",
    "import { splitFile } from '../../electron/services/pipeline';",
    "import type { SplitFileOutput } from '../../electron/services/pipeline';",
    "import { App } from '../renderer/src/App';",
  ])('refuses %s', async (code) => {
    expect(await violations('shared/split/x.ts', code)).toContain(RESTRICTED);
  });

  it.each([
    "import type { Story } from './model';",
    "import type { Story } from '../model';",
    "import { splitStories } from './split/index';",
    "import { z } from 'zod';",
  ])('allows %s', async (code) => {
    expect(await violations('shared/x.ts', code)).toEqual([]);
  });

  it('refuses DOM and Node globals', async () => {
    for (const code of [
      'export const w = window.innerWidth;',
      "export const el = document.getElementById('x');",
      'export const lang = navigator.language;',
      "export const v = localStorage.getItem('x');",
      'export const env = process.env;',
    ]) {
      expect(await violations('shared/x.ts', code), code).toContain('no-restricted-globals');
    }
  });
});

describe('electron/services/ never imports Electron or the UI', () => {
  it.each([
    "import { app } from 'electron';",
    "import { ipcMain } from 'electron/main';",
    "import { App } from '../../renderer/src/App';",
  ])('refuses %s', async (code) => {
    expect(await violations('electron/services/x.ts', code)).toContain(RESTRICTED);
  });

  it.each([
    "import { readFile } from 'node:fs/promises';",
    "import { join } from 'path';",
    "import { splitStories } from '../../shared/split/index';",
    "import { decodeBytes } from './decode';",
    "import iconv from 'iconv-lite';",
  ])('allows %s', async (code) => {
    expect(await violations('electron/services/x.ts', code)).toEqual([]);
  });
});

describe('renderer/ reaches the backend only through window.copydesk', () => {
  it.each([
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'path';",
    "import { ipcRenderer } from 'electron';",
    "import { splitFile } from '../../electron/services/pipeline';",
  ])('refuses %s', async (code) => {
    expect(await violations('renderer/src/x.tsx', code)).toContain(RESTRICTED);
  });

  it.each([
    "import type { Story } from '../../shared/model';",
    "import { splitStories } from '../../shared/split/index';",
    "import { useState } from 'react';",
    "import './app.css';",
  ])('allows %s', async (code) => {
    expect(await violations('renderer/src/x.tsx', code)).toEqual([]);
  });
});

describe('electron/main/ may use Electron, services and shared/', () => {
  it('allows them', async () => {
    const code = [
      "import { app } from 'electron';",
      "import { join } from 'node:path';",
      "import { createApiHandlers } from '../services/api-handlers';",
      "import { apiMethods } from '../../shared/api';",
    ].join('\n');
    expect(await violations('electron/main/x.ts', code)).toEqual([]);
  });
});

describe('raw IPC stays in the module that owns it', () => {
  const SYNTAX = 'no-restricted-syntax';

  it.each([
    ['electron/main/menu.ts', "import { ipcMain } from 'electron';"],
    ['electron/main/app.ts', "import { ipcMain as ipc } from 'electron';"],
    [
      'electron/main/app.ts',
      "import * as electron from 'electron';\nelectron.ipcMain.handle('x', () => 1);",
    ],
    ['electron/main/app.ts', "const { ipcMain } = require('electron');"],
    ['electron/main/ipc.ts', "import { ipcRenderer } from 'electron';"],
    ['electron/preload/other.ts', "import { ipcRenderer } from 'electron';"],
    ['electron/preload/index.ts', "import { ipcMain } from 'electron';"],
    ['bench/x.ts', "import electron from 'electron';\nelectron.ipcRenderer.send('x');"],
  ])('refuses in %s: %s', async (path, code) => {
    expect(await violations(path, code)).toContain(SYNTAX);
  });

  it.each([
    ['electron/main/ipc.ts', "import { ipcMain } from 'electron';\nipcMain.on('x', () => {});"],
    [
      'electron/preload/index.ts',
      "import { ipcRenderer } from 'electron';\nipcRenderer.send('x');",
    ],
  ])('allows in %s: %s', async (path, code) => {
    expect(await violations(path, code)).toEqual([]);
  });
});
