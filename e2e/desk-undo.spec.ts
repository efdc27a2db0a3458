// Undo you can trust: every document action says what it did with an Undo button; undo and redo
// from the keys outside text fields; approve and spike come back to the exact status before; the
// body's own undo outlives a trip to another story; approving a flagged story asks first.

import type { Page } from '@playwright/test';
import {
  caretAtEndOfBody,
  expectStories,
  FISHERMEN,
  HARBOUR,
  openSample,
  storyOption,
  wantFullStops,
} from './desk';
import { expect, test } from './fixtures';

const status = (page: Page) => page.locator('.action-status');
const undoButton = (page: Page) => status(page).getByRole('button', { name: 'Undo' });
const redoButton = (page: Page) => status(page).getByRole('button', { name: 'Redo' });

test('merge says what it did; Undo and Redo from its button and from the keys', async ({
  page,
}) => {
  await openSample(page);
  const merge = page.getByRole('button', { name: 'Merge with next' });
  await merge.click();
  await expectStories(page, [HARBOUR]);
  await expect(page.getByRole('status').filter({ hasText: 'Merged 2 stories' })).toHaveText(
    `Merged 2 stories into “${HARBOUR}” Undo`,
  );
  // The line never takes the focus.
  await expect(undoButton(page)).not.toBeFocused();
  // Merge with next went disabled under the focus: Ctrl+Z still undoes, and Ctrl+Y redoes.
  await expect(merge).toBeDisabled();
  await page.keyboard.press('Control+Z');
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await page.keyboard.press('Control+Y');
  await expectStories(page, [HARBOUR]);

  await undoButton(page).click();
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await expect(status(page)).toContainText(`Undone: Merged 2 stories into “${HARBOUR}”`);
  await redoButton(page).click();
  await expectStories(page, [HARBOUR]);
  await expect(status(page)).toContainText('Merged 2 stories');
  await expect(undoButton(page)).toBeVisible();

  // From the keys, anywhere outside a text field: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y.
  const list = page.getByRole('listbox', { name: 'Stories' });
  await list.focus();
  await page.keyboard.press('Control+Z');
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await page.keyboard.press('Control+Shift+Z');
  await expectStories(page, [HARBOUR]);
  await page.keyboard.press('Control+Z');
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await page.keyboard.press('Control+Y');
  await expectStories(page, [HARBOUR]);

  // In a text field the keys are the field's own: the merge stays.
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.click();
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  await page.keyboard.press('Control+Z');
  await expect(headline).toHaveValue(HARBOUR);
  await expectStories(page, [HARBOUR]);
});

test('split, move, restore and fix all each say what they did, and undo', async ({ page }) => {
  await wantFullStops(page);
  await openSample(page);
  const body = page.getByRole('textbox', { name: 'Body' });

  // Split at the start of the second paragraph.
  await body.locator('p').nth(1).click();
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: 'Split at cursor' }).click();
  await expect(status(page)).toContainText(`Split “${HARBOUR}” in two`);
  await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option')).toHaveCount(3);
  await undoButton(page).click();
  await expectStories(page, [HARBOUR, FISHERMEN]);

  await storyOption(page, FISHERMEN).click();
  await page.getByRole('button', { name: 'Move up' }).click();
  await expectStories(page, [FISHERMEN, HARBOUR]);
  await expect(status(page)).toContainText(`Moved “${FISHERMEN}” up`);
  await undoButton(page).click();
  await expectStories(page, [HARBOUR, FISHERMEN]);

  await page.getByRole('button', { name: 'Restore line 24 to the body' }).click();
  await expect(status(page)).toContainText('Restored line 24 to the body');
  await expect(body.locator('p')).toHaveText(['TT', /^Hundreds/, /^The ministry/]);
  await undoButton(page).click();
  await expect(body.locator('p')).toHaveText([/^Hundreds/, /^The ministry/]);

  await storyOption(page, HARBOUR).click();
  const caption = page.getByRole('textbox', { name: 'Caption 1' });
  await page.getByRole('button', { name: 'Fix all captions' }).click();
  await expect(status(page)).toContainText(/^Fixed \d+ captions? to house style/);
  await expect(caption).toHaveValue('Workers inspect the repaired deck of the bridge at dawn.');
  await undoButton(page).click();
  await expect(caption).toHaveValue('Workers inspect the repaired deck of the bridge at dawn');
});

