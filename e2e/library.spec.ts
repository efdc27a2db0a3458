// The library beyond the list: the watched folder set in Preferences imports what lands in it;
// the trash gives removed documents back or deletes them for ever; a document's previous version
// comes back with the current one kept. Keyboard only where the editor would use the keyboard, and
// every new screen axe-clean at the smallest and a large window.

import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FISHERMEN, HARBOUR, openSample, tabTo } from './desk';
import { expect, SAMPLE, test } from './fixtures';
import { allViolations, eachScreen } from './axe';

test('a watched folder set in Preferences imports a file copied into it, then moves it to processed/', async ({
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-e2e-watch-'));
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  const watched = prefs.getByRole('textbox', { name: 'Watched folder' });
  // Off by default.
  await expect(
    prefs.getByRole('checkbox', { name: 'Import files dropped into a folder' }),
  ).not.toBeChecked();
  await expect(watched).toBeDisabled();
  await prefs.getByRole('checkbox', { name: 'Import files dropped into a folder' }).check();
  // A folder that is not there is refused, naming it.
  await watched.fill(join(folder, 'missing'));
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs.getByRole('alert')).toContainText('missing does not exist');
  await watched.fill(folder);
  expect(await allViolations(page)).toEqual([]);
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();

  copyFileSync(SAMPLE, join(folder, 'harbour-and-fishermen.txt'));
  const summary = page.getByRole('dialog', { name: 'Import' });
  await expect(summary).toContainText('harbour-and-fishermen.txt: 2 stories', { timeout: 15_000 });
  await summary.getByRole('button', { name: 'Review the split' }).click();
  await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('harbour-and-fishermen.txt');
  await expect.poll(() => readdirSync(folder)).toEqual(['processed']);
  expect(readdirSync(join(folder, 'processed'))).toEqual(['harbour-and-fishermen.txt']);

  // With a story open, what lands later is listed and named, never opened over the story.
  writeFileSync(
    join(folder, 'budget.txt'),
    'Council Approves Budget\n\nThe council approved next year’s budget on Tuesday, after a long debate.\n',
  );
  await expect(page.getByRole('status').filter({ hasText: 'From the watched folder' })).toHaveText(
    'From the watched folder: budget.txt.',
    { timeout: 15_000 },
  );
  await expect(summary).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('harbour-and-fishermen.txt');
  await expect(
    page.getByRole('navigation', { name: 'Documents' }).getByRole('listitem'),
  ).toHaveCount(2);

  // Kept across a reload; turning it off stops it.
  await page.reload();
  await page.getByRole('button', { name: 'Preferences…' }).click();
  await expect(watched).toHaveValue(folder);
  await prefs.getByRole('checkbox', { name: 'Import files dropped into a folder' }).uncheck();
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();
  copyFileSync(SAMPLE, join(folder, 'later.txt'));
  await page.waitForTimeout(3_000);
  expect(existsSync(join(folder, 'later.txt'))).toBe(true);
});

test.use({ viewport: { width: 1280, height: 800 } });

