// Fixing the split from the Source view, with the keyboard alone: start a story at a line, join a
// story to the one before, mark a line as caption and as junk; each says what it did and undoes.
// Then axe over the view at the smallest and a large window.

import type { Locator, Page } from '@playwright/test';
import { dropFiles, expectStories, FISHERMEN, HARBOUR, tabTo } from './desk';
import { expect, SAMPLE, test } from './fixtures';
import { allViolations, eachScreen } from './axe';

const status = (page: Page) => page.locator('.action-status');
const lines = (page: Page) => page.getByRole('listbox', { name: 'Source lines' });

/** Presses Tab until `target` has the focus; the story's fields and buttons are many. */
async function tabPast(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'Tab never reached it').toBeFocused({ timeout: 1 });
}

/** Imports the sample with the keyboard, and brings the focus to the Source view's lines. */
async function openSource(page: Page): Promise<void> {
  const dialog = await dropFiles(page, [SAMPLE]);
  await expect(dialog.getByRole('button', { name: 'Review the split' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expectStories(page, [HARBOUR, FISHERMEN]);
  // The inspector's tabs, past every field of the story: one tab stop, the arrow keys choose.
  await tabPast(page, page.getByRole('tab', { name: /^Removed/ }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Source' })).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, lines(page));
  // The focus starts on the selected story's first line.
  await expect(lines(page)).toHaveAttribute('aria-activedescendant', 'source-line-1');
}

/** Moves the focused line to `line` with the arrow keys. */
async function goToLine(page: Page, line: number): Promise<void> {
  const now = Number((await lines(page).getAttribute('aria-activedescendant'))?.split('-').at(-1));
  const key = line > now ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(line - now); i++) await page.keyboard.press(key);
  await expect(lines(page)).toHaveAttribute('aria-activedescendant', `source-line-${line}`);
}

const option = (page: Page, line: number) => page.locator(`#source-line-${line}`);

test('fix the split from the source with the keyboard alone, undoing each step', async ({
  page,
}) => {
  await openSource(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(option(page, 1)).toContainText('Story 1 starts, 100% sure');
  await expect(option(page, 20)).toContainText(/Story 2 starts, 100% sure: .*headline repeated/);
  await expect(option(page, 5)).toHaveAccessibleName('Line 5 Removed: Logo or site mark TT');

  // Start a story at line 14: a sentence, so the new story has no headline.
  await goToLine(page, 14);
  await expect(page.getByRole('group', { name: 'Line 14: Body, story 1' })).toBeVisible();
  await page.keyboard.press('s');
  await expectStories(page, [HARBOUR, '(no headline)', FISHERMEN]);
  await expect(status(page)).toContainText('Started a story at line 14 Undo');
  // The story view shows the new story at once; the focus stays on the line.
  await expect(body).toContainText('Engineers worked around the clock');
  await expect(body).not.toContainText('The harbour bridge reopened');
  await expect(option(page, 14)).toContainText('Story 2 starts, 100% sure: split by the editor');
  await expect(lines(page)).toBeFocused();
  await page.keyboard.press('Control+Z');
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await expect(status(page)).toContainText('Undone: Started a story at line 14');
  await expect(body).toContainText('The harbour bridge reopened');

  // Join the Fishermen story, from its headline's line, to the story before.
  await goToLine(page, 20);
  await page.keyboard.press('j');
  await expectStories(page, [HARBOUR]);
  await expect(status(page)).toContainText(`Joined “${FISHERMEN}” to “${HARBOUR}”`);
  await expect(body).toContainText('Hundreds of fishermen blocked the harbour entrance');
  await expect(option(page, 20)).toHaveAccessibleName(`Line 20 Body ${FISHERMEN}`);
  await page.keyboard.press('Control+Z');
  await expectStories(page, [HARBOUR, FISHERMEN]);
  await expect(option(page, 20)).toContainText('Story 2 starts');

  // Line 5, the logo the cleaner removed, marked as a caption: the story gains a second caption.
  await goToLine(page, 5);
  await page.keyboard.press('c');
  await expect(status(page)).toContainText('Marked line 5 as a caption Undo');
  await expect(page.getByRole('textbox', { name: 'Caption 2' })).toHaveValue('TT');
  await expect(option(page, 5)).toHaveAccessibleName('Line 5 Caption 2 TT');
  await page.keyboard.press('Control+Z');
  await expect(page.getByRole('textbox', { name: 'Caption 2' })).toHaveCount(0);
  await expect(option(page, 5)).toHaveAccessibleName('Line 5 Removed: Logo or site mark TT');

  // Line 12, the first paragraph, marked as junk: out of the body, into the removed lines.
  await goToLine(page, 12);
  await page.keyboard.press('x');
  await expect(status(page)).toContainText('Marked line 12 as junk');
  await expect(body).not.toContainText('The harbour bridge reopened');
  await expect(option(page, 12)).toContainText('Removed: Marked as junk by the editor');
  await expect(page.getByRole('tab', { name: /^Removed/ })).toHaveText('Removed (6)');
  await page.keyboard.press('Control+Z');
  await expect(body).toContainText('The harbour bridge reopened');
  await expect(page.getByRole('tab', { name: /^Removed/ })).toHaveText('Removed (5)');
  await expect(status(page)).toContainText('Undone: Marked line 12 as junk');
  // Redo does it again, and Undo takes it back once more; the focus never left the lines.
  await page.keyboard.press('Control+Y');
  await expect(body).not.toContainText('The harbour bridge reopened');
  await page.keyboard.press('Control+Z');
  await expect(body).toContainText('The harbour bridge reopened');
  await expect(lines(page)).toBeFocused();
});

eachScreen(() => {
  test('the Source view, a line marked, is axe-clean', async ({ page }) => {
    await openSource(page);
    // In the second story, a caption marked as body: the story start, removed lines and
    // the action's status line are all on screen.
    await goToLine(page, 22);
    await page.keyboard.press('b');
    await expect(status(page)).toContainText('Marked line 22 as body');
    await expect(page.getByText('All changes saved')).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
  });
});