test('a re-split says what it did, and undo brings back the edits it replaced', async ({
  page,
}) => {
  await openSample(page);
  await page.getByRole('button', { name: 'Merge with next' }).click();
  await expectStories(page, [HARBOUR]);
  await page.getByRole('button', { name: 'Split again…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Split again' });
  await dialog.getByRole('button', { name: 'Split again' }).click();
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await expect(status(page)).toContainText('Split “harbour-and-fishermen.txt” again: 2 stories');
  await undoButton(page).click();
  await expectStories(page, [HARBOUR]);
  // Undone for good: the library holds the merged version again.
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expectStories(page, [HARBOUR]);
});

test('undo of approve and spike brings back the exact status before', async ({ page }) => {
  await openSample(page);
  const list = page.getByRole('listbox', { name: 'Stories' });
  await storyOption(page, FISHERMEN).click();
  await page.getByRole('button', { name: 'Spike', exact: true }).click();
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, Spiked,/);
  await expect(status(page)).toContainText(`Spiked “${FISHERMEN}”`);
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  // No open flag on this one: approving asks nothing.
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, Approved,/);
  await expect(status(page)).toContainText(`Approved “${FISHERMEN}”`);

  await list.focus();
  await page.keyboard.press('Control+Z');
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, Spiked,/);
  await page.keyboard.press('Control+Z');
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, New,/);
  await page.keyboard.press('Control+Y');
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, Spiked,/);
});

test('body undo outlives a trip to another story', async ({ page }) => {
  await openSample(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await caretAtEndOfBody(page);
  await page.keyboard.type(' Tolls stay suspended.');
  await expect(body).toContainText('reopening. Tolls stay suspended.');

  await storyOption(page, FISHERMEN).click();
  await expect(body).toContainText('Hundreds of fishermen');
  await storyOption(page, HARBOUR).click();
  await expect(body).toContainText('reopening. Tolls stay suspended.');

  await body.click();
  await page.keyboard.press('Control+Z');
  await expect(body).not.toContainText('Tolls stay suspended.');
  await expect(body).toContainText('welcomed the reopening.');
  await page.keyboard.press('Control+Shift+Z');
  await expect(body).toContainText('reopening. Tolls stay suspended.');
});

test('approving a story with open flags asks first, naming them', async ({ page }) => {
  await openSample(page);
  const approve = page.getByRole('button', { name: 'Approve', exact: true });
  // An empty caption is an open flag.
  await storyOption(page, FISHERMEN).click();
  await page.getByRole('button', { name: 'Add caption' }).click();
  const problems = page.getByRole('list', { name: 'Problems with caption 2' });
  await expect(problems).toContainText('The caption is empty: write it, or delete the caption.');

  await approve.click();
  const ask = page.getByRole('dialog', { name: 'Approve with open flags' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('listitem')).toHaveText([
    'Caption 2: The caption is empty: write it, or delete the caption.',
  ]);
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Escape leaves it unapproved, and the focus back on Approve.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(approve).toBeFocused();
  await expect(approve).toHaveAttribute('aria-pressed', 'false');
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, New,/);

  // A in the stories list asks too; Cancel goes back to the list.
  const list = page.getByRole('listbox', { name: 'Stories' });
  await list.focus();
  await page.keyboard.press('a');
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(list).toBeFocused();
  await expect(storyOption(page, FISHERMEN)).toHaveAccessibleName(/, New,/);

  // Approve anyway approves, and undo takes it back.
  await approve.click();
  await ask.getByRole('button', { name: 'Approve anyway' }).click();
  await expect(approve).toHaveAttribute('aria-pressed', 'true');
  await expect(approve).toBeFocused();
  await expect(status(page)).toContainText(`Approved “${FISHERMEN}”`);
  // Taking the approval back does not ask.
  await approve.click();
  await expect(ask).toBeHidden();
  await expect(approve).toHaveAttribute('aria-pressed', 'false');

  // With the flag settled, approving asks nothing.
  await page.getByRole('textbox', { name: 'Caption 2' }).fill('Boats in the harbour.');
  await page.getByRole('textbox', { name: 'Credit 2' }).fill('dpa');
  await expect(problems).toBeHidden();
  await approve.click();
  await expect(ask).toBeHidden();
  await expect(approve).toHaveAttribute('aria-pressed', 'true');
});
