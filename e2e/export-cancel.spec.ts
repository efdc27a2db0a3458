// Cancelling an export from the keyboard: a big document exported as Word files, one per story, is
// stopped part way with Escape, and nothing is left in the folder, not even a half-written file.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SAMPLE, test } from './fixtures';

test('an export cancelled with Escape writes nothing and leaves the dialog with its choices', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  // The sample many times over: thousands of stories, seconds of writing Word files.
  const sample = readFileSync(SAMPLE);
  const big = testInfo.outputPath('big.txt');
  writeFileSync(
    big,
    Buffer.concat(Array.from({ length: 1500 }, () => [sample, Buffer.from('\n\n\n')]).flat()),
  );
  await page.getByLabel('Choose files').setInputFiles(big);
  const summary = page.getByRole('dialog', { name: 'Import' });
  await expect(summary).toContainText('big.txt: 3,000 stories', { timeout: 60_000 });
  await summary.getByRole('button', { name: 'Review the split' }).click();

  const parent = mkdtempSync(join(tmpdir(), 'copydesk-e2e-export-cancel-'));
  const folder = join(parent, 'out');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Word (DOCX)' });
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
  await dialog.getByRole('button', { name: /^Export 3,?000 stories$/ }).click();

  // While it writes: its progress and a way out, which Escape takes.
  await expect(dialog.getByRole('button', { name: 'Cancel export' })).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  const cancelled = page.waitForResponse((r) => r.url().endsWith('/api/cancelExport'));
  await page.keyboard.press('Escape');
  expect(await (await cancelled).json()).toMatchObject({ ok: true, value: { running: true } });

  await expect(dialog.getByRole('alert')).toHaveText(
    `The export was cancelled: nothing was written to ${folder}.`,
    { timeout: 60_000 },
  );
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('docx');
  // Nothing written, and nothing left behind beside it (no temporary folder).
  expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
  expect(readdirSync(parent).filter((name) => name !== 'out')).toEqual([]);
});
