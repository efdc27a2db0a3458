// The real app through Playwright's _electron: runs where the Electron binary is installed and
// skips, saying why, where it is not. Never require('electron') to find out: in plain Node that
// triggers the binary's download.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { apiMethods } from '../../shared/api';
import { findElectron, findPackagedApp } from '../../tools/electron-binary';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = join(REPO, 'resources/samples/harbour-and-fishermen.txt');

// COPYDESK_E2E_PACKAGED=1: the app `npm run dist:e2e` packed (as CI runs it); else the built out/
// on the Electron binary `npm start` downloads.
const packaged = process.env['COPYDESK_E2E_PACKAGED'] === '1';
const binary = packaged ? findPackagedApp() : findElectron();
const skipReason =
  'missing' in binary
    ? `${packaged ? 'Packaged app' : 'Electron binary'} not installed: ${binary.missing}`
    : '';
if (skipReason) console.warn(`skipped: ${skipReason}`);
// Asked for explicitly, a missing packaged app is a failure, not a skip.
if (packaged && skipReason) throw new Error(skipReason);
test.skip('missing' in binary, skipReason);

/** Launches the app on its own data folder, with `files` on its command line. */
async function launch(userData: string, files: string[] = []): Promise<ElectronApplication> {
  if (!('path' in binary)) throw new Error(skipReason);
  const mainJs = join(REPO, 'out/main/index.js');
  if (!packaged && !existsSync(mainJs)) throw new Error(`${mainJs} not built: run npm run build`);
  return electron.launch({
    executablePath: binary.path,
    args: packaged ? files : [REPO, ...files],
    cwd: REPO,
    env: { ...process.env, COPYDESK_USER_DATA: userData },
  });
}

const freshData = () => mkdtempSync(join(tmpdir(), 'copydesk-electron-'));

test('the app opens one secure window with window.copydesk', async () => {
  const app = await launch(freshData());
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Copydesk');
    const keys = await page.evaluate(() =>
      Object.keys((globalThis as unknown as { copydesk: object }).copydesk),
    );
    expect(keys).toEqual([...apiMethods, 'onEvent']);
    // contextIsolation + sandbox: nothing of Node or Electron in the page.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('File > Open imports the chosen files', async () => {
  const app = await launch(freshData());
  try {
    const page = await app.firstWindow();
    await app.evaluate(({ dialog, Menu }, path) => {
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths: [path],
      })) as typeof dialog.showOpenDialog;
      Menu.getApplicationMenu()?.getMenuItemById('file-open')?.click();
    }, SAMPLE);
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('harbour-and-fishermen.txt: 2 stories');
    await dialog.getByRole('button', { name: 'Review the split' }).click();
    await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option')).toHaveCount(2);
  } finally {
    await app.close();
  }
});

test('a dropped file is imported', async () => {
  const app = await launch(freshData());
  try {
    const page = await app.firstWindow();
    const dataTransfer = await page.evaluateHandle(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Harbour Reopens After Storm\\n\\nThe harbour reopened on Monday after a week of storms kept boats in.'], 'harbour.txt'));
      return dt;
    })()`);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await page.getByRole('button', { name: 'Review the split' }).click();
    await expect(
      page.getByRole('listbox', { name: 'Stories' }).getByRole('option').first(),
    ).toHaveAccessibleName(/^Harbour Reopens After Storm/);
  } finally {
    await app.close();
  }
});

/**
 * Imports the sample, retitles its first story and closes the app, once the save shows or at once
 * (then the quit handshake must save it); the headline as a restarted app shows it.
 */
async function headlineAfterRestart(headline: string, waitForSave: boolean) {
  const userData = freshData();
  let app = await launch(userData);
  try {
    const page = await app.firstWindow();
    await page.getByLabel('Choose files').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Review the split' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
    if (waitForSave) await expect(page.getByText('All changes saved')).toBeVisible();
  } finally {
    await app.close();
  }
  app = await launch(userData);
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(headline);
  } finally {
    await app.close();
  }
}

test('edits are saved without asking and come back after a restart', async () => {
  await headlineAfterRestart('Bridge Reopens', true);
});

test('quitting right after an edit waits for it to be saved', async () => {
  await headlineAfterRestart('Quit Straight After', false);
});

test('a file named on the command line at launch is imported and shown (the ready handshake)', async () => {
  const app = await launch(freshData(), [SAMPLE]);
  try {
    const page = await app.firstWindow();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('harbour-and-fishermen.txt: 2 stories');
  } finally {
    await app.close();
  }
});

test('the page is served from app://copydesk, not file://', async () => {
  const app = await launch(freshData());
  try {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/copydesk\//);
  } finally {
    await app.close();
  }
});
