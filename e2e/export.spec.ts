// Export from the desk: the dialog writes clean copy to a folder through the real services, refuses
// to overwrite until the editor says so, and remembers the choices.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FISHERMEN, HARBOUR, openSample } from './desk';
import { expect, test } from './fixtures';

test('exports every story not spiked to a folder, one file each, and will not overwrite silently', async ({
  page,
}) => {
  const folder = join(mkdtempSync(join(tmpdir(), 'copydesk-e2e-export-')), 'out');
  await openSample(page);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Markdown' });
  await dialog.getByRole('combobox', { name: 'Stories' }).selectOption('not-spiked');
  await dialog.getByRole('textbox', { name: 'Folder' }).fill(folder);
  await dialog.getByRole('button', { name: 'Export 2 stories' }).click();

  await expect(dialog.getByRole('status')).toHaveText(
    `Exported 2 stories to 2 files in ${folder}.`,
  );
  const files = readdirSync(folder).sort();
  expect(files).toEqual([
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}-fishermen-protest-new-quotas-in-coastal-town\.md$/),
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}-harbour-bridge-reopens-after-storm-repairs\.md$/),
  ]);
  const harbour = readFileSync(join(folder, files[1]!), 'utf8');
  expect(harbour).toContain(`# ${HARBOUR}`);
  expect(harbour).toContain('(EPA)');
  expect(harbour).not.toContain('TT\n');
  expect(readFileSync(join(folder, files[0]!), 'utf8')).toContain(`# ${FISHERMEN}`);
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The same export again: the files are there, so nothing is written until the editor agrees.
  await page.keyboard.press('Control+E');
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('md');
  await expect(dialog.getByRole('textbox', { name: 'Folder' })).toHaveValue(folder);
  await dialog.getByRole('button', { name: 'Export 2 stories' }).click();
  await expect(dialog.getByRole('alert')).toContainText('2 files already in');
  await dialog.getByRole('button', { name: 'Replace them' }).click();
  await expect(dialog.getByRole('status')).toContainText('Exported 2 stories');
});

test('Ctrl+Shift+C copies the story as plain text and HTML', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSample(page);
  await page.getByRole('listbox', { name: 'Stories' }).focus();
  await page.keyboard.press('Control+Shift+C');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toContainText(HARBOUR);
  const copied = (await page.evaluate(`(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type) => (await item.getType(type)).text();
    return { text: await read('text/plain'), html: await read('text/html') };
  })()`)) as { text: string; html: string };
  expect(copied.text.startsWith(`${HARBOUR}\n\n`)).toBe(true);
  expect(copied.text).toContain('(EPA)');
  expect(copied.html).toContain(`<h1>${HARBOUR}</h1>`);
  expect(copied.html).toContain('<figcaption>');
});
