// The packaged app through Playwright's _electron: runs where the Electron binary is installed and
// skips, saying why, where it is not. Never require('electron') to find out: in plain Node that
// triggers the binary's download.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ELECTRON_PKG = join(REPO, 'node_modules/electron');

/** Where node_modules/electron would run the binary from, or why there is none. */
function electronBinary(): { path: string } | { missing: string } {
  const pathTxt = join(ELECTRON_PKG, 'path.txt');
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : undefined;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const exe = override
    ? join(override, relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : relative && join(ELECTRON_PKG, 'dist', relative);
  if (!exe) return { missing: `${pathTxt} is missing (the binary was never downloaded)` };
  return existsSync(exe) ? { path: exe } : { missing: `${exe} does not exist` };
}

const binary = electronBinary();
const skipReason = 'missing' in binary ? `Electron binary not installed: ${binary.missing}` : '';
if (skipReason) console.warn(`skipped: ${skipReason}`);

test('the app opens one secure window with window.copydesk', async () => {
  test.skip('missing' in binary, skipReason);
  if (!('path' in binary)) return;
  const mainJs = join(REPO, 'out/main/index.js');
  test.skip(!existsSync(mainJs), `${mainJs} not built: run npm run build`);

  const app = await electron.launch({ executablePath: binary.path, args: [REPO], cwd: REPO });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Copydesk');
    await expect(page.getByRole('heading', { name: 'Copydesk' })).toBeVisible();
    const keys = await page.evaluate(() =>
      Object.keys((globalThis as unknown as { copydesk: object }).copydesk),
    );
    expect(keys).toEqual(['splitFile']);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    // contextIsolation + sandbox: nothing of Node or Electron in the page.
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    );

    await page.getByLabel('Choose a file').setInputFiles({
      name: 'harbour.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Harbour Reopens After Storm\n\nThe harbour reopened on Monday after a week of storms.\n',
      ),
    });
    await expect(
      page.getByRole('listbox', { name: 'Stories' }).getByRole('option').first(),
    ).toHaveAccessibleName(/^Harbour Reopens After Storm/);
  } finally {
    await app.close();
  }
});
