// Shared set-up for the Chromium specs: a fresh library per test (the host keeps one folder per
// `?library=` name), console errors collected and failed on, helpers to import files.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test as base, type Page } from '@playwright/test';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED_DUMP = resolve(REPO, '../shared/fixtures/scraped-dump-2-stories.txt');
export const SAMPLE = join(REPO, 'resources/samples/harbour-and-fishermen.txt');
export const seedDumpMissing = !existsSync(SEED_DUMP);

let counter = 0;

export const test = base.extend<{ library: string }>({
  // Automatic: every test starts on a fresh library's page, and fails on any console error.
  library: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      // CSP violations and uncaught errors show up here.
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      const library = `w${testInfo.workerIndex}-${Date.now().toString(36)}-${counter++}`;
      await page.goto(`/?library=${library}`);
      await expect(page.getByRole('heading', { name: 'Copydesk' })).toBeVisible();
      await use(library);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Chooses files through the Open files… input, then accepts the import summary. */
export async function importFiles(page: Page, ...files: Parameters<Page['setInputFiles']>[1][]) {
  await page.getByLabel('Choose files').setInputFiles(files.flat() as never);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible();
  return dialog;
}

export function storyOptions(page: Page) {
  return page.getByRole('listbox', { name: 'Stories' }).getByRole('option');
}
