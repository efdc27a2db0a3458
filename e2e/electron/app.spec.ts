// The real app through Playwright's _electron: runs where the Electron binary is installed and
// skips, saying why, where it is not. Never require('electron') to find out: in plain Node that
// triggers the binary's download.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { apiMethods } from '../../shared/api';
import { findElectron } from '../../tools/electron-binary';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = join(REPO, 'resources/samples/harbour-and-fishermen.txt');

const binary = findElectron();
const skipReason = 'missing' in binary ? `Electron binary not installed: ${binary.missing}` : '';
if (skipReason) console.warn(`skipped: ${skipReason}`);
test.skip('missing' in binary, skipReason);

/** Launches the built app on its own data folder. */
async function launch(userData: string): Promise<ElectronApplication> {
  if (!('path' in binary)) throw new Error(skipReason);
  const mainJs = join(REPO, 'out/main/index.js');
  if (!existsSync(mainJs)) throw new Error(`${mainJs} not built: run npm run build`);
  return electron.launch({
    executablePath: binary.path,
    args: [REPO],
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

test('edits are saved without asking and come back after a restart', async () => {
  const userData = freshData();
  let app = await launch(userData);
  try {
    const page = await app.firstWindow();
    await page.getByLabel('Choose files').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Review the split' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Bridge Reopens');
    await expect(page.getByText('All changes saved')).toBeVisible();
  } finally {
    await app.close();
  }
  app = await launch(userData);
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Bridge Reopens');
  } finally {
    await app.close();
  }
});
