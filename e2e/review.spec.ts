// Reviewing a split: edits autosave and survive a reload; merge, split, move; approve and spike.

import {
  autosaveOf,
  caretAtEndOfBody,
  expectStories,
  FISHERMEN,
  HARBOUR,
  openSample,
  storyOption,
  wantFullStops,
} from './desk';
import { expect, test } from './fixtures';

test('a credit and a body edit are autosaved and still there after a reload', async ({ page }) => {
  await openSample(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const credit = page.getByRole('textbox', { name: 'Credit 1' });
  const body = page.getByRole('textbox', { name: 'Body' });

  const saved = autosaveOf(page, 'dpa/NTB', 'declined to comment');
  await storyOption(page, FISHERMEN).click();
  await expect(headline).toHaveValue(FISHERMEN);
  await expect(credit).toHaveValue('dpa');
  await credit.click();
  await page.keyboard.press('End');
  await page.keyboard.type('/NTB');
  await caretAtEndOfBody(page);
  await page.keyboard.type(' A spokesman declined to comment.');
  await saved;

  await page.reload();
  await expect(storyOption(page, FISHERMEN)).toHaveAttribute('aria-selected', 'true');
  await expect(headline).toHaveValue(FISHERMEN);
  await expect(credit).toHaveValue('dpa/NTB');
  await expect(body).toContainText('fallen for five years. A spokesman declined to comment.');
  // The caption's words and its dateline, each in its own field.
  await expect(page.getByRole('textbox', { name: 'Caption 1' })).toHaveValue(
    'Fishing boats moored in the harbour during the protest.',
  );
  await expect(page.getByRole('textbox', { name: 'Dateline 1' })).toHaveValue(
    '3 March 2025, Norway, Bergen',
  );
});

test('merge two stories, split them again at the cursor, move one up', async ({ page }) => {
  await openSample(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const body = page.getByRole('textbox', { name: 'Body' });

  await page.getByRole('button', { name: 'Merge with next' }).click();
  await expectStories(page, [HARBOUR]);
  await expect(headline).toHaveValue(HARBOUR);
  // The second story's headline becomes a paragraph between the two bodies; captions join up.
  await expect(body.locator('p')).toHaveText([
    /^The harbour bridge reopened/,
    /^Engineers worked/,
    /^Commuters said/,
    FISHERMEN,
    /^Hundreds of fishermen/,
    /^The ministry said/,
  ]);
  await expect(page.getByRole('textbox', { name: 'Credit 2' })).toHaveValue('dpa');
  await expect(page.getByRole('button', { name: 'Merge with next' })).toBeDisabled();

  await body.getByText(FISHERMEN).click();
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: 'Split at cursor' }).click();
  await expectStories(page, [HARBOUR, FISHERMEN]);
  // The new story is selected, headed by the line after the cut.
  await expect(storyOption(page, FISHERMEN)).toHaveAttribute('aria-selected', 'true');
  await expect(headline).toHaveValue(FISHERMEN);
  await expect(body.locator('p')).toHaveText([/^Hundreds of fishermen/, /^The ministry said/]);

  await page.getByRole('button', { name: 'Move up' }).click();
  await expectStories(page, [FISHERMEN, HARBOUR]);
  await expect(page.getByRole('button', { name: 'Move up' })).toBeDisabled();

  // Ctrl+Z outside the text fields takes document actions back, one at a time.
  await page.getByRole('listbox', { name: 'Stories' }).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await page.keyboard.press('ControlOrMeta+Z');
  await expectStories(page, [HARBOUR]);
  await page.keyboard.press('ControlOrMeta+Z');
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await storyOption(page, FISHERMEN).click();
  await page.getByRole('button', { name: 'Move up' }).click();
  await expectStories(page, [FISHERMEN, HARBOUR]);
  await storyOption(page, HARBOUR).click();
  await expect(body.locator('p')).toHaveText([
    /^The harbour bridge reopened/,
    /^Engineers worked/,
    /^Commuters said/,
  ]);
});

