// Importing files in the built renderer, against the real services behind the e2e host.

import { readFileSync, writeFileSync } from 'node:fs';
import { apiMethods } from '../shared/api';
import { dropFiles, expectStories, FISHERMEN, HARBOUR } from './desk';
import {
  expect,
  importFiles,
  SAMPLE,
  SEED_DUMP,
  seedDumpMissing,
  storyOptions,
  test,
} from './fixtures';

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

test('the seed dump splits into its two stories, summarised before review', async ({ page }) => {
  test.skip(
    seedDumpMissing,
    `${SEED_DUMP} is not present (the seed dump lives in ../shared beside the repo)`,
  );
  const dialog = await importFiles(page, SEED_DUMP);
  await expect(dialog).toContainText(
    'scraped-dump-2-stories.txt: 2 stories, 2 captions, 10 lines removed, 0 low-confidence boundaries',
  );
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expect(storyOptions(page)).toHaveCount(2);
  await expect(storyOptions(page).nth(0)).toHaveAccessibleName(/^Russia, Israel Agree on Syria/);
  await expect(storyOptions(page).nth(1)).toHaveAccessibleName(
    /^Iran-Backed Iraqi Militia Vows to Continue Fighting Israel/,
  );
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Russia, Israel Agree on Syria',
  );
  await expect(page.getByRole('textbox', { name: 'Credit 1' })).toHaveValue('EPA');
});

test('files dropped anywhere on the window are imported, each on its own', async ({ page }) => {
  const dialog = await dropFiles(page, [
    {
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70]),
    },
    SAMPLE,
    { name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n\n') },
    {
      name: 'blob.bin',
      buffer: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 251)),
    },
  ]);
  // Each refused file is named with what is wrong with it; the good one is split all the same.
  await expect(
    dialog.getByRole('list', { name: 'Files not imported' }).getByRole('alert'),
  ).toHaveText([
    '"photo.jpg" is a JPEG image, not a text file.',
    '"blank.txt" holds only blank lines: there is no copy to split.',
    '"blob.bin" is a binary file (it contains NUL bytes), not text.',
  ]);
  await expect(dialog).toContainText(
    'harbour-and-fishermen.txt: 2 stories, 2 captions, 10 lines removed',
  );
  await dialog.getByRole('button', { name: 'Review the split' }).click();
  await expectStories(page, [HARBOUR, FISHERMEN]);
  // One document in the library: the refused files left nothing behind.
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(1);
  await expect(documents).toContainText('harbour-and-fishermen.txt');
});

test('the summary says how each file was decoded, and what to check', async ({
  page,
}, testInfo) => {
  const sample = readFileSync(SAMPLE);
  // The sample with one byte of another encoding pasted into its first line.
  const pasted = Buffer.concat([sample.subarray(0, 10), Buffer.from([0x93]), sample.subarray(10)]);
  const legacy = Buffer.from(
    readFileSync(SAMPLE, 'utf8')
      .replace(/Storm/g, 'Stürm')
      .split('')
      .map((c) => c.charCodeAt(0)),
  ); // Latin-1: ü is one byte
  await page.setViewportSize({ width: 1024, height: 700 });
  const dialog = await dropFiles(page, [
    { name: 'pasted.txt', mimeType: 'text/plain', buffer: pasted },
    { name: 'latin.txt', mimeType: 'text/plain', buffer: legacy },
  ]);
  await expect(dialog).toContainText('pasted.txt: 2 stories');
  await expect(dialog).toContainText('Read as UTF-8 (certain).');
  await expect(dialog).toContainText(/Read as (ISO-8859-1|windows-1252) \(a guess, \d+% sure\)\./);
  await expect(dialog.getByRole('list', { name: 'Decoding warnings for pasted.txt' })).toHaveText(
    /"pasted\.txt" is UTF-8 but for 1 invalid byte sequence, replaced by � on line 1: check the words there\./,
  );
  await page.screenshot({ path: testInfo.outputPath('import-summary.png') });
});

test('a refused file alone shows its error and imports nothing', async ({ page }) => {
  const dialog = await importFiles(page, {
    name: 'empty.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('  \n\n'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    '"empty.txt" holds only blank lines: there is no copy to split.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('listbox', { name: 'Stories' })).toHaveCount(0);
});

test('a big import can be cancelled: nothing is stored and the desk goes on', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // About 40 MB of copy, the sample over and over: seconds of splitting, so the cancel lands while
  // the import is in flight whatever the machine (and before it, if the upload is slower: the
  // backend keeps a cancel that arrives first). Passed as a path: no copy through the protocol.
  const sample = readFileSync(SAMPLE);
  const copies = Math.ceil((40 * 1024 * 1024) / (sample.length + 3));
  const big = testInfo.outputPath('big.txt');
  writeFileSync(big, Buffer.concat(Array.from({ length: copies }, () => [sample, GAP]).flat()));
  // The page is busy while it encodes the upload (the host's transport is JSON): click once the
  // request is on its way, as an editor's click would be handled then.
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/importFiles'));
  await page.getByLabel('Choose files').setInputFiles(big);
  const status = page
    .getByRole('status')
    .filter({ has: page.getByRole('progressbar', { name: 'Import progress' }) });
  await expect(status).toContainText('Importing big.txt (40.0 MB): decoding and splitting…');
  await sent;
  const cancelled = page.waitForResponse((r) => r.url().endsWith('/api/cancelImport'));
  await status.getByRole('button', { name: 'Cancel import' }).click();
  expect(await (await cancelled).json()).toMatchObject({ ok: true });

  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'The import of "big.txt" was cancelled: nothing was stored.',
    { timeout: 60_000 },
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(status).toHaveCount(0);
  const documents = page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem');
  await expect(documents).toHaveCount(0);

  // The desk still works, its next split on a fresh split thread.
  const next = await dropFiles(page, [SAMPLE]);
  await next.getByRole('button', { name: 'Review the split' }).click();
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await expect(documents).toHaveCount(1);
});

const GAP = Buffer.from('\n\n\n');