test('the trash, by keyboard: restore a removed document, delete another for ever after a question', async ({
  page,
}) => {
  await openSample(page);
  const library = page.getByRole('navigation', { name: 'Documents' });
  // The open document is named once in the sidebar: as the heading.
  await expect(page.getByText('harbour-and-fishermen.txt', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('harbour-and-fishermen.txt');

  // From the stories list, back up to the open document's actions.
  await tabTo(page, library.getByRole('button', { name: 'Remove…' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page
    .getByRole('dialog', { name: 'Remove document' })
    .getByRole('button', { name: 'Remove' })
    .press('Enter');
  await expect(library.getByRole('listitem')).toHaveCount(0);

  await tabTo(page, library.getByRole('button', { name: 'Trash…' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await expect(trash).toContainText('harbour-and-fishermen.txt');
  expect(await allViolations(page)).toEqual([]);
  await tabTo(page, trash.getByRole('button', { name: 'Restore harbour-and-fishermen.txt' }));
  await page.keyboard.press('Enter');
  await expect(trash.getByRole('status')).toHaveText(
    '“harbour-and-fishermen.txt” is back in the documents list.',
  );
  await expect(trash).toContainText('The trash is empty.');
  await expect(trash.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(trash).toBeHidden();
  await expect(library.getByRole('listitem')).toHaveCount(1);

  // Open it, remove it again, and delete it for ever: asked first, Keep it keeps it.
  await library.getByRole('button', { name: /harbour-and-fishermen\.txt/ }).click();
  await page.getByRole('button', { name: 'Remove…' }).click();
  await page
    .getByRole('dialog', { name: 'Remove document' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await library.getByRole('button', { name: 'Trash…' }).click();
  await trash.getByRole('button', { name: 'Delete harbour-and-fishermen.txt…' }).click();
  const ask = trash.getByRole('group', { name: 'Delete harbour-and-fishermen.txt?' });
  await expect(ask.getByRole('button', { name: 'Keep it' })).toBeFocused();
  expect(await allViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await trash.getByRole('button', { name: 'Delete harbour-and-fishermen.txt…' }).click();
  await ask.getByRole('button', { name: 'Delete for ever' }).click();
  await expect(trash.getByRole('status')).toHaveText(
    '“harbour-and-fishermen.txt” was deleted for ever.',
  );
  await expect(trash).toContainText('The trash is empty.');
  await page.reload();
  await page.getByRole('button', { name: 'Trash…' }).click();
  await expect(trash).toContainText('The trash is empty.');
});

test('a previous version comes back, the current one kept as a version', async ({ page }) => {
  await openSample(page);
  // Merge, then split again: the merged stories become the previous version.
  await page.getByRole('button', { name: 'Merge with next' }).click();
  await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option')).toHaveCount(1);
  await page.getByRole('button', { name: 'Split again…' }).click();
  await page
    .getByRole('dialog', { name: 'Split again' })
    .getByRole('button', { name: 'Split again' })
    .click();
  await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option')).toHaveCount(2);

  const library = page.getByRole('navigation', { name: 'Documents' });
  await tabTo(page, library.getByRole('button', { name: 'Versions…' }));
  await page.keyboard.press('Enter');
  const versions = page.getByRole('dialog', { name: 'Previous versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions).toContainText('1 story, 0 approved');
  expect(await allViolations(page)).toEqual([]);
  await tabTo(page, versions.getByRole('button', { name: /^Restore the version of / }));
  await page.keyboard.press('Enter');
  await expect(versions).toBeHidden();
  await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toContainText('Restored');

  // The re-split's two stories are the previous version now; after a reload too.
  await page.reload();
  await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option')).toHaveCount(1);
  await page.getByRole('button', { name: 'Versions…' }).click();
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions).toContainText('2 stories, 0 approved');
  await versions.getByRole('button', { name: /^Restore the version of / }).click();
  await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option')).toHaveCount(2);
  await expect(page.getByRole('option', { name: new RegExp(`^${FISHERMEN}`) })).toBeVisible();
  await expect(page.getByRole('option', { name: new RegExp(`^${HARBOUR}`) })).toBeVisible();
});

eachScreen(() => {
  test('the sidebar, Preferences, Trash and Versions are axe-clean', async ({ page }) => {
    await openSample(page);
    expect(await allViolations(page)).toEqual([]);
    for (const [button, title] of [
      ['Preferences…', 'Preferences'],
      ['Trash…', 'Trash'],
      ['Versions…', 'Previous versions'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog.getByRole('button', { name: /Close|Cancel/ }).first()).toBeVisible();
      await expect(dialog).not.toContainText('Reading');
      expect(await allViolations(page), title).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: button })).toBeFocused();
    }
  });
});
