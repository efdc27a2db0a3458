// Importing files in the built renderer, against the real services behind the e2e host.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { apiMethods } from '../shared/api';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = resolve(REPO, '../shared/fixtures');
const SEED_DUMP = join(FIXTURES, 'scraped-dump-2-stories.txt');

let consoleErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  consoleErrors = [];
  // CSP violations and uncaught errors show up here.
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Copydesk' })).toBeVisible();
});

test.afterEach(() => {
  expect(consoleErrors).toEqual([]);
});

test('the page has window.copydesk from the contract and nothing that reaches Node', async ({
  page,
}) => {
  // (globalThis: e2e type-checks as Node code, without the DOM lib)
  const keys = await page.evaluate(() =>
    Object.keys((globalThis as unknown as { copydesk: object }).copydesk),
  );
  expect(keys).toEqual([...apiMethods, 'onEvent']);
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
});

test('a scraped dump splits into its stories', async ({ page }) => {
  const reason = `${FIXTURES} is not present (the seed dump lives in ../shared beside the repo)`;
  if (!existsSync(FIXTURES)) console.warn(`skipped: ${reason}`);
  test.skip(!existsSync(FIXTURES), reason);

  await page.getByLabel('Choose a file').setInputFiles(SEED_DUMP);

  const stories = page.getByRole('listbox', { name: 'Stories' });
  const options = stories.getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toHaveAccessibleName(/^Russia, Israel Agree on Syria/);
  await expect(options.nth(1)).toHaveAccessibleName(
    /^Iran-Backed Iraqi Militia Vows to Continue Fighting Israel/,
  );
  await expect(page.getByRole('status')).toContainText('scraped-dump-2-stories.txt: 2 stories');
});

test('a dropped file is imported too', async ({ page }) => {
  const text = [
    'Harbour Reopens After Storm',
    '',
    'The harbour reopened on Monday after a week of storms kept the fleet in port.',
    '',
    'Fishermen said the catch was good.',
  ].join('\n');
  // An expression string: e2e type-checks as Node code, without DataTransfer.
  const dataTransfer = await page.evaluateHandle(`(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([${JSON.stringify(text)}], 'harbour.txt', { type: 'text/plain' }));
    return dt;
  })()`);
  await page.getByRole('region', { name: 'Import' }).dispatchEvent('drop', { dataTransfer });

  const options = page.getByRole('listbox', { name: 'Stories' }).getByRole('option');
  await expect(options.first()).toHaveAccessibleName(/^Harbour Reopens After Storm/);
});

test('a binary file is refused with a message naming it', async ({ page }) => {
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'photo.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
  });
  await expect(page.getByRole('alert')).toContainText('photo.jpg');
  await expect(page.getByRole('listbox', { name: 'Stories' })).toHaveCount(0);
});