test("Split at cursor ignores a caret left in another story's body", async ({ page }) => {
  await openSample(page);
  await caretAtEndOfBody(page); // the third paragraph of the first story
  await storyOption(page, FISHERMEN).click(); // which has two
  await page.getByRole('button', { name: 'Split at cursor' }).click();
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(2);
});

test('approved and spiked show in the list and survive a reload', async ({ page }) => {
  await wantFullStops(page);
  await openSample(page);
  const approve = page.getByRole('button', { name: 'Approve', exact: true });
  // The caption lacks the full stop house style wants: the row says so.
  await expect(storyOption(page, HARBOUR)).toHaveAccessibleName(
    `${HARBOUR}, New, 1 caption, 44 words, 1 caption to fix`,
  );

  const saved = autosaveOf(page, '"approved"', '"spiked"');
  await approve.click();
  // With a caption to fix, approving asks first.
  const ask = page.getByRole('dialog', { name: 'Approve with open flags' });
  await expect(ask.getByRole('listitem')).toHaveText([
    'Caption 1: No full stop at the end: Fix adds one.',
  ]);
  await ask.getByRole('button', { name: 'Approve anyway' }).click();
  await expect(approve).toHaveAttribute('aria-pressed', 'true');
  await storyOption(page, FISHERMEN).click();
  await page.getByRole('button', { name: 'Spike', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unspike', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await saved;

  for (const when of ['before', 'after'] as const) {
    if (when === 'after') await page.reload();
    await expect(storyOption(page, HARBOUR), when).toHaveAccessibleName(/^Harbour.*, Approved,/);
    await expect(storyOption(page, HARBOUR).getByText('Approved'), when).toBeVisible();
    await expect(storyOption(page, FISHERMEN), when).toHaveAccessibleName(/^Fishermen.*, Spiked,/);
    await expect(storyOption(page, FISHERMEN).getByText('Spiked'), when).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Documents' }), when).toContainText(
      '2 stories, 1 approved',
    );
  }
});

test('house style drives the caption flags and fixes, and is kept', async ({ page }) => {
  await openSample(page);
  const caption = page.getByRole('textbox', { name: 'Caption 1' });
  const problems = page.getByRole('list', { name: 'Problems with caption 1' });
  // The default house style leaves a caption's ending alone: nothing to fix.
  await expect(problems).toBeHidden();
  await expect(storyOption(page, HARBOUR)).toHaveAccessibleName(/, 44 words$/);

  // A house that wants full stops flags the caption without one.
  const setFullStop = async (value: 'always' | 'keep') => {
    await page.getByRole('button', { name: 'House style…' }).click();
    const style = page.getByRole('dialog', { name: 'House style' });
    await style.getByRole('combobox', { name: 'Caption full stop' }).selectOption(value);
    await style.getByRole('button', { name: 'Save' }).click();
    await expect(style).toBeHidden();
  };
  await setFullStop('always');
  await expect(problems).toContainText('No full stop at the end: Fix adds one.');
  await expect(storyOption(page, HARBOUR)).toHaveAccessibleName(/, 1 caption to fix$/);

  // The setting outlives a reload; Fix all captions adds the full stop.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HARBOUR);
  await expect(problems).toContainText('No full stop at the end: Fix adds one.');
  await page.getByRole('button', { name: 'Fix all captions' }).click();
  await expect(caption).toHaveValue('Workers inspect the repaired deck of the bridge at dawn.');
  await expect(problems).toBeHidden();
  // One undo step takes the whole fix back.
  await page.getByRole('listbox', { name: 'Stories' }).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(caption).toHaveValue('Workers inspect the repaired deck of the bridge at dawn');
  // Back under "keep", nothing is left to fix.
  await setFullStop('keep');
  await expect(problems).toBeHidden();
});
