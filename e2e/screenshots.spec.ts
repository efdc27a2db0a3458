// Screenshots of the main screens for the README, at a fixed 1280x800 (one at 1024x700). Written to docs/screenshots
// only with COPYDESK_SCREENSHOTS=1 (so `npm test` leaves the tree clean); the same steps run, and
// are checked, either way.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { dropFiles, FISHERMEN, HARBOUR, storyOption } from './desk';
import { expect, REPO, SAMPLE, test } from './fixtures';

const OUT = join(REPO, 'docs/screenshots');
const writing = process.env['COPYDESK_SCREENSHOTS'] === '1';

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots of the main screens', async ({ page }) => {
  if (writing) mkdirSync(OUT, { recursive: true });
  else console.log(`screenshots: not written (set COPYDESK_SCREENSHOTS=1 to write ${OUT})`);
  const shoot = async (name: string, target: Page | Locator = page) => {
    if (writing)
      await target.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled' });
  };

  await expect(page.getByText('Drop raw copy anywhere')).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeHidden(); // no document, nothing saved
  await shoot('empty-desk');

  const dialog = await dropFiles(page, [SAMPLE]);
  await expect(dialog).toContainText('harbour-and-fishermen.txt: 2 stories, 2 captions');
  await shoot('import-summary');
  await dialog.getByRole('button', { name: 'Review the split' }).click();

  // Some review under way: the second story approved, the first being read.
  await storyOption(page, FISHERMEN).click();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await storyOption(page, HARBOUR).click();
  // The byline and publication time as an editor fills them in from the page.
  await page.getByRole('textbox', { name: 'Byline' }).fill('Jane Doe, Harbour Desk');
  await page.getByRole('textbox', { name: 'Published' }).fill('Updated 9:40 AM GMT, March 3, 2025');
  await expect(page.getByText('read as 3 Mar 2025, 09:40 UTC')).toBeVisible();
  await page.getByRole('listbox', { name: 'Stories' }).focus();
  await expect(page.getByRole('textbox', { name: 'Credit 1' })).toHaveValue('EPA');
  await expect(
    page.getByRole('region', { name: 'Removed lines' }).getByRole('listitem'),
  ).toHaveCount(5);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await shoot('story-review');
  await shoot('removed-lines', page.getByRole('complementary', { name: 'Inspector' }));

  await page.getByRole('button', { name: 'House style…' }).click();
  const style = page.getByRole('dialog', { name: 'House style' });
  await expect(style.getByRole('combobox', { name: 'Credit format' })).toHaveValue('parentheses');
  await shoot('house-style');
  await page.keyboard.press('Escape');
  await expect(style).toBeHidden();

  await page.getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export' });
  await exporting.getByRole('textbox', { name: 'Folder' }).fill('/home/editor/Desktop/today');
  await expect(exporting.getByRole('button', { name: 'Export 2 stories' })).toBeEnabled();
  await shoot('export');
  await page.keyboard.press('Escape');
  await expect(exporting).toBeHidden();

  await page.getByRole('tab', { name: 'Source' }).click();
  await expect(page.getByRole('listbox', { name: 'Source lines' })).toContainText('TT');
  await shoot('source-view');

  // The command palette, filtered as an editor types.
  await page.getByRole('button', { name: 'Commands' }).click();
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('ap');
  await expect(palette.getByRole('option', { name: /^Approve and next/ })).toBeVisible();
  await shoot('command-palette');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  // The smallest window the desk is made for: nothing clipped.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByRole('tab', { name: /^Removed/ }).click();
  await expect(page.getByRole('textbox', { name: 'Credit 1' })).toBeVisible();
  await shoot('story-review-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('tab', { name: /^Removed/ }).click();
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(27, 27, 29)');
  await shoot('story-review-dark');
});
