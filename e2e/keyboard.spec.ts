// Reviewing with the keyboard alone: from the import summary through the stories list into a
// story, approving it, and on to the next.

import { dropFiles, FISHERMEN, HARBOUR, storyOption, tabTo, wantFullStops } from './desk';
import { expect, SAMPLE, test } from './fixtures';

test('review with the keyboard alone: list, edit, approve, next story', async ({ page }) => {
  await wantFullStops(page);
  const dialog = await dropFiles(page, [SAMPLE]);
  const list = page.getByRole('listbox', { name: 'Stories' });
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const body = page.getByRole('textbox', { name: 'Body' });
  const approve = page.getByRole('button', { name: 'Approve', exact: true });

  // The summary takes focus; accepting it hands focus to the stories.
  await expect(dialog.getByRole('button', { name: 'Review the split' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(list).toBeFocused();

  // Arrows, Home and End move through the list; the story follows.
  await page.keyboard.press('ArrowDown');
  await expect(storyOption(page, FISHERMEN)).toHaveAttribute('aria-selected', 'true');
  await expect(headline).toHaveValue(FISHERMEN);
  await page.keyboard.press('Home');
  await expect(storyOption(page, HARBOUR)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(storyOption(page, HARBOUR)).toHaveAttribute('aria-selected', 'true');
  await expect(list).toHaveAttribute('aria-activedescendant', /^story-option-/);
  expect(await list.getAttribute('aria-activedescendant')).toBe(
    await storyOption(page, HARBOUR).getAttribute('id'),
  );

  // Enter opens the story for editing at its headline; Tab goes on to the body.
  await page.keyboard.press('Enter');
  await expect(headline).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Early');
  await expect(storyOption(page, HARBOUR)).toHaveAccessibleName(/^Harbour.* Repairs Early, New,/);
  await tabTo(page, body);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Traffic was light.');
  await expect(body).toContainText('welcomed the reopening. Traffic was light.');

  // Back to the story's actions to approve it, then back to the list for the next story.
  await tabTo(page, approve, 'Shift+Tab');
  await page.keyboard.press('Space');
  // Its caption is not in house style yet: approving asks first, Cancel taking the focus.
  const ask = page.getByRole('dialog', { name: 'Approve with open flags' });
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: 'Approve anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(approve).toBeFocused();
  await expect(approve).toHaveAttribute('aria-pressed', 'true');
  await expect(storyOption(page, HARBOUR)).toHaveAccessibleName(/, Approved,/);
  await tabTo(page, list, 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(storyOption(page, FISHERMEN)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(headline).toBeFocused();
  await expect(headline).toHaveValue(FISHERMEN);
  await expect(approve).toHaveAttribute('aria-pressed', 'false');

  // In the list, single keys review: S spikes, A approves (and again takes it back), R reviews;
  // typing the same letters in a field types them.
  await tabTo(page, list, 'Shift+Tab');
  await page.keyboard.press('s');
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, Spiked,/);
  await page.keyboard.press('a');
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, Approved,/);
  await page.keyboard.press('a');
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, Reviewed,/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('s');
  await expect(storyOption(page, HARBOUR)).toHaveAccessibleName(/, Spiked,/);
  await expect(headline).toHaveValue(`${HARBOUR} Early`);
});
