// The story's counts against house-style limits, and Find across the story's fields with its
// Match case and Whole word options, from the keyboard.

import type { Page } from '@playwright/test';
import { dropFiles, HARBOUR } from './desk';
import { expect, SAMPLE, storyOptions, test } from './fixtures';

async function openSampleByKeys(page: Page) {
  const dialog = await dropFiles(page, [SAMPLE]);
  await expect(storyOptions(page)).toHaveCount(2);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listbox', { name: 'Stories' })).toBeFocused();
}

const CAPTION = 'Workers inspect the repaired deck of the bridge at dawn';

test('headline, caption and body counts describe their fields, and say when over the limit', async ({
  page,
}) => {
  await openSampleByKeys(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveAccessibleDescription(`${HARBOUR.length} of 100 characters`);
  await expect(page.getByRole('textbox', { name: 'Caption 1' })).toHaveAccessibleDescription(
    `${CAPTION.length} of 300 characters`,
  );
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveAccessibleDescription(
    /^\d+ of 1,500 words, \d+ characters$/,
  );

  await page.keyboard.press('Enter');
  await expect(headline).toBeFocused();
  await page.keyboard.press('End');
  const more = ' as traffic returns to the city centre and the ferries on Friday';
  await page.keyboard.type(more);
  const length = HARBOUR.length + more.length;
  await expect(headline).toHaveAccessibleDescription(
    `${length} of 100 characters: ${length - 100} over the house limit`,
  );

  // The limit is the house's: set in the House style dialog.
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.type('house style');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'House style' });
  await dialog.getByLabel('Longest headline (characters)').fill('200');
  await dialog.getByLabel('Longest body (words)').fill('50');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(headline).toHaveAccessibleDescription(`${length} of 200 characters`);
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveAccessibleDescription(
    /^\d+ of 50 words, \d+ characters$/,
  );
});

test('Find goes through the headline, the captions and the body, with Match case and Whole word', async ({
  page,
}) => {
  await openSampleByKeys(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const caption = page.getByRole('textbox', { name: 'Caption 1' });
  const find = page.getByRole('textbox', { name: 'Find' });
  const status = page.getByRole('search', { name: 'Find and replace' }).getByRole('status');

  await page.keyboard.press('Enter');
  await expect(headline).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ControlOrMeta+F');
  await expect(find).toBeFocused();
  await page.keyboard.type('bridge');
  await expect(status).toHaveText('1 of 3 in Headline');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('2 of 3 in Caption 1');
  await expect(caption).toHaveAttribute('data-find-current', '');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('3 of 3 in the body');
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText('2 of 3 in Caption 1');

  // Match case: the headline's "Bridge" no longer matches.
  const matchCase = page.getByRole('checkbox', { name: 'Match case' });
  await page.keyboard.press('Tab');
  await expect(matchCase).toBeFocused();
  await page.keyboard.press('Space');
  await expect(matchCase).toBeChecked();
  await expect(status).toHaveText('1 of 2 in Caption 1');

  // Escape: the match is selected in its field.
  await page.keyboard.press('Escape');
  await expect(caption).toBeFocused();
  expect(
    await page.evaluate<string>(
      '(() => { const el = document.activeElement; return el.value.slice(el.selectionStart, el.selectionEnd); })()',
    ),
  ).toBe('bridge');

  // Replace in a field: the caption changes, as one undoable action of the story.
  await page.keyboard.press('ControlOrMeta+F');
  await expect(find).toHaveValue('bridge');
  await expect(status).toHaveText('1 of 2 in Caption 1');
  await page.getByRole('textbox', { name: 'Replace' }).focus();
  await page.keyboard.type('span');
  await page.keyboard.press('Enter');
  await expect(caption).toHaveValue(CAPTION.replace('bridge', 'span'));
  await expect(status).toHaveText('1 of 1 in the body');
  await expect(page.getByRole('contentinfo')).toContainText('Replaced 1 match');

  // Whole word: "reopen" is in "Reopens", "reopened" and "reopening", never a word of its own.
  await find.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(matchCase).not.toBeChecked();
  await find.fill('reopen');
  await expect(status).toHaveText(/of 3/);
  await page.getByRole('checkbox', { name: 'Whole word' }).check();
  await expect(status).toHaveText('No matches');
});
