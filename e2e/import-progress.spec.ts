// An import's real progress (the split thread's reports, pushed to the page as events) and its
// cancel from the keyboard: a drop of a small file and a big dump, the dump cancelled part way.

import { readFileSync, writeFileSync } from 'node:fs';
import { allViolations } from './axe';
import { expect, SAMPLE, test } from './fixtures';

const GAP = Buffer.from('\n\n\n');

test('a big import shows how far it is and is cancelled from the keyboard; the other file imports', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  // About 40 MB of copy, the sample over and over: seconds of splitting, so the cancel lands while
  // the split runs whatever the machine. Passed as a path: no copy through the protocol.
  const sample = readFileSync(SAMPLE);
  const copies = Math.ceil((40 * 1024 * 1024) / (sample.length + GAP.length));
  const big = testInfo.outputPath('big.txt');
  writeFileSync(big, Buffer.concat(Array.from({ length: copies }, () => [sample, GAP]).flat()));

  // The small file first: it is stored before the dump is split.
  await page.getByLabel('Choose files').setInputFiles([SAMPLE, big]);
  const status = page
    .getByRole('status')
    .filter({ has: page.getByRole('progressbar', { name: 'Import progress' }) });
  const bar = status.getByRole('progressbar', { name: 'Import progress' });
  // Real progress: a value, from the split thread's reports, part of the way through the dump.
  await expect(bar).toHaveAttribute('value', /^\d+$/, { timeout: 60_000 });
  const total = Number(await bar.getAttribute('max'));
  expect(total).toBe(sample.length + copies * (sample.length + GAP.length));
  await expect
    .poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000 })
    .toBeGreaterThan(sample.length);
  await expect(status).toContainText(/\d+%/);

  // The screen while importing: nothing for axe to object to.
  expect(await allViolations(page)).toEqual([]);

  // Tab to Cancel import, as an editor without a mouse would, and press Enter.
  const cancel = status.getByRole('button', { name: 'Cancel import' });
  const focused = () =>
    cancel.evaluate(
      (el) =>
        el ===
        (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
    );
  for (let i = 0; i < 60 && !(await focused()); i++) await page.keyboard.press('Tab');
  await expect(cancel).toBeFocused();
  const cancelled = page.waitForResponse((r) => r.url().endsWith('/api/cancelImport'));
  await page.keyboard.press('Enter');
  expect(await (await cancelled).json()).toMatchObject({ ok: true, value: { running: true } });

  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'The import of "big.txt" was cancelled: nothing was stored.',
    { timeout: 60_000 },
  );
  await expect(dialog).toContainText('harbour-and-fishermen.txt: 2 stories');
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expect(status).toHaveCount(0);
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(1);
  await expect(documents).toContainText('harbour-and-fishermen.txt');
});
