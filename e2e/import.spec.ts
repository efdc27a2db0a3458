// Importing files in the built renderer, against the real services behind the e2e host.

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
